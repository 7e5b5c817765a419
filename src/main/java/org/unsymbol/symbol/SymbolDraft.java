package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/** The mutable state of one single symbol while {@link SingleParser} and {@link SymbolRules} work on it. */
final class SymbolDraft {

    /** the canonical form as it is rendered */
    final StringBuilder out = new StringBuilder(24);
    String root;
    /** the root's range, for findings */
    int rootStart;
    int rootEnd;
    List<String> bodies = List.of();
    String nature;
    boolean natureSlash;
    boolean natureAfterSlot;
    /** the session or year component before the number */
    Component slot;
    /** the first half of a communication number ({@code 1479} of {@code D/1479/2006}) */
    Component communication;
    Component numberComponent;
    String number;
    /** letters glued to the number: {@code A} of {@code 217A} */
    String glued;
    boolean placeholder;
    List<Modifier> modifiers = List.of();
    List<Parenthetical> parens = List.of();
    String part;
    String session;
    int year = DocumentSymbol.NO_YEAR;
    boolean romanSession;
    SymbolKind kind = SymbolKind.DOCUMENT;
    int baseEnd;
    boolean reissued;

    void addModifier(Modifier m) {
        if (modifiers.isEmpty()) {
            modifiers = new ArrayList<>(2);
        }
        modifiers.add(m);
    }

    /** @param baseCanonical the form without modifiers and reissue mark; null when it equals the canonical form */
    DocumentSymbol build(String baseCanonical) {
        List<String> parentheticals;
        if (parens.isEmpty()) {
            parentheticals = List.of();
        } else {
            String[] texts = new String[parens.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = parens.get(i).text();
            }
            parentheticals = List.of(texts);
        }
        return new DocumentSymbol(out.toString(), root, bodies, session, year, nature, number, modifiers, parentheticals,
                reissued, kind, part, baseCanonical);
    }
}
