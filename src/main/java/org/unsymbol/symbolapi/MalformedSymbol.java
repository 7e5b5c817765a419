package org.unsymbol.symbolapi;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.ParseResult;

/**
 * The one {@code MALFORMED_SYMBOL} problem (422) of every endpoint that takes a symbol: the resolver, {@code /r}, the
 * catalogue's reads and writes, citations. Its members are always the same: {@code input} (as given), {@code tier},
 * {@code findings} (every finding of the grammar, errors and warnings, as {@link FindingView}s in the order the grammar reports them) and
 * {@code suggestions} (the grammar's guesses at the intended canonical symbol, best first). Which parses are refused
 * is the caller's rule (the resolver wants a valid symbol, the catalogue a well-formed one that is no placeholder).
 */
public final class MalformedSymbol {

    private MalformedSymbol() {
    }

    public static ProblemException problem(ParseResult p) {
        String first = p.errors().isEmpty() ? "it is not a valid document symbol." : p.errors().get(0).message();
        return new ProblemException(ErrorCode.MALFORMED_SYMBOL,
                "'" + p.input() + "' is not a valid UN document symbol: " + first)
                .with("input", p.input())
                .with("tier", p.tier().name())
                .with("findings", FindingView.all(p.findings()))
                .with("suggestions", p.suggestions());
    }
}
