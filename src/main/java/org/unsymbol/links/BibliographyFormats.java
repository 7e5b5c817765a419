package org.unsymbol.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UN-style citation data as CSL-JSON (a map for the JSON writer), BibTeX and RIS. Every UN document, resolutions
 * included, is a report of its issuing body published by the United Nations, as APA and Chicago cite them: CSL type
 * {@code report} (a {@code legislation} item renders as a statute, "Pub. L. No. A/RES/75/240"), BibTeX
 * {@code @techreport}, RIS {@code GOVDOC}; a resolution or decision says so in the genre.
 */
public final class BibliographyFormats {

    private static final String PUBLISHER = "United Nations";

    private BibliographyFormats() {
    }

    public static Map<String, Object> cslJson(BibliographicData c) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", c.symbol());
        csl.put("type", "report");
        if (c.genre() != null) {
            csl.put("genre", c.genre());
        }
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

    public static String bibtex(BibliographicData c) {
        StringBuilder sb = new StringBuilder();
        sb.append("@techreport{").append(c.symbol().replaceAll("[^A-Za-z0-9]+", "_")).append(",\n");
        field(sb, "title", c.title());
        field(sb, "institution", c.body() != null ? c.body() : PUBLISHER);
        field(sb, "publisher", PUBLISHER);
        field(sb, "type", c.genre());
        field(sb, "number", c.symbol());
        List<Integer> parts = dateParts(c.date());
        if (!parts.isEmpty()) {
            field(sb, "year", String.valueOf(parts.get(0)));
        }
        if (parts.size() > 1) {
            field(sb, "month", String.valueOf(parts.get(1)));
        }
        field(sb, "language", c.language());
        if (c.url() != null && !c.url().isBlank()) {
            sb.append("  url = {").append(bibtexUrl(c.url())).append("},\n");
        }
        field(sb, "note", "UN document symbol " + c.symbol());
        sb.setLength(sb.length() - 2);
        return sb.append("\n}\n").toString();
    }

    public static String ris(BibliographicData c) {
        StringBuilder sb = new StringBuilder();
        tag(sb, "TY", "GOVDOC");
        tag(sb, "TI", c.title());
        tag(sb, "AU", c.body() != null ? c.body() : PUBLISHER);
        tag(sb, "PB", PUBLISHER);
        List<Integer> parts = dateParts(c.date());
        if (!parts.isEmpty()) {
            tag(sb, "PY", String.valueOf(parts.get(0)));
            tag(sb, "DA", c.date().replace('-', '/'));
        }
        tag(sb, "M1", c.symbol());
        tag(sb, "M3", c.genre());
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

    /**
     * A url field is read verbatim (biblatex, the url package): TeX escapes there would end up in the link, so the
     * URL goes as it is. Only what could break the field or the link is percent-encoded, which leaves the URL the
     * same: braces (BibTeX counts them to find the field's end), backslash, whitespace and control characters.
     */
    static String bibtexUrl(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (char ch : url.toCharArray()) {
            if (ch == '{' || ch == '}' || ch == '\\' || ch <= ' ' || ch == 0x7f) {
                sb.append('%').append(String.format("%02X", (int) ch));
            } else {
                sb.append(ch);
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
