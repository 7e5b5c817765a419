package org.unsymbol.symbol;

import java.util.List;
import java.util.Optional;

/**
 * What the parser made of one input: the symbol when the input is at least well-formed, and every finding. The parser
 * never throws; a malformed input is a result like any other.
 *
 * @param input       the input exactly as given
 * @param symbol      the parsed symbol, present when {@code tier != MALFORMED}
 * @param tier        how far the input got
 * @param findings    errors and warnings in input order, offsets into {@code input}
 * @param suggestions likely intended canonical symbols ("did you mean"), best first; may be empty
 */
public record ParseResult(String input, Optional<DocumentSymbol> symbol, Tier tier, List<Finding> findings,
                          List<String> suggestions) {

    public ParseResult {
        findings = DocumentSymbol.immutable(findings);
        suggestions = DocumentSymbol.immutable(suggestions);
    }

    /** Valid means plausible: well-formed and passing every rule. */
    public boolean valid() {
        return tier == Tier.PLAUSIBLE;
    }

    public boolean wellFormed() {
        return tier != Tier.MALFORMED;
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** True when one of the errors is a placeholder ({@code CRP.X}, {@code L.xx}, {@code ...}). */
    public boolean isPlaceholder() {
        return findings.stream().anyMatch(f -> f.code() == FindingCode.PLACEHOLDER_NUMBER);
    }
}
