package org.unsymbol.catalogue.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table the writer fills, as one list of columns from which every statement and row is generated: the COPY target,
 * the {@code INSERT ... SELECT FROM unnest(...)} and the text values of a row. Each value is a string in PostgreSQL's
 * text input form for its column's type, so the same row goes through COPY and through a {@code text[]} parameter.
 *
 * @param name    the table
 * @param idName  the leading id column the caller supplies ({@code id}, {@code document_id}), not in {@code columns}
 * @param <T>     what one row is made from
 */
public record Table<T>(String name, String idName, List<Column<T>> columns) {

    /** A column: its name, the type its text value is cast to in an unnest insert (null: text), and its value. */
    public record Column<T>(String name, String cast, Function<T, String> value) {
    }

    public static <T> Column<T> text(String name, Function<T, String> value) {
        return new Column<>(name, null, value);
    }

    public static <T> Column<T> typed(String name, String cast, Function<T, String> value) {
        return new Column<>(name, cast, value);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The text values of one row, in column order (without the id). */
    public String[] row(T source) {
        String[] out = new String[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).value().apply(source);
        }
        return out;
    }

    /** {@code name (id, c1, c2, ...)}: what {@code COPY ... FROM STDIN} fills, id first. */
    public String copyTarget() {
        return name + " (" + idName + ", " + String.join(", ", names()) + ")";
    }

    /** Inserts rows given column-wise: an {@code int8[]} of ids, then one {@code text[]} per column. */
    public String insertWithIds() {
        return "INSERT INTO " + name + " (" + idName + ", " + String.join(", ", names()) + ")\nSELECT s." + idName
                + ", " + selectList() + "\nFROM unnest(?::bigint[], " + arrayParams() + ")\n     AS s(" + idName
                + ", " + String.join(", ", names()) + ")";
    }

    /** As {@link #insertWithIds} without the id column: the database draws it (identity). */
    public String insertWithoutIds(String alias) {
        return "INSERT INTO " + name + " AS " + alias + " (" + String.join(", ", names()) + ")\nSELECT "
                + selectList() + "\nFROM unnest(" + arrayParams() + ")\n     AS s(" + String.join(", ", names()) + ")";
    }

    /** {@code c = EXCLUDED.c} for every column but {@code except}. */
    public String setExcluded(String except) {
        return columns.stream().map(Column::name).filter(n -> !n.equals(except))
                .map(n -> n + " = EXCLUDED." + n).collect(Collectors.joining(", "));
    }

    private String selectList() {
        List<String> out = new ArrayList<>();
        for (Column<T> c : columns) {
            out.add("s." + c.name() + (c.cast() == null ? "" : "::" + c.cast()));
        }
        return String.join(", ", out);
    }

    private String arrayParams() {
        return columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", "));
    }
}
