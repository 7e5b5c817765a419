package org.unsymbol.symbol;

/** The written forms of a symbol that other systems need. */
public enum SymbolFormat {
    /**
     * The display form, as printed on the masthead: {@code S/RES/2719 (2023)}, {@code S/PV.6201(Resumption1)}, and the
     * reissue mark when present ({@code A/78/251*}).
     */
    CANONICAL,
    /** The lookup key: upper case, no whitespace, no reissue mark: {@code S/RES/2719(2023)}. */
    KEY,
    /**
     * The ODS / UNBIS cataloguing form: no space before any parenthetical ({@code S/RES/2719(2023)}), no reissue mark,
     * case kept.
     */
    ODS,
    /** The Digital Library file-name stem: {@code /}→{@code _}, space kept, no reissue mark: {@code A_RES_863 (IX)}. */
    FILE_NAME
}
