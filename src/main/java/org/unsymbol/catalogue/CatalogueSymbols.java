package org.unsymbol.catalogue;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The grammar as the catalogue uses it: one shared parser, and the rule for what may be catalogued. */
public final class CatalogueSymbols {

    public static final SymbolParser PARSER = SymbolParser.standard();

    private CatalogueSymbols() {
    }

    public static ParseResult parse(String input) {
        return PARSER.parse(input == null ? "" : input);
    }

    /**
     * The symbol a record may be catalogued under: well-formed (a plausibility doubt such as an unknown root still
     * catalogues, for old or unusual series) and not a placeholder like {@code CRP.X}, which names no document yet.
     */
    public static DocumentSymbol requireCataloguable(String input, String field) {
        ParseResult result = parse(input);
        if (!result.wellFormed() || result.symbol().isEmpty() || result.isPlaceholder()) {
            throw malformed(result, field);
        }
        return result.symbol().get();
    }

    /** The catalogue key of a symbol as a client typed it, if the grammar can read it at all. */
    public static Optional<String> keyOf(String input) {
        ParseResult result = parse(input);
        return result.wellFormed() ? result.symbol().map(DocumentSymbol::key) : Optional.empty();
    }

    public static ProblemException malformed(ParseResult result, String field) {
        String why = result.errors().isEmpty() ? "it is not a document symbol"
                : result.errors().get(0).message();
        return new ProblemException(ErrorCode.MALFORMED_SYMBOL,
                "'" + result.input() + "' (" + field + ") cannot be catalogued: " + why + ".")
                .with("field", field)
                .with("input", result.input())
                .with("tier", result.tier().name())
                .with("findings", findings(result.findings()))
                .with("suggestions", result.suggestions());
    }

    public static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code().name());
            m.put("severity", f.severity().name());
            m.put("message", f.message());
            m.put("start", f.start());
            m.put("end", f.end());
            return m;
        }).toList();
    }
}
