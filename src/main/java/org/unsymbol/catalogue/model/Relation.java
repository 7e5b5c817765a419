package org.unsymbol.catalogue.model;

/** A stored relation to another document, kept by its canonical symbol and lookup key. */
public record Relation(RelationType type, String symbol, String key) {
}
