package org.unsymbol.catalogue;

import org.unsymbol.symbol.DocumentSymbol;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Close catalogue symbols for a symbol the catalogue lacks, best first: its own family (same base, so a missing
 * {@code /Add.2} suggests the base and {@code /Add.1}), then what the grammar guessed the writer meant, then the
 * neighbours under the same parent path ({@code A/AC.292/2024/INF/...}). Prefix queries, so no pg_trgm is needed.
 */
final class Suggestions {

    static final int LIMIT = 10;

    List<String> close(Connection c, DocumentSymbol symbol, List<String> grammarGuesses) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        query(c, "SELECT symbol FROM document WHERE base_key = ? AND deleted_at IS NULL ORDER BY lookup_key LIMIT "
                + LIMIT, DocumentSymbol.keyOf(symbol.baseCanonical()), out);
        for (String guess : grammarGuesses) {
            CatalogueSymbols.keyOf(guess).ifPresent(key -> {
                try {
                    query(c, """
                            SELECT d.symbol FROM document_symbol s JOIN document d ON d.id = s.document_id
                            WHERE s.key = ? AND d.deleted_at IS NULL""", key, out);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        String key = symbol.key();
        for (int level = 0; level < 2 && out.size() < LIMIT; level++) {
            int slash = key.lastIndexOf('/');
            if (slash <= 0) {
                break;
            }
            key = key.substring(0, slash);
            List<String> before = new ArrayList<>(out);
            query(c, "SELECT symbol FROM document WHERE lookup_key LIKE ? ESCAPE '\\' AND deleted_at IS NULL "
                    + "ORDER BY lookup_key LIMIT " + LIMIT, like(key + "/"), out);
            if (out.size() > before.size()) {
                break; // the nearest level that has neighbours is the useful one
            }
        }
        out.remove(symbol.canonical());
        return out.stream().limit(LIMIT).toList();
    }

    /** A LIKE pattern matching keys that start with {@code prefix}. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static void query(Connection c, String sql, String param, Set<String> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
    }
}
