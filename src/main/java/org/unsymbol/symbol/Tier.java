package org.unsymbol.symbol;

/**
 * How far a symbol got, as libphonenumber separates possible from valid numbers: {@link #MALFORMED} fails the syntax,
 * {@link #WELL_FORMED} passes the syntax only, {@link #PLAUSIBLE} also passes the rules (known root, session or year
 * in range, real numbers). Existence in the catalogue is the catalogue's to say, not the grammar's.
 */
public enum Tier {
    MALFORMED, WELL_FORMED, PLAUSIBLE
}
