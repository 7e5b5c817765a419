package org.unsymbol.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.store.DocumentStore;
import org.unsymbol.catalogue.store.Jdbc;
import org.unsymbol.platform.input.StorableText;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Filtered listing of the catalogue with keyset (cursor) paging: in key order, or, when {@code q} searches titles,
 * best first (rank, then document id). A page starts strictly after the last key (or rank and id) of the previous one, so
 * concurrent inserts never duplicate or skip what was already paged; an unchanged catalogue is visited exactly once.
 */
@ApplicationScoped
public class SearchService {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** One page; {@code next} is the cursor of the following page, null on the last; facets null unless asked. */
    public record Page(List<CatalogueDocument> items, String next, Map<String, Map<String, Long>> facets) {
    }

    private final Jdbc jdbc;
    private final DocumentStore store = new DocumentStore();

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

    public Page search(DocumentFilter filter, int n, String cursor, boolean facets) {
        if (filter.text() != null && filter.text().positive()) {
            return ranked(filter, n, cursor, facets);
        }
        String after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        return jdbc.read(c -> {
            List<CatalogueDocument> found = store.page(c, filter, after, n + 1);
            String next = null;
            if (found.size() > n) {
                found = found.subList(0, n);
                next = encode(found.get(n - 1).key());
            }
            return new Page(found, next, facets ? store.facets(c, filter) : null);
        });
    }

    /** Title search: best first (rank, then id), the cursor the last (rank, id) of the page. */
    private Page ranked(DocumentFilter filter, int n, String cursor, boolean facets) {
        Ranked after = cursor == null || cursor.isBlank() ? null : decodeRanked(cursor);
        return jdbc.read(c -> {
            List<DocumentStore.Ranked> found = store.rankedPage(c, filter, after == null ? null : after.rank(),
                    after == null ? null : after.id(), n + 1);
            String next = null;
            if (found.size() > n) {
                found = found.subList(0, n);
                DocumentStore.Ranked last = found.get(n - 1);
                next = encodeRanked(last.rank(), last.document().id());
            }
            return new Page(found.stream().map(DocumentStore.Ranked::document).toList(), next,
                    facets ? store.facets(c, filter) : null);
        });
    }

    /** A ranked position: the rank's exact bits, so that the next page starts exactly after it. */
    record Ranked(float rank, long id) {
    }

    static String encodeRanked(float rank, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("r:" + Integer.toHexString(Float.floatToIntBits(rank)) + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Ranked decodeRanked(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':', 2);
            if (raw.startsWith("r:") && colon > 2 && colon - 2 <= 8) {
                float rank = Float.intBitsToFloat(Integer.parseUnsignedInt(raw.substring(2, colon), 16));
                long id = Long.parseLong(raw.substring(colon + 1));
                if (Float.isFinite(rank)) {
                    return new Ranked(rank, id);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below (NumberFormatException is one)
        }
        throw new ProblemException(ErrorCode.INVALID_PARAMETER,
                "The cursor is not one this service issued for a title search.").with("parameter", "cursor");
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
