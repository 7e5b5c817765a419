package org.unsymbol.web;

import org.unsymbol.catalogue.SearchService;
import org.unsymbol.catalogue.SymbolPaths;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.lang.Language;

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

    /** A refused search: too long ({@code parameter} null), or the filter the API's checks refused and why. */
    static BrowsePage refusal(Filters filters, List<String> kinds, String parameter, String detail) {
        return new BrowsePage(filters, List.of(), 0, null, null, List.of(), kinds, parameter, detail,
                parameter == null);
    }

    /** One page of the search as the page shows it: titles in the interface language, the facets as charts. */
    static BrowsePage of(RecordJson wire, Filters filters, SearchService.Page found, String cursor, List<String> kinds,
                         Language ui, boolean rtl) {
        List<BrowsePage.Item> items = new ArrayList<>();
        for (CatalogueDocument d : found.items()) {
            DocumentJson json = wire.document(d);
            Map<String, DocumentJson.VersionJson> held = json.versions() == null ? Map.of() : json.versions();
            String titleLang = held.containsKey(ui.code()) ? ui.code()
                    : held.containsKey("en") ? "en" : held.keySet().stream().findFirst().orElse(null);
            String title = titleLang == null ? null : held.get(titleLang).title();
            List<String> langs = new ArrayList<>();
            for (Language l : Language.values()) {
                if (held.containsKey(l.code())) {
                    langs.add(l.code());
                }
            }
            items.add(new BrowsePage.Item(json.symbol(), "/documents/" + SymbolPaths.encode(json.symbol())
                    + "?lang=" + ui.code(), title, titleLang, json.date(), json.body(), json.kind(), langs));
        }
        Map<String, Map<String, Long>> facets = found.facets() == null ? Map.of() : found.facets();
        long total = facets.getOrDefault("kind", Map.of()).values().stream().mapToLong(Long::longValue).sum();
        List<FacetChart> charts = new ArrayList<>();
        charts.add(FacetChart.of("year", rows(facets.getOrDefault("year", Map.of()), filters, "year"), 0, rtl));
        charts.add(FacetChart.of("body", rows(facets.getOrDefault("body", Map.of()), filters, "body"), 0, rtl));
        Map<String, Long> byLanguage = facets.getOrDefault("language", Map.of());
        List<FacetChart.Row> coverage = new ArrayList<>();
        for (Language l : UiLanguage.SIX) {
            coverage.add(new FacetChart.Row(l.code(), UiLanguage.ownName(l), l.code(),
                    byLanguage.getOrDefault(l.code(), 0L), filters.href("language", l.code())));
        }
        charts.add(FacetChart.of("language", coverage, total, rtl));
        return new BrowsePage(filters, items, total,
                found.next() == null ? null : filters.page(found.next()),
                cursor == null || cursor.isBlank() ? null : filters.page(null), charts, kinds, null, null, false);
    }

    /** A facet's counts as rows, each value a link that filters by it ("unknown", no value, is not a filter). */
    private static List<FacetChart.Row> rows(Map<String, Long> counts, Filters filters, String filter) {
        List<FacetChart.Row> rows = new ArrayList<>();
        counts.forEach((value, n) -> {
            boolean known = !"unknown".equals(value);
            rows.add(new FacetChart.Row(value, known ? value : null, null, n,
                    known ? filters.href(filter, value) : null));
        });
        return rows;
    }

    public boolean refused() {
        return badParameter != null || tooLong;
    }
}
