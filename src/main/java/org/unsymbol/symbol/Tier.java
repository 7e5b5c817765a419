package org.unsymbol.symbol;

/**
 * How far a symbol got, as libphonenumber separates possible from valid numbers: {@link #MALFORMED} fails the syntax,
 * {@link #WELL_FORMED} passes the syntax only (a rule error: an out-of-range session, a placeholder, an unknown
 * single-letter or press-release root), {@link #UNREGISTERED} passes the syntax and every rule but its root is not in
 * the registry (a warning {@link FindingCode#UNREGISTERED_ROOT}; still valid), {@link #PLAUSIBLE} passes everything
 * with a registered root. Existence in the catalogue is the catalogue's to say, not the grammar's.
 */
public enum Tier {
    MALFORMED, WELL_FORMED, UNREGISTERED, PLAUSIBLE
}
