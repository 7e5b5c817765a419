package org.unsymbol.links;

/** A file of one language version as the catalogue records it: {@code pdf}, {@code doc}, {@code docx}. */
public record CatalogueFile(String format, String url) {
}
