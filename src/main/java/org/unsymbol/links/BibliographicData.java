package org.unsymbol.links;

import org.unsymbol.symbol.SymbolKind;

/**
 * What a citation of a UN document says: its symbol, title, issuing body, date of issue ({@code 2024},
 * {@code 2024-06} or {@code 2024-06-21}), language, link and genre ({@code Resolution}, {@code Decision}; null for
 * other documents). Unknown values are null.
 */
public record BibliographicData(String symbol, String title, String body, String date, String language, String url,
                           String genre) {

    /** The genre a citation names before the symbol: "Resolution A/RES/75/240". */
    public static String genreOf(SymbolKind kind) {
        return switch (kind) {
            case RESOLUTION -> "Resolution";
            case DECISION, COMMUNICATION_DECISION -> "Decision";
            default -> null;
        };
    }
}
