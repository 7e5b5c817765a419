package org.unsymbol.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UN-style citation data as CSL-JSON (a map for the JSON writer), BibTeX and RIS. */
public final class CitationFormats {

    private static final String PUBLISHER = "United Nations";

    private CitationFormats() {
    }

    public static Map<String, Object> cslJson(CitationData c) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", c.symbol());
        csl.put("type", c.legislative() ? "legislation" : "report");
        if (c.title() != null) {
            csl.put("title", c.title());
        }
        csl.put("number", c.symbol());
        csl.put("author", List.of(Map.of("literal", c.body() != null ? c.body() : PUBLISHER)));
        csl.put("publisher", PUBLISHER);
        List<Integer> dateParts = dateParts(c.date());
        if (!dateParts.isEmpty()) {
            csl.put("issued", Map.of("date-parts", List.of(dateParts)));
        }
        if (c.language() != null) {
            csl.put("language", c.language());
        }
        if (c.url() != null) {
            csl.put("URL", c.url());
        }
        return csl;
    }

    public static String bibtex(CitationData c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.legislative() ? "@misc{" : "@techreport{").append(c.symbol().replaceAll("[^A-Za-z0-9]+", "_"))
                .append(",\n");
        field(sb, "title", c.title());
        field(sb, c.legislative() ? "organization" : "institution", c.body() != null ? c.body() : PUBLISHER);
        field(sb, "publisher", PUBLISHER);
        field(sb, "number", c.symbol());
        List<Integer> parts = dateParts(c.date());
        if (!parts.isEmpty()) {
            field(sb, "year", String.valueOf(parts.get(0)));
        }
        if (parts.size() > 1) {
            field(sb, "month", String.valueOf(parts.get(1)));
        }
        field(sb, "language", c.language());
        field(sb, "url", c.url());
        field(sb, "note", "UN document symbol " + c.symbol());
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    public static String ris(CitationData c) {
        StringBuilder sb = new StringBuilder();
        tag(sb, "TY", c.legislative() ? "LEGAL" : "GOVDOC");
        tag(sb, "TI", c.title());
        tag(sb, "AU", c.body() != null ? c.body() : PUBLISHER);
        tag(sb, "PB", PUBLISHER);
        List<Integer> parts = dateParts(c.date());
        if (!parts.isEmpty()) {
            tag(sb, "PY", String.valueOf(parts.get(0)));
            tag(sb, "DA", c.date().replace('-', '/'));
        }
        tag(sb, "M1", c.symbol());
        tag(sb, "LA", c.language());
        tag(sb, "UR", c.url());
        return sb.append("ER  - \n").toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append("  ").append(name).append(" = {").append(bibtexEscape(value)).append("},\n");
        }
    }

    /** Braces must balance inside a field and LaTeX specials must not act; control characters go. */
    static String bibtexEscape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '{', '}', '%', '&', '$', '#', '_' -> sb.append('\\').append(ch);
                case '\\' -> sb.append("\\textbackslash{}");
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return sb.toString();
    }

    private static void tag(StringBuilder sb, String tag, String value) {
        if (value != null && !value.isBlank()) {
            // one tag per line: a line break inside a value would start a forged tag
            sb.append(tag).append("  - ").append(value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip())
                    .append('\n');
        }
    }

    static List<Integer> dateParts(String date) {
        List<Integer> parts = new ArrayList<>(3);
        if (date == null) {
            return parts;
        }
        for (String p : date.split("-")) {
            try {
                parts.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                break;
            }
        }
        return parts;
    }
}
