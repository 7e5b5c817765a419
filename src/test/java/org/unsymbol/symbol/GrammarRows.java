package org.unsymbol.symbol;

/** What the grammar-row tests compare: a symbol's canonical form, or {@code MALFORMED}. */
final class GrammarRows {

    private static final SymbolParser PARSER = SymbolParser.standard();

    private GrammarRows() {
    }

    static String canonical(String written) {
        ParseResult r = PARSER.parse(written);
        return r.tier() == Tier.MALFORMED ? "MALFORMED" : r.symbol().orElseThrow().canonical();
    }
}
