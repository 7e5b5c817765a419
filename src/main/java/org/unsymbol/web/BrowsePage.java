package org.unsymbol.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue browser shows: the filters as given (to fill the form again), one page of documents, the
 * facets as charts, the paging links, or why the filters were refused.
 *
 * @param total        the documents matching the filters (all pages), from the facets
 * @param badParameter the filter that was refused (null when none), with {@code badDetail} the API's reason
 */
public record BrowsePage(Filters filters, List<Item> items, long total, String nextHref, String firstHref,
                         List<FacetChart> charts, List<String> kinds, String badParameter, String badDetail,
                         boolean tooLong) {

    /** A document in the list: its page, its title in the interface language when held (else another). */
    public record Item(String symbol, String href, String title, String titleLang, String date, String body,
                       String kind, List<String> languages) {
    }

    /** The filters of the page, as query parameters of {@code /documents} ({@code language}: has that version). */
    public record Filters(String q, String body, String session, String year, String kind, String language,
                          String from, String to, String ui) {

        Map<String, String> map() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("q", q);
            m.put("body", body);
            m.put("session", session);
            m.put("year", year);
            m.put("kind", kind);
            m.put("language", language);
            m.put("from", from);
            m.put("to", to);
            return m;
        }

        /** The filters as a query string without {@code lang}, for the language switcher. */
        String query() {
            List<String> parts = new ArrayList<>();
            map().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    parts.add(k + "=" + PageResource.url(v));
                }
            });
            return String.join("&", parts);
        }

        /** {@code /documents?...} with one filter set (or removed, for null) and paging from the start. */
        String href(String name, String value) {
            Map<String, String> m = map();
            m.put(name, value);
            return href(m, null);
        }

        String href(Map<String, String> m, String cursor) {
            StringBuilder sb = new StringBuilder("/documents?");
            m.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    sb.append(k).append('=').append(PageResource.url(v)).append('&');
                }
            });
            if (cursor != null) {
                sb.append("cursor=").append(PageResource.url(cursor)).append('&');
            }
            return sb.append("lang=").append(ui).toString();
        }

        String page(String cursor) {
            return href(map(), cursor);
        }

        /** Whether any filter is set. */
        public boolean any() {
            return map().values().stream().anyMatch(v -> v != null && !v.isBlank());
        }
    }

    public boolean refused() {
        return badParameter != null || tooLong;
    }
}
