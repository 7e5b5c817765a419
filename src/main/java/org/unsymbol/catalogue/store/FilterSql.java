package org.unsymbol.catalogue.store;

import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.model.TitleQuery;

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
            if (f.text().positive()) {
                List<Object> values = new ArrayList<>();
                String query = tsquery(f.text(), values);
                sql.add("EXISTS (SELECT 1 FROM language_version lv WHERE lv.document_id = d.id "
                        + "AND lv.title_tsv @@ " + query + ")", values.toArray());
            } else {
                sql.add("FALSE");
            }
        }
        return sql;
    }

    /**
     * The title query as a tsquery expression of the V6 functions, its words bound as parameters (appended to
     * {@code params}): the structure comes from {@link TitleQuery}'s fixed vocabulary, never from the text.
     */
    static String tsquery(TitleQuery q, List<Object> params) {
        StringBuilder and = new StringBuilder("(");
        for (List<TitleQuery.Term> clause : q.clauses()) {
            if (and.length() > 1) {
                and.append(" && ");
            }
            StringBuilder or = new StringBuilder("(");
            for (TitleQuery.Term t : clause) {
                if (or.length() > 1) {
                    or.append(" || ");
                }
                or.append(t.negated() ? "!!" : "").append(term(t, params));
            }
            and.append(or).append(')');
        }
        return and.append(')').toString();
    }

    private static String term(TitleQuery.Term t, List<Object> params) {
        if (t instanceof TitleQuery.Word w) {
            params.add(w.text());
            return "unsymbol_word_query(?, " + w.prefix() + ")";
        }
        if (t instanceof TitleQuery.HanRun h) {
            params.add(h.text());
            return "unsymbol_han_query(?)";
        }
        TitleQuery.Phrase p = (TitleQuery.Phrase) t;
        StringBuilder all = new StringBuilder("(");
        if (!p.words().isEmpty()) {
            params.add(String.join(" ", p.words()));
            all.append("unsymbol_phrase_query(?)");
        }
        for (String run : p.hanRuns()) {
            params.add(run);
            all.append(all.length() > 1 ? " && " : "").append("unsymbol_han_query(?)");
        }
        return all.append(')').toString();
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
        bind(ps, 0);
    }

    /** Binds the parameters from position {@code offset + 1}; returns the last position bound. */
    int bind(PreparedStatement ps, int offset) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int at = offset + i + 1;
            if (p instanceof LocalDate d) {
                ps.setObject(at, d);
            } else if (p instanceof Integer v) {
                ps.setInt(at, v);
            } else if (p instanceof Float v) {
                ps.setFloat(at, v);
            } else if (p instanceof Long v) {
                ps.setLong(at, v);
            } else {
                ps.setString(at, (String) p);
            }
        }
        return offset + params.size();
    }
}
