package org.unsymbol.catalogue.store;

import java.util.List;

/** PostgreSQL's COPY text format: tab-separated columns, {@code \N} for null, backslash escapes. */
public final class CopyText {

    private CopyText() {
    }

    /** Appends one row: {@code first} (an id) and then {@code values}. */
    public static void row(StringBuilder out, long first, String[] values) {
        out.append(first);
        for (String v : values) {
            out.append('\t');
            if (v == null) {
                out.append("\\N");
            } else {
                escape(out, v);
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    /** A {@code text[]} literal: {@code {"a","b"}}. */
    public static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }
}
