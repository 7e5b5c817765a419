package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/** The mutable state of one single symbol while {@link SingleParser} and {@link SymbolRules} work on it. */
final class SymbolDraft {

    final StringBuilder out = new StringBuilder(24);
    String root;
    Component rootComponent;
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
    final List<Modifier> modifiers = new ArrayList<>(2);
    List<Parenthetical> parens = List.of();
    String part;
    String session;
    Integer year;
    boolean romanSession;
    SymbolKind kind = SymbolKind.DOCUMENT;
    int baseEnd;
    boolean reissued;

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
        return DocumentSymbol.builder()
                .canonical(out.toString())
                .root(root)
                .bodies(bodies)
                .session(session)
                .year(year)
                .nature(nature)
                .number(number)
                .modifiers(modifiers.isEmpty() ? List.of() : modifiers)
                .parentheticals(parentheticals)
                .reissued(reissued)
                .kind(kind)
                .part(part)
                .baseCanonical(baseCanonical)
                .build();
    }
}
