package org.unsymbol.catalogue.wire;

import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.Objects;
import java.util.Optional;

/**
 * The grammar as the catalogue uses it: the parser it is given (the application's injected one, or a test's with a
 * fixed clock), null-safe, and the rule for what may be catalogued.
 */
public final class CatalogueSymbols {

    private final SymbolParser parser;

    public CatalogueSymbols(SymbolParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public SymbolParser parser() {
        return parser;
    }

    public ParseResult parse(String input) {
        return parser.parse(input == null ? "" : input);
    }

    /**
     * Whether a parse names a symbol a record may be catalogued under: well-formed (a plausibility doubt such as an
     * unknown root still catalogues, for old or unusual series) and not a placeholder like {@code CRP.X}, which names
     * no document yet.
     */
    public static boolean cataloguable(ParseResult result) {
        return result.wellFormed() && result.symbol().isPresent() && !result.isPlaceholder();
    }

    /** The catalogue key of a symbol as a client typed it, if the grammar can read it at all. */
    public Optional<String> keyOf(String input) {
        ParseResult result = parse(input);
        return result.wellFormed() ? result.symbol().map(DocumentSymbol::key) : Optional.empty();
    }

}
