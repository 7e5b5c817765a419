package org.unsymbol.symbol;

/** The written forms of a symbol that other systems need. */
public enum SymbolFormat {
    /** The display form: {@code S/RES/2719 (2023)}, {@code S/PV.6201(Resumption1)}, {@code A/78/251*}? no: no star. */
    CANONICAL,
    /** The lookup key: upper case, no whitespace: {@code S/RES/2719(2023)}. */
    KEY,
    /** The ODS / UNBIS cataloguing form: no space before any parenthetical ({@code S/RES/2719(2023)}), case kept. */
    ODS,
    /** The Digital Library file-name stem: {@code /}→{@code _}, space kept: {@code A_RES_863 (IX)}. */
    FILE_NAME
}
