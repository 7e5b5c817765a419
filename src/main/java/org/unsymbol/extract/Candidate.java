package org.unsymbol.extract;

import org.unsymbol.symbol.SymbolKind;

/**
 * A reference before the grammar has seen it.
 *
 * @param text       what to hand to the parser
 * @param start      span start in the input
 * @param end        span end in the input
 * @param verbatim   true when {@code text} is exactly {@code input[start, end)}, so parser offsets map one to one
 * @param form       how the text gave it
 * @param kind       a kind the citation fixes (resolution, decision), or null to take the grammar's
 * @param linkable   see {@link Reference#linkable()}
 * @param asserted   true when the context says it is a document (a keyword before it, a citation by number, an
 *                   inherited part of one): such a candidate is reported even when the grammar doubts its root
 * @param placeholder true when the recognizer read a drafting placeholder in place of a component ({@code ...},
 *                    {@code […]}, {@code ###}): reported as a placeholder whatever the grammar says of it
 */
record Candidate(String text, int start, int end, boolean verbatim, ReferenceForm form, SymbolKind kind,
                 boolean linkable, boolean asserted, boolean placeholder) {

    Candidate(String text, int start, int end, boolean verbatim, ReferenceForm form, SymbolKind kind,
              boolean linkable, boolean asserted) {
        this(text, start, end, verbatim, form, kind, linkable, asserted, false);
    }
}
