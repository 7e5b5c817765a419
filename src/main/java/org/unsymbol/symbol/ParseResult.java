package org.unsymbol.symbol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parser made of one input: the symbol when the input is at least well-formed, and every finding. The parser
 * never throws; a malformed input is a result like any other. A value class rather than a record so that the symbol
 * is held as is and wrapped in an {@link Optional} only when asked for (a hot path: most callers want it at once and
 * the wrapper then never reaches the heap).
 */
public final class ParseResult {

    private final String input;
    private final DocumentSymbol symbol;
    private final Tier tier;
    private final List<Finding> findings;
    private final List<String> suggestions;

    /**
     * @param input       the input exactly as given
     * @param symbol      the parsed symbol; null when {@code tier == MALFORMED}
     * @param tier        how far the input got
     * @param findings    errors and warnings in input order, offsets into {@code input}
     * @param suggestions likely intended canonical symbols ("did you mean"), best first; may be empty
     */
    ParseResult(String input, DocumentSymbol symbol, Tier tier, List<Finding> findings, List<String> suggestions) {
        this.input = input;
        this.symbol = tier == Tier.MALFORMED ? null : symbol;
        this.tier = tier;
        this.findings = DocumentSymbol.immutable(findings);
        this.suggestions = DocumentSymbol.immutable(suggestions);
    }

    /** The input exactly as given. */
    public String input() {
        return input;
    }

    /** The parsed symbol, present when the input is at least well-formed. */
    public Optional<DocumentSymbol> symbol() {
        return Optional.ofNullable(symbol);
    }

    /** How far the input got. */
    public Tier tier() {
        return tier;
    }

    /** Errors and warnings in input order, offsets into {@link #input()}. */
    public List<Finding> findings() {
        return findings;
    }

    /** Likely intended canonical symbols ("did you mean"), best first; may be empty. */
    public List<String> suggestions() {
        return suggestions;
    }

    /**
     * Valid means well-formed and passing every rule: {@link Tier#PLAUSIBLE}, or {@link Tier#UNREGISTERED} (a root the
     * registry does not list yet, reported as a warning; {@link #tier()} tells the two apart).
     */
    public boolean valid() {
        return tier == Tier.PLAUSIBLE || tier == Tier.UNREGISTERED;
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
        // a plain loop, not a stream: the extractor asks this of every reference it finds, and most have no finding
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).code() == FindingCode.PLACEHOLDER_NUMBER) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParseResult r && input.equals(r.input) && Objects.equals(symbol, r.symbol)
                && tier == r.tier && findings.equals(r.findings) && suggestions.equals(r.suggestions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, symbol, tier, findings, suggestions);
    }

    @Override
    public String toString() {
        return "ParseResult[input=" + input + ", symbol=" + symbol() + ", tier=" + tier + ", findings=" + findings
                + ", suggestions=" + suggestions + "]";
    }
}
