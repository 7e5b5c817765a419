package org.unsymbol.catalogue.store;

import org.unsymbol.catalogue.model.DocumentFilter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A {@link DocumentFilter} as a conjunction of SQL conditions over {@code document d}, with positional parameters. */
final class FilterSql {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    static FilterSql of(DocumentFilter f) {
        FilterSql sql = new FilterSql();
        sql.add("d.deleted_at IS NULL");
        if (f.prefixKey() != null) {
            sql.add("d.lookup_key LIKE ? ESCAPE '\\'", like(f.prefixKey()));
        }
        if (f.bodyKey() != null) {
            sql.add("(d.lookup_key LIKE ? ESCAPE '\\')", like(f.bodyKey() + "/"));
        }
        if (f.session() != null) {
            sql.add("upper(d.session) = upper(?)", f.session());
        }
        if (f.year() != null) {
            sql.add("coalesce(extract(year FROM d.issue_date_sort)::int, d.year) = ?", f.year());
        }
        if (f.kind() != null) {
            sql.add("d.kind = ?", f.kind());
        }
        if (f.lang() != null) {
            sql.add("EXISTS (SELECT 1 FROM language_version lv WHERE lv.document_id = d.id AND lv.lang = ?)",
                    f.lang().code());
        }
        if (f.from() != null) {
            sql.add("d.issue_date_sort >= ?", f.from());
        }
        if (f.to() != null) {
            sql.add("d.issue_date_sort <= ?", f.to());
        }
        if (f.symbolKey() != null) {
            sql.add("d.id IN (SELECT s.document_id FROM document_symbol s WHERE s.key = ?)", f.symbolKey());
        }
        if (f.text() != null) {
            sql.add("EXISTS (SELECT 1 FROM language_version lv WHERE lv.document_id = d.id "
                    + "AND lv.title_tsv @@ websearch_to_tsquery('simple', ?))", f.text());
        }
        return sql;
    }

    /** A LIKE pattern matching keys that start with {@code prefix}. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    FilterSql add(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(List.of(values));
        return this;
    }

    String text() {
        return String.join(" AND ", conditions);
    }

    void bind(PreparedStatement ps) throws SQLException {
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
}
