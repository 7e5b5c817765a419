package org.unsymbol.extract;

/**
 * What the grammar says about a reference. The service later splits {@link #VALID} into found and unknown by asking
 * the catalogue; this layer knows nothing of the catalogue.
 */
public enum ReferenceStatus {
    /** Plausible by every rule of the grammar. */
    VALID,
    /** Symbol-shaped and cited, but failing the grammar (a missing number, an out-of-range session...). */
    MALFORMED,
    /** A drafting placeholder such as {@code CRP.X}, {@code L.xx}, {@code ...}: a reference still to be filled in. */
    PLACEHOLDER
}
