package org.unsymbol.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.store.CatalogueReader;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.input.StorableText;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filtered listing of the catalogue in key order with keyset (cursor) paging: a page starts strictly after the last
 * key of the previous one, so concurrent inserts never duplicate or skip what was already paged, and deep pages
 * cost what the first one does.
 */
@ApplicationScoped
public class SearchService {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** One page; {@code next} is the cursor of the following page, null on the last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(List<DocumentJson> items, String next, Map<String, Map<String, Long>> facets) {
    }

    private final Jdbc jdbc;

    public SearchService(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code limit} as given in the query: absent is the default, anything but 1 to {@link #MAX_LIMIT} a 400. */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "limit must be a whole number from 1 to "
                    + MAX_LIMIT + ".").with("parameter", "limit");
        }
        return n;
    }

    /** {@code facets} as given in the query: {@code true} or {@code false} (any case); absent or empty is false. */
    public static boolean facets(String facets) {
        if (facets == null || facets.isBlank() || facets.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (facets.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ProblemException(ErrorCode.INVALID_PARAMETER, "facets must be true or false.")
                .with("parameter", "facets");
    }

    public Page search(CatalogueQuery query, int n, String cursor, boolean facets) {
        String after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        return jdbc.read(c -> {
            List<DocumentJson> items = page(c, query, after, n + 1);
            String next = null;
            if (items.size() > n) {
                items.remove(n);
                next = encode(items.get(n - 1).key());
            }
            return new Page(items, next, facets ? facets(c, query) : null);
        });
    }

    /** Up to {@code limit} documents of the filtered set in key order, strictly after {@code afterKey} (if any). */
    static List<DocumentJson> page(Connection c, CatalogueQuery query, String afterKey, int limit) throws SQLException {
        CatalogueQuery.Sql where = query.where();
        if (afterKey != null) {
            where.add("d.lookup_key > ?", afterKey);
        }
        List<DocumentJson> items = new ArrayList<>(limit);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CatalogueReader.DOCUMENT_COLUMNS
                + " FROM document d WHERE " + where.text() + " ORDER BY d.lookup_key LIMIT " + limit)) {
            bind(ps, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(CatalogueReader.map(rs).json());
                }
            }
        }
        return items;
    }

    /** Counts over the whole filtered set (not only the page): by kind, by year of issue, by language. */
    private static Map<String, Map<String, Long>> facets(Connection c, CatalogueQuery query) throws SQLException {
        CatalogueQuery.Sql where = query.where();
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("kind", counts(c, "SELECT d.kind, count(*) FROM document d WHERE " + where.text()
                + " GROUP BY 1 ORDER BY 2 DESC, 1", where.params()));
        out.put("year", counts(c, "SELECT coalesce(extract(year FROM d.issue_date_sort)::int, d.year)::text, count(*)"
                + " FROM document d WHERE " + where.text() + " GROUP BY 1 ORDER BY 1 DESC NULLS LAST", where.params()));
        out.put("language", counts(c, "SELECT v.lang, count(*) FROM document d JOIN language_version v"
                + " ON v.document_id = d.id WHERE " + where.text() + " GROUP BY 1 ORDER BY 2 DESC, 1", where.params()));
        return out;
    }

    private static Map<String, Long> counts(Connection c, String sql, List<Object> params) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) == null ? "unknown" : rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else if (p instanceof Integer v) {
                ps.setInt(i + 1, v);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (raw.startsWith("k:") && StorableText.firstUnstorable(raw) < 0) {
                return raw.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw new ProblemException(ErrorCode.INVALID_PARAMETER, "The cursor is not one this service issued.")
                .with("parameter", "cursor");
    }
}
