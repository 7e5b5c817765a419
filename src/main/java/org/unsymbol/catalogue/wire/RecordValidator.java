package org.unsymbol.catalogue.wire;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.unsymbol.catalogue.wire.DocumentJson.AgendaItemJson;
import org.unsymbol.catalogue.wire.DocumentJson.FileJson;
import org.unsymbol.catalogue.wire.DocumentJson.RelatedJson;
import org.unsymbol.catalogue.wire.DocumentJson.VersionJson;
import org.unsymbol.catalogue.model.AgendaItem;
import org.unsymbol.catalogue.model.CatalogueRecord;
import org.unsymbol.catalogue.model.Distribution;
import org.unsymbol.catalogue.model.FileRef;
import org.unsymbol.catalogue.model.IssueDate;
import org.unsymbol.catalogue.model.JobNumber;
import org.unsymbol.lang.Language;
import org.unsymbol.catalogue.model.LanguageVersion;
import org.unsymbol.catalogue.model.Relation;
import org.unsymbol.catalogue.model.RecordViolation;
import org.unsymbol.catalogue.model.RelationType;
import org.unsymbol.platform.input.StorableText;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolKind;
import org.unsymbol.symbol.SymbolParser;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a wire document into a {@link CatalogueRecord}: parses every symbol with the grammar, normalizes codes and
 * dates, and collects every violation at once so a client fixes a record in one round. What is wrong comes back as a
 * {@link RecordViolation} value ({@link #check}); {@link RecordProblems} makes it the API's problem.
 */
@Singleton
public final class RecordValidator {

    static final int MAX_TEXT = 4000;
    static final int MAX_LIST = 200;
    private static final Set<String> FORMATS = Set.of("pdf", "doc", "docx", "wpf");

    private final CatalogueSymbols symbols;

    /** @param parser the grammar every symbol of a record is read with (the injected one; a test may fix its clock) */
    @Inject
    public RecordValidator(SymbolParser parser) {
        this.symbols = new CatalogueSymbols(parser);
    }

    /** A record, or why there is none: exactly one of the two is set. */
    public record Checked(CatalogueRecord record, RecordViolation violation) {
    }

    /**
     * @param json         the document as sent
     * @param pathSymbol   the symbol of the URL it was sent to, or null for an import line (then {@code symbol} is
     *                     required)
     */
    public Checked check(DocumentJson json, String pathSymbol) {
        try {
            return new Checked(checked(json, pathSymbol), null);
        } catch (Refused r) {
            return new Checked(null, r.violation);
        }
    }

    /** As {@link #check}, for a single write: the violation is thrown as its problem. */
    public CatalogueRecord validate(DocumentJson json, String pathSymbol) {
        Checked checked = check(json, pathSymbol);
        if (checked.violation() != null) {
            throw RecordProblems.of(checked.violation());
        }
        return checked.record();
    }

    /** Ends the check early with a violation that stops it (no symbol, an unstorable character). Internal only. */
    private static final class Refused extends RuntimeException {
        final transient RecordViolation violation;

        Refused(RecordViolation violation) {
            super(null, null, false, false);
            this.violation = violation;
        }
    }

    private CatalogueRecord checked(DocumentJson json, String pathSymbol) {
        if (json == null) {
            throw new Refused(new RecordViolation.NotAnObject());
        }
        requireStorable(json);
        Violations v = new Violations();
        DocumentSymbol symbol = primarySymbol(json, pathSymbol, v);

        String kind = kind(json.kind(), symbol, v);
        Distribution distribution = optional(json.distribution(), Distribution::parse, "distribution",
                "one of GENERAL, LIMITED, RESTRICTED, DERESTRICTED, GENERAL_NOT_FOR_DEPOSIT, PARTICIPANTS_ONLY, "
                        + "PROVISIONAL or a Digital Library code (GEN, LTD, RES, DER, GER, PAR, PRO)", v);
        IssueDate date = optional(json.date(), IssueDate::parse, "date", "a date as YYYY, YYYY-MM or YYYY-MM-DD", v);
        Language original = optional(json.originalLanguage(), Language::of, "originalLanguage",
                "a language code: ar, zh, en, fr, ru, es or de", v);
        String body = text(json.body(), "body", 1000, v);
        String session = text(json.session(), "session", 500, v);

        List<AgendaItem> agenda = agendaItems(json.agendaItems(), v);
        List<String> subjects = subjects(json.subjects(), v);
        List<DocumentSymbol> aliases = aliases(json.aliases(), symbol, v);
        Map<Language, LanguageVersion> versions = versions(json.versions(), v);
        List<Relation> related = related(json.related(), symbol, v);

        v.throwIfAny();
        CatalogueRecord unhashed = new CatalogueRecord(symbol, kind, distribution, date, original, body, session,
                agenda, subjects, aliases, versions, related, null);
        return withHash(unhashed);
    }

    /**
     * Every string of the document, member names included, must be storable as PostgreSQL text (no U+0000, no
     * unpaired surrogate): checked here, where every write (PUT, PATCH, NDJSON, CSV, MARC) passes, so that such a
     * value is a 400 naming its field and not a 500 from the database.
     */
    private static void requireStorable(DocumentJson d) {
        storable("/symbol", d.symbol());
        storable("/kind", d.kind());
        storable("/distribution", d.distribution());
        storable("/date", d.date());
        storable("/originalLanguage", d.originalLanguage());
        storable("/body", d.body());
        storable("/session", d.session());
        storableAll("/subjects", d.subjects());
        storableAll("/aliases", d.aliases());
        if (d.agendaItems() != null) {
            for (int i = 0; i < d.agendaItems().size(); i++) {
                AgendaItemJson a = d.agendaItems().get(i);
                if (a != null) {
                    storable("/agendaItems/" + i + "/agenda", a.agenda());
                    storable("/agendaItems/" + i + "/item", a.item());
                    storable("/agendaItems/" + i + "/title", a.title());
                }
            }
        }
        if (d.related() != null) {
            for (int i = 0; i < d.related().size(); i++) {
                RelatedJson r = d.related().get(i);
                if (r != null) {
                    storable("/related/" + i + "/symbol", r.symbol());
                    storable("/related/" + i + "/relation", r.relation());
                }
            }
        }
        if (d.versions() != null) {
            for (Map.Entry<String, VersionJson> e : d.versions().entrySet()) {
                String at = "/versions/" + e.getKey();
                storable("/versions", e.getKey());
                VersionJson ver = e.getValue();
                if (ver == null) {
                    continue;
                }
                storable(at + "/title", ver.title());
                storable(at + "/jobNumber", ver.jobNumber());
                storable(at + "/jobNumberPrinted", ver.jobNumberPrinted());
                storable(at + "/released", ver.released());
                if (ver.files() != null) {
                    for (int i = 0; i < ver.files().size(); i++) {
                        FileJson f = ver.files().get(i);
                        if (f != null) {
                            storable(at + "/files/" + i + "/format", f.format());
                            storable(at + "/files/" + i + "/url", f.url());
                        }
                    }
                }
            }
        }
    }

    private static void storableAll(String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                storable(field + "/" + i, values.get(i));
            }
        }
    }

    private static void storable(String field, String value) {
        int at = StorableText.firstUnstorable(value);
        if (at >= 0) {
            throw new Refused(new RecordViolation.UnstorableCharacter(field, StorableText.describe(value, at)));
        }
    }

    private static CatalogueRecord withHash(CatalogueRecord r) {
        return new CatalogueRecord(r.symbol(), r.kind(), r.distribution(), r.date(), r.originalLanguage(), r.body(),
                r.session(), r.agendaItems(), r.subjects(), r.aliases(), r.versions(), r.related(),
                ContentHash.of(RecordJson.content(r)));
    }

    private DocumentSymbol primarySymbol(DocumentJson json, String pathSymbol, Violations v) {
        String given = json.symbol();
        if (pathSymbol == null && (given == null || given.isBlank())) {
            throw new Refused(new RecordViolation.NoSymbol());
        }
        ParseResult parse = symbols.parse(pathSymbol != null ? pathSymbol : given);
        if (!CatalogueSymbols.cataloguable(parse)) {
            throw new Refused(new RecordViolation.UncataloguableSymbol(parse));
        }
        DocumentSymbol symbol = parse.symbol().orElseThrow();
        if (pathSymbol != null && given != null && !given.isBlank()) {
            Optional<String> bodyKey = symbols.keyOf(given);
            if (bodyKey.isEmpty() || !bodyKey.get().equals(symbol.key())) {
                v.add("symbol", "'" + given + "' is not the symbol of the URL (" + symbol.canonical() + ")");
            }
        }
        return symbol;
    }

    private static String kind(String given, DocumentSymbol symbol, Violations v) {
        if (given == null || given.isBlank()) {
            return symbol.kind().wireName();
        }
        String wanted = given.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (SymbolKind k : SymbolKind.values()) {
            if (k.wireName().equals(wanted)) {
                return wanted;
            }
        }
        v.add("kind", "unknown kind '" + given + "'; one of " + kindNames());
        return null;
    }

    public static List<String> kindNames() {
        return java.util.Arrays.stream(SymbolKind.values()).map(SymbolKind::wireName).toList();
    }

    private List<AgendaItem> agendaItems(List<AgendaItemJson> items, Violations v) {
        List<AgendaItem> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        v.size("agendaItems", items, 50);
        for (int i = 0; i < items.size(); i++) {
            AgendaItemJson a = items.get(i);
            String field = "agendaItems/" + i;
            if (a == null) {
                v.add(field, "null item");
                continue;
            }
            String agenda = blankToNull(a.agenda());
            if (agenda != null) {
                ParseResult parsed = symbols.parse(agenda);
                agenda = parsed.wellFormed() ? parsed.symbol().map(DocumentSymbol::canonical).orElse(agenda) : agenda;
            }
            String item = text(a.item(), field + "/item", 50, v);
            String title = text(a.title(), field + "/title", MAX_TEXT, v);
            if (agenda == null && item == null && title == null) {
                v.add(field, "an agenda item needs an agenda, an item number or a title");
            }
            out.add(new AgendaItem(agenda, item, title));
        }
        return out;
    }

    private static List<String> subjects(List<String> subjects, Violations v) {
        if (subjects == null) {
            return List.of();
        }
        v.size("subjects", subjects, MAX_LIST);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < subjects.size(); i++) {
            String s = text(subjects.get(i), "subjects/" + i, 500, v);
            if (s != null) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private List<DocumentSymbol> aliases(List<String> aliases, DocumentSymbol primary, Violations v) {
        Map<String, DocumentSymbol> out = new LinkedHashMap<>();
        if (aliases == null) {
            return List.of();
        }
        v.size("aliases", aliases, 50);
        Set<String> own = new java.util.HashSet<>();
        own.add(primary.key());
        primary.singles().forEach(s -> own.add(s.key()));
        for (int i = 0; i < aliases.size(); i++) {
            ParseResult parsed = symbols.parse(aliases.get(i));
            if (!parsed.wellFormed() || parsed.symbol().isEmpty()) {
                v.add("aliases/" + i, "'" + aliases.get(i) + "' is not a document symbol");
                continue;
            }
            DocumentSymbol alias = parsed.symbol().get();
            if (!own.contains(alias.key())) {
                out.putIfAbsent(alias.key(), alias);
            }
        }
        // a set: kept in key order so that the same aliases in any order hash the same
        return out.values().stream().sorted(java.util.Comparator.comparing(DocumentSymbol::key)).toList();
    }

    private static Map<Language, LanguageVersion> versions(Map<String, VersionJson> versions, Violations v) {
        Map<Language, LanguageVersion> out = new EnumMap<>(Language.class);
        if (versions == null) {
            return out;
        }
        versions.forEach((code, version) -> {
            String field = "versions/" + code;
            Optional<Language> language = Language.of(code);
            if (language.isEmpty()) {
                v.add(field, "unknown language '" + code + "'; one of ar, zh, en, fr, ru, es, de");
                return;
            }
            VersionJson ver = version == null ? new VersionJson(null, null, null, null, null) : version;
            String title = text(ver.title(), field + "/title", MAX_TEXT, v);
            JobNumber job = optional(ver.jobNumber(), JobNumber::parse, field + "/jobNumber",
                    "a job number as N2422345 or 24-22345", v);
            LocalDate released = null;
            if (ver.released() != null && !ver.released().isBlank()) {
                try {
                    released = LocalDate.parse(ver.released().strip());
                } catch (DateTimeParseException e) {
                    v.add(field + "/released", "a date as YYYY-MM-DD");
                }
            }
            out.put(language.get(), new LanguageVersion(language.get(), title, job, released,
                    files(ver.files(), field + "/files", v)));
        });
        return out;
    }

    private static List<FileRef> files(List<FileJson> files, String field, Violations v) {
        List<FileRef> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        v.size(field, files, 20);
        for (int i = 0; i < files.size(); i++) {
            FileJson f = files.get(i);
            String at = field + "/" + i;
            if (f == null || f.url() == null || f.url().isBlank()) {
                v.add(at + "/url", "required");
                continue;
            }
            String url = f.url().strip();
            if (!isWebUrl(url)) {
                v.add(at + "/url", "an absolute http or https URL");
                continue;
            }
            String format = f.format() != null && !f.format().isBlank()
                    ? f.format().strip().toLowerCase(Locale.ROOT) : formatOf(url);
            if (format == null || !FORMATS.contains(format)) {
                v.add(at + "/format", "one of pdf, doc, docx, wpf");
                continue;
            }
            if (f.size() != null && f.size() < 0) {
                v.add(at + "/size", "a size in bytes, not negative");
                continue;
            }
            out.add(new FileRef(format, url, f.size()));
        }
        return out;
    }

    /** The format a file URL announces: {@code .../A_78_265-EN.pdf} is pdf. */
    public static String formatOf(String url) {
        String path = url;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot > slash && dot >= 0) {
            String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
            return FORMATS.contains(ext) ? ext : null;
        }
        return url.contains("t=pdf") ? "pdf" : null;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = URI.create(url.replace(" ", "%20"));
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<Relation> related(List<RelatedJson> related, DocumentSymbol self, Violations v) {
        Map<String, Relation> out = new LinkedHashMap<>();
        if (related == null) {
            return List.of();
        }
        v.size("related", related, MAX_LIST);
        for (int i = 0; i < related.size(); i++) {
            RelatedJson r = related.get(i);
            String field = "related/" + i;
            if (r == null) {
                v.add(field, "null relation");
                continue;
            }
            ParseResult parsed = symbols.parse(r.symbol());
            Optional<RelationType> type = r.relation() == null ? Optional.of(RelationType.RELATED)
                    : RelationType.parse(r.relation());
            if (!parsed.wellFormed() || parsed.symbol().isEmpty()) {
                v.add(field + "/symbol", "'" + r.symbol() + "' is not a document symbol");
            } else if (type.isEmpty()) {
                v.add(field + "/relation", "one of " + java.util.Arrays.stream(RelationType.values())
                        .map(RelationType::wire).toList());
            } else if (parsed.symbol().get().key().equals(self.key())) {
                v.add(field + "/symbol", "a document cannot relate to itself");
            } else {
                DocumentSymbol target = parsed.symbol().get();
                out.putIfAbsent(type.get().wire() + " " + target.key(),
                        new Relation(type.get(), target.canonical(), target.key()));
            }
        }
        // a set, in a canonical order (see aliases)
        return out.values().stream().sorted(java.util.Comparator.comparing(Relation::type)
                .thenComparing(Relation::key)).toList();
    }

    private static <T> T optional(String value, java.util.function.Function<String, Optional<T>> parser,
                                  String field, String expected, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            v.add(field, "'" + value + "' is not " + expected);
            return null;
        }
        return parsed.get();
    }

    private static String text(String value, String field, int max, Violations v) {
        String t = blankToNull(value);
        if (t != null && t.length() > max) {
            v.add(field, "longer than " + max + " characters");
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects field-level violations in input order. */
    private static final class Violations {
        private final List<RecordViolation.FieldViolation> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new RecordViolation.FieldViolation(field, message));
        }

        void size(String field, List<?> values, int max) {
            if (values.size() > max) {
                add(field, "more than " + max + " entries");
            }
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new Refused(new RecordViolation.InvalidFields(list));
            }
        }
    }
}
