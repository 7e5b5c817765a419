package org.unsymbol.extract;

/** How the text gave the symbol of a reference. */
public enum ReferenceForm {
    /** The symbol is written out: {@code A/78/265}. */
    WRITTEN,
    /**
     * Completed from a preceding written symbol: {@code Corr.1} in "A/78/265 and Corr.1", {@code 36} in
     * "A/C.3/59/SR.24-34, 36", every item inside a range.
     */
    INHERITED,
    /** Built from a citation by number: "resolution 75/240" gives {@code A/RES/75/240}. */
    CITATION
}
