package org.unsymbol.extract;

import java.util.List;
import java.util.Optional;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.SymbolKind;

/**
 * One document a text refers to, with UTF-16 offsets {@code [start, end)} into the original input.
 *
 * <p>The span rule: the span covers exactly the characters that name this reference and nothing that names another.
 * <ul>
 *   <li>a written symbol: the symbol as written, without wrapping punctuation or a sentence-final period
 *       ({@code A/AC.292/2024/L.1}); a symbol broken over a line spans the line break;</li>
 *   <li>an inherited modifier or list item: just the inherited part ({@code Corr.1} in "A/78/265 and Corr.1",
 *       {@code 36} in "SR.24-34, 36"); the items inside a range all span the range's upper bound ({@code 34} in
 *       "SR.24-34"), and only the item that the bound names is {@link #linkable()};</li>
 *   <li>a resolution or decision cited by number: the number with its part letter and parenthetical
 *       ({@code 75/240}, {@code 1514 (XV)}, {@code 68/247 B}, {@code 2231(2015)}); a second part letter ("A and
 *       B") spans the letter alone.</li>
 * </ul>
 *
 * @param text        {@code input.substring(start, end)}
 * @param symbol      the canonical symbol, or the candidate as written when the grammar could not parse it
 * @param key         the lookup key of {@code symbol} (upper case, no whitespace)
 * @param kind        the kind of document; {@link SymbolKind#DECISION} for decisions (Digital Library keys
 *                    {@code A/DEC/...}, not official symbols)
 * @param findings    the grammar's findings; offsets point into the original input, inside {@code [start, end)}
 * @param suggestions the grammar's "did you mean" symbols
 * @param derived     true when the symbol was built from a citation by number rather than written
 * @param form        how the text gave the symbol
 * @param linkable    whether an annotator should wrap {@link #linkSpan()}: false for the interior items of a
 *                    range, which share their span with the item that owns it
 * @param parsed      the parsed symbol, when the grammar could parse it
 */
public record Reference(String text, int start, int end, String symbol, String key, SymbolKind kind,
                        ReferenceStatus status, List<Finding> findings, List<String> suggestions, boolean derived,
                        ReferenceForm form, boolean linkable, Optional<DocumentSymbol> parsed) {

    public Reference {
        findings = List.copyOf(findings);
        suggestions = List.copyOf(suggestions);
    }

    /** The span an annotator wraps in a link; empty when the reference is not {@link #linkable()}. */
    public Optional<LinkSpan> linkSpan() {
        return linkable ? Optional.of(new LinkSpan(start, end)) : Optional.empty();
    }
}
