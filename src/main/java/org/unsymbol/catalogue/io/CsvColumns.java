package org.unsymbol.catalogue.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import com.fasterxml.jackson.core.type.TypeReference;
import org.unsymbol.catalogue.wire.CatalogueJson;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.wire.DocumentJson.FileJson;
import org.unsymbol.catalogue.wire.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.wire.DocumentJson.VersionJson;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CSV form of the catalogue, shared by import and export so that an export re-imports unchanged. One row per
 * document, a header row first; only {@code symbol} is required and columns may come in any order.
 *
 * <ul>
 *   <li>{@code symbol, kind, distribution, date, originalLanguage, body, session}: as in the JSON wire format;</li>
 *   <li>{@code subjects}, {@code aliases}: values separated by {@code |}; a {@code |} or {@code \\} inside a value
 *       is written {@code \\|} or {@code \\\\};</li>
 *   <li>{@code agendaItems}, {@code related}: the JSON arrays of the wire format;</li>
 *   <li>per language {@code xx} of ar zh en fr ru es de: {@code title_xx}, {@code jobNumber_xx},
 *       {@code released_xx}, and {@code files_xx} (the JSON array of the wire format). A language with all four
 *       cells empty has no version.</li>
 * </ul>
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with {@code = + - @}, a tab or a
 * carriage return. Every such cell is written with a single quote before it, which spreadsheets show as text, and
 * every cell is quoted ({@link #FORMAT}). So that this is reversible, a cell that really starts with a single quote
 * gets one more; reading takes exactly one leading quote off any cell that has one. An export therefore imports back
 * to the same record, and a hand-written CSV whose cell must begin with {@code '} doubles it.
 */
public final class CsvColumns {

    public static final List<String> DOCUMENT = List.of("symbol", "kind", "distribution", "date", "originalLanguage",
            "body", "session", "subjects", "aliases", "agendaItems", "related");
    public static final List<String> PER_LANGUAGE = List.of("title", "jobNumber", "released", "files");
    public static final List<String> ALL = all();

    /** The CSV dialect of exports: RFC 4180 with every non-null cell quoted. Imports read any RFC 4180 quoting. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private static final char SEPARATOR = '|';
    private static final char ESCAPE = '\\';
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final TypeReference<List<AgendaItemJson>> AGENDA = new TypeReference<>() { };
    private static final TypeReference<List<RelatedJson>> RELATED = new TypeReference<>() { };
    private static final TypeReference<List<FileJson>> FILES = new TypeReference<>() { };

    private CsvColumns() {
    }

    private static List<String> all() {
        List<String> out = new ArrayList<>(DOCUMENT);
        for (Language l : Language.values()) {
            for (String c : PER_LANGUAGE) {
                out.add(c + "_" + l.code());
            }
        }
        return List.copyOf(out);
    }

    /** The cells of one document, in {@link #ALL} order, each neutralised against formula injection. */
    public static List<String> row(DocumentJson d) {
        List<String> cells = rawRow(d);
        cells.replaceAll(CsvColumns::neutralise);
        return cells;
    }

    /** A cell as written: one single quote before a value a spreadsheet would run, or that starts with a quote. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '\'' || FORMULA_STARTS.indexOf(first) >= 0 ? "'" + value : value;
    }

    /** The value of a cell as read: {@link #neutralise} undone (one leading single quote taken off). */
    static String restore(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static List<String> rawRow(DocumentJson d) {
        List<String> cells = new ArrayList<>(ALL.size());
        cells.addAll(Arrays.asList(d.symbol(), d.kind(), d.distribution(), d.date(), d.originalLanguage(), d.body(),
                d.session(), join(d.subjects()), join(d.aliases()), json(d.agendaItems()), json(d.related())));
        for (Language l : Language.values()) {
            VersionJson v = d.versions() == null ? null : d.versions().get(l.code());
            if (v == null) {
                cells.addAll(Arrays.asList(null, null, null, null));
            } else {
                cells.addAll(Arrays.asList(v.title(), v.jobNumber(), v.released(), json(v.files())));
            }
        }
        return cells;
    }

    /** A document from a row; {@code cell} gives a column's value (null or empty when absent). */
    public static DocumentJson document(Function<String, String> raw) {
        Function<String, String> cell = raw.andThen(CsvColumns::restore);
        Map<String, VersionJson> versions = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            String title = cell.apply("title_" + l.code());
            String job = cell.apply("jobNumber_" + l.code());
            String released = cell.apply("released_" + l.code());
            String files = cell.apply("files_" + l.code());
            if (empty(title) && empty(job) && empty(released) && empty(files)) {
                continue;
            }
            versions.put(l.code(), new VersionJson(blank(title), blank(job), null, blank(released),
                    parse(files, FILES, "files_" + l.code())));
        }
        return DocumentJson.input(blank(cell.apply("symbol")), blank(cell.apply("kind")),
                blank(cell.apply("distribution")), blank(cell.apply("date")), blank(cell.apply("originalLanguage")),
                blank(cell.apply("body")), blank(cell.apply("session")),
                parse(cell.apply("agendaItems"), AGENDA, "agendaItems"), split(cell.apply("subjects")),
                split(cell.apply("aliases")), versions, parse(cell.apply("related"), RELATED, "related"));
    }

    /** Refuses a header that names a column this format does not have (a typo must not drop data silently). */
    public static void checkHeader(List<String> header) {
        List<String> unknown = header.stream().filter(h -> !ALL.contains(h)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "Unknown CSV column(s): "
                    + String.join(", ", unknown) + ". The columns are: " + String.join(", ", ALL) + ".")
                    .with("violations", unknown.stream().map(u -> Map.of("field", u, "message", "unknown column"))
                            .toList());
        }
        if (!header.contains("symbol")) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "The CSV header has no 'symbol' column.")
                    .with("violations", List.of(Map.of("field", "symbol", "message", "required column")));
        }
    }

    /** Values joined with {@code |}, each {@code |} and {@code \\} inside a value escaped with {@code \\}. */
    static String join(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String value : values) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == SEPARATOR || c == ESCAPE) {
                    sb.append(ESCAPE);
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The values of a {@link #join}ed cell: split at each unescaped {@code |}, escapes undone, blanks dropped. */
    static List<String> split(String cell) {
        if (empty(cell)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ESCAPE && i + 1 < cell.length()) {
                value.append(cell.charAt(++i));
            } else if (c == SEPARATOR) {
                out.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        out.add(value.toString());
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String json(List<?> values) {
        return values == null || values.isEmpty() ? null : CatalogueJson.write(values);
    }

    private static <T> T parse(String cell, TypeReference<T> type, String column) {
        if (empty(cell)) {
            return null;
        }
        try {
            return CatalogueJson.MAPPER.readValue(cell, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "Column '" + column
                    + "' is not the JSON array of the wire format.")
                    .with("violations", List.of(Map.of("field", column, "message", "not a JSON array")));
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String blank(String s) {
        return empty(s) ? null : s;
    }
}
