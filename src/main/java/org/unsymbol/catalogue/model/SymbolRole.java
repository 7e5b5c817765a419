package org.unsymbol.catalogue.model;

import java.util.Locale;

/**
 * Why a lookup key names a catalogued document ({@code document_symbol.role}): its own symbol, one single of its joint
 * symbol ({@code A/55/305-S/2000/809} is also found as {@code S/2000/809}), or an alias its record lists.
 */
public enum SymbolRole {
    PRIMARY, JOINT, ALIAS;

    private final String column = name().toLowerCase(Locale.ROOT);

    /** The value stored in {@code document_symbol.role} (the CHECK constraint of V2__catalogue.sql lists them). */
    public String column() {
        return column;
    }
}
