package org.unsymbol.links;

/**
 * What a citation of a UN document says: its symbol, title, issuing body, date of issue ({@code 2024},
 * {@code 2024-06} or {@code 2024-06-21}), language and link. Unknown values are null.
 */
public record CitationData(String symbol, String title, String body, String date, String language, String url,
                           boolean legislative) {
}
