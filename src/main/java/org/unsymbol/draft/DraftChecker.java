package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.Extraction;
import org.unsymbol.extract.Pinpoints;
import org.unsymbol.extract.ProseSymbols;
import org.unsymbol.extract.Reference;
import org.unsymbol.extract.ReferenceExtractor;
import org.unsymbol.extract.ReferenceForm;
import org.unsymbol.extract.ReferenceStatus;
import org.unsymbol.extract.ShortForms;
import org.unsymbol.extract.TextLayout;
import org.unsymbol.lang.Language;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.resolve.CatalogueView;
import org.unsymbol.resolve.Resolver;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;
import org.unsymbol.symbol.Severity;
import org.unsymbol.symbol.SymbolKind;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the references of a draft's text: the extractor finds them, the catalogue is asked about all distinct
 * symbols at once, and each reference gets its status, link and notes.
 */
@ApplicationScoped
public class DraftChecker {

    private final ReferenceExtractor extractor;
    private final SymbolParser parser;
    private final Resolver resolver;
    private final DraftLinks links;
    private final int maxReferences;

    public DraftChecker(SymbolParser parser, Resolver resolver, DraftLinks links, DraftsConfig config) {
        this.extractor = new ReferenceExtractor(parser);
        this.parser = parser;
        this.resolver = resolver;
        this.links = links;
        this.maxReferences = config.maxReferences();
    }

    /**
     * The outcome of one check: the wire report plus what linkify and citation recording need: the references the
     * extractor found (short forms are not among them) and their views, index for index.
     */
    public record Checked(DraftReport report, List<Reference> references, List<DraftReference> referenceViews,
                          long extractNanos, long catalogueNanos) {

        /** This outcome with more warnings on some references (by index), counts unchanged. */
        Checked withWarnings(Map<Integer, List<FindingView>> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<DraftReference> views = new ArrayList<>(report.references());
            List<DraftReference> byIndex = new ArrayList<>(referenceViews);
            // where each view sits in the report (short forms interleave): by identity, not a search per warning
            Map<DraftReference, Integer> atInReport = new java.util.IdentityHashMap<>(views.size() * 2);
            for (int k = views.size() - 1; k >= 0; k--) {
                atInReport.put(views.get(k), k); // the first place, as indexOf would give
            }
            more.forEach((i, w) -> {
                DraftReference old = byIndex.get(i);
                DraftReference warned = old.withWarnings(w);
                byIndex.set(i, warned);
                Integer at = atInReport.get(old);
                if (at != null) {
                    views.set(at, warned);
                }
            });
            return new Checked(new DraftReport(report.summary(), report.distinct(), report.language(),
                    List.copyOf(views), report.truncated()), references, List.copyOf(byIndex), extractNanos,
                    catalogueNanos);
        }

        /** The links to insert: one per linkable reference that has a link. */
        public List<Annotator.Link> links() {
            List<Annotator.Link> links = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                Reference r = references.get(i);
                String link = referenceViews.get(i).link();
                if (r.linkable() && link != null) {
                    links.add(new Annotator.Link(r.start(), r.end(), link));
                }
            }
            return links;
        }
    }

    /** Checks a text read as Markdown, with English messages. */
    public Checked check(String text, Optional<Language> lang, LinkTarget target) {
        return check(text, TextLayout.Markup.MARKDOWN, null, lang, target, DraftMessages.of(Language.EN));
    }

    /**
     * @param markup     how the text marks headings and paragraphs (for {@code section} and {@code paragraph})
     * @param pageStarts for a PDF, where each page's text begins; else null
     * @param messages   the language of every message of the report
     */
    public Checked check(String text, TextLayout.Markup markup, int[] pageStarts, Optional<Language> lang,
                         LinkTarget target, DraftMessages messages) {
        long t0 = System.nanoTime();
        Extraction extraction = extractor.extract(text, lang.orElse(null));
        List<Reference> found = extraction.references();
        List<Reference> all = ProseSymbols.merge(found, ProseSymbols.find(text, found, parser));
        List<Reference> kept = all.size() > maxReferences ? all.subList(0, maxReferences) : all;
        DraftReport.Truncation truncated = all.size() > maxReferences
                ? new DraftReport.Truncation(maxReferences, all.get(maxReferences).start()) : null;
        List<List<Pinpoints.Pinpoint>> pinpoints = Pinpoints.find(text, kept);
        TextLayout layout = TextLayout.of(text, markup, pageStarts);
        List<ShortForms.ShortForm> shortForms = ShortForms.find(text, kept, layout); // its line breaks, found once
        long t1 = System.nanoTime();

        Set<String> keys = new HashSet<>();
        for (Reference r : kept) {
            if (r.status() == ReferenceStatus.VALID) {
                keys.add(r.key());
            }
        }
        Map<String, Optional<CatalogueView>> entries = keys.isEmpty() ? Map.of() : resolver.entries(keys);
        long t2 = System.nanoTime();

        Optional<Language> language = extraction.language();
        List<DraftReference> views = new ArrayList<>(kept.size());
        List<Boolean> missing = new ArrayList<>(kept.size());
        Map<String, Integer> firstOfSymbol = new LinkedHashMap<>();
        Map<String, Optional<String>> linkOfKey = new HashMap<>(); // the same symbol's link is built once
        Map<CatalogueView, Catalogued> catalogued = new java.util.IdentityHashMap<>(); // and its title, languages
        for (int i = 0; i < kept.size(); i++) {
            Reference r = kept.get(i);
            Optional<CatalogueView> entry = entries.getOrDefault(r.key(), Optional.empty());
            boolean languageMissing = entry.isPresent() && languageMissing(entry.get(), language);
            String link = r.status() != ReferenceStatus.VALID || r.parsed().isEmpty() ? null
                    : linkOfKey.computeIfAbsent(r.key(), k -> Optional.ofNullable(
                            links.link(r.parsed().get(), language, entry, target))).orElse(null);
            Catalogued about = entry.isEmpty() ? null
                    : catalogued.computeIfAbsent(entry.get(), e -> Catalogued.of(e, language));
            views.add(view(text, r, about, entry.isPresent(), language, link, languageMissing,
                    layout.where(r.start(), r.end()), pinpoints.get(i), messages));
            missing.add(languageMissing);
            firstOfSymbol.putIfAbsent(r.symbol(), views.size() - 1);
        }
        List<DraftReference> distinctViews = new ArrayList<>(firstOfSymbol.size());
        List<Boolean> distinctMissing = new ArrayList<>(firstOfSymbol.size());
        for (int index : firstOfSymbol.values()) {
            distinctViews.add(views.get(index));
            distinctMissing.add(missing.get(index));
        }
        List<DraftReference> allViews = views;
        List<Boolean> allMissing = missing;
        if (!shortForms.isEmpty()) {
            allViews = new ArrayList<>(views.size() + shortForms.size());
            allMissing = new ArrayList<>(views.size() + shortForms.size());
            int k = 0;
            for (ShortForms.ShortForm s : shortForms) {
                while (k < views.size() && views.get(k).start() <= s.start()) {
                    allViews.add(views.get(k));
                    allMissing.add(missing.get(k++));
                }
                allViews.add(shortView(text, s, kept, views, layout, messages));
                allMissing.add(!s.ambiguous() && missing.get(s.antecedent()));
            }
            while (k < views.size()) {
                allViews.add(views.get(k));
                allMissing.add(missing.get(k++));
            }
        }
        DraftReport report = new DraftReport(DraftSummary.of(allViews, allMissing),
                DraftSummary.of(distinctViews, distinctMissing), language.map(Language::code).orElse(null),
                List.copyOf(allViews), truncated);
        return new Checked(report, List.copyOf(kept), List.copyOf(views), t1 - t0, t2 - t1);
    }

    /** What a report says of a catalogued document, the same for each of its references: computed once per check. */
    private record Catalogued(String title, List<String> available) {
        static Catalogued of(CatalogueView e, Optional<Language> language) {
            return new Catalogued(DraftChecker.title(e, language),
                    e.availableLanguages().stream().sorted().map(Language::code).toList());
        }
    }

    private static final String[] FORM_NAMES = new String[ReferenceForm.values().length];

    static {
        for (ReferenceForm f : ReferenceForm.values()) {
            FORM_NAMES[f.ordinal()] = f.name().toLowerCase(Locale.ROOT);
        }
    }

    private static DraftReference view(String text, Reference r, Catalogued entry, boolean catalogued,
                                       Optional<Language> language, String link, boolean languageMissing,
                                       TextLayout.Where where, List<Pinpoints.Pinpoint> pins, DraftMessages messages) {
        List<FindingView> errors = new ArrayList<>();
        List<FindingView> warnings = new ArrayList<>();
        Set<FindingCode> codes = new HashSet<>();
        for (Finding f : r.findings()) {
            codes.add(f.code());
            FindingView v = new FindingView(f.code().name(), f.severity().name(),
                    messages.finding(f, about(text, f, r), r.symbol()), f.start(), f.end());
            (f.severity() == Severity.ERROR ? errors : warnings).add(v);
        }
        DraftStatus status = DraftStatus.of(r.status(), catalogued);
        List<Messy> messy = messy(r, codes);
        for (Messy m : messy) {
            if (!codes.contains(m.code)) { // the extractor cleaned it before the grammar saw it: say it here
                warnings.add(new FindingView(m.code.name(), m.code.severity().name(),
                        messages.finding(new Finding(m.code, m.code.severity(), "", r.start(), r.end()), r.text(),
                                r.symbol()), r.start(), r.end()));
            }
        }
        String title = entry == null ? null : entry.title();
        List<String> available = entry == null ? null : entry.available();
        String note = note(status, r, languageMissing, language, messages);
        if (!messy.isEmpty()) {
            List<String> reasons = messy.stream().map(m -> messages.text("messy." + m.reason)).toList();
            String written = collapse(r.text());
            String said = messages.text("note.messy", written, r.symbol(), String.join(messages.text("word.list"),
                    reasons));
            note = note == null ? said : said + " " + note;
        }
        List<DraftReference.DraftPinpoint> pinpoints = pins.isEmpty() ? List.of() : pins.stream()
                .map(p -> new DraftReference.DraftPinpoint(p.kind().wireName(), p.value())).toList();
        return new DraftReference(r.text(), r.start(), r.end(), where.line(), where.column(), where.paragraph(),
                where.section(), where.context(), where.page(), r.symbol(), r.kind().wireName(),
                FORM_NAMES[r.form().ordinal()], status, r.derived(), errors, warnings, r.suggestions(),
                pinpoints, null, null, link, title, available, note);
    }

    /** The characters a finding is about, as the draft writes them (the reference when the span is empty). */
    private static String about(String text, Finding f, Reference r) {
        int s = Math.max(r.start(), Math.min(f.start(), r.end()));
        int e = Math.max(s, Math.min(f.end(), r.end()));
        String about = e > s ? text.substring(s, e).strip() : "";
        return about.isEmpty() ? r.text() : collapse(about);
    }

    /** {@code s.replaceAll("\\s+", " ")} without a regex: each run of ASCII white space as one space. */
    static String collapse(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (asciiSpace(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, first);
        boolean space = false;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (asciiSpace(c)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** What {@code \\s} matches in a regex without UNICODE_CHARACTER_CLASS. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One way a written reference departs from its canonical form, and the code that says it. */
    private record Messy(String reason, FindingCode code) {
    }

    /**
     * How a written reference is messier than its symbol: spacing (not a line break: that is layout), case,
     * full-width or other-script characters, misread characters (OCR, lookalike letters).
     */
    static List<Messy> messy(Reference r, Set<FindingCode> codes) {
        if (r.form() != ReferenceForm.WRITTEN || r.parsed().isEmpty() || r.text().equals(r.symbol())) {
            return List.of();
        }
        String written = r.text();
        List<Messy> out = new ArrayList<>(2);
        boolean lineBreak = written.indexOf('\n') >= 0 || written.indexOf('\r') >= 0;
        boolean space = false;
        boolean fullWidth = false;
        StringBuilder bare = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                fullWidth |= c >= '\uFF01' && c <= '\uFF5E';
                bare.append(c);
            }
        }
        if (space && !lineBreak || codes.contains(FindingCode.NORMALIZED_WHITESPACE)) {
            out.add(new Messy("spacing", FindingCode.NORMALIZED_WHITESPACE));
        }
        String folded = java.text.Normalizer.normalize(bare, java.text.Normalizer.Form.NFKC);
        if (codes.contains(FindingCode.NORMALIZED_CASE)
                || !folded.equals(r.symbol()) && folded.equalsIgnoreCase(r.symbol())) {
            out.add(new Messy("case", FindingCode.NORMALIZED_CASE));
        }
        if (fullWidth || codes.contains(FindingCode.NORMALIZED_UNICODE) || codes.contains(FindingCode.NORMALIZED_DIGITS)) {
            out.add(new Messy("fullWidth", codes.contains(FindingCode.NORMALIZED_DIGITS) && !fullWidth
                    ? FindingCode.NORMALIZED_DIGITS : FindingCode.NORMALIZED_UNICODE));
        }
        if (codes.contains(FindingCode.NORMALIZED_OCR) || codes.contains(FindingCode.NORMALIZED_HOMOGLYPH)) {
            out.add(new Messy("ocr", codes.contains(FindingCode.NORMALIZED_OCR) ? FindingCode.NORMALIZED_OCR
                    : FindingCode.NORMALIZED_HOMOGLYPH));
        }
        return out;
    }

    /** A short form's view: its antecedent's symbol, status and link, or the candidates when ambiguous. */
    private static DraftReference shortView(String text, ShortForms.ShortForm s, List<Reference> refs,
                                            List<DraftReference> views, TextLayout layout, DraftMessages messages) {
        TextLayout.Where where = layout.where(s.start(), s.end());
        List<DraftReference.DraftPinpoint> pinpoints = Pinpoints.after(text, s.end()).stream()
                .map(p -> new DraftReference.DraftPinpoint(p.kind().wireName(), p.value())).toList();
        if (!s.ambiguous()) {
            DraftReference base = views.get(s.antecedent());
            Reference a = refs.get(s.antecedent());
            String note = messages.text("note.short", base.symbol(), Integer.toString(base.line()));
            return new DraftReference(s.text(), s.start(), s.end(), where.line(), where.column(), where.paragraph(),
                    where.section(), where.context(), where.page(), base.symbol(), base.kind(), "short",
                    base.status(), base.derived(), List.of(), List.of(), List.of(), pinpoints,
                    new DraftReference.DraftAntecedent(a.start(), base.symbol()), null, base.link(), base.title(),
                    base.availableLanguages(), base.note() == null ? note : note + " " + base.note());
        }
        List<DraftReference.DraftAntecedent> candidates = new ArrayList<>(s.candidates().size());
        List<String> symbols = new ArrayList<>(s.candidates().size());
        for (int index : s.candidates()) {
            Reference c = refs.get(index);
            candidates.add(new DraftReference.DraftAntecedent(c.start(), c.symbol()));
            symbols.add(c.symbol());
        }
        String kind = switch (s.stands()) {
            case RESOLUTION -> SymbolKind.RESOLUTION.wireName();
            case DECISION -> SymbolKind.DECISION.wireName();
            case REPORT, ANY -> SymbolKind.DOCUMENT.wireName();
        };
        return new DraftReference(s.text(), s.start(), s.end(), where.line(), where.column(), where.paragraph(),
                where.section(), where.context(), where.page(), s.text(), kind, "short", DraftStatus.AMBIGUOUS, false,
                List.of(), List.of(), List.of(), pinpoints, null, List.copyOf(candidates), null, null, null,
                messages.text("note.short.ambiguous", messages.or(symbols)));
    }

    /** Valid with an unregistered root ({@code Tier.UNREGISTERED}): reported as a valid reference, never as malformed. */
    private static boolean unregistered(Reference r) {
        for (Finding f : r.findings()) {
            if (f.code() == FindingCode.UNREGISTERED_ROOT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the catalogue lists the document's languages and the draft's is not among them. */
    public static boolean languageMissing(CatalogueView entry, Optional<Language> language) {
        return language.isPresent() && !entry.availableLanguages().isEmpty()
                && !entry.availableLanguages().contains(language.get());
    }

    /** The title in the draft's language, else the original's, else any. */
    public static String title(CatalogueView e, Optional<Language> language) {
        Map<Language, String> titles = e.titles();
        return language.map(titles::get)
                .or(() -> Optional.ofNullable(e.originalLanguage()).map(titles::get))
                .orElseGet(() -> titles.values().stream().findFirst().orElse(null));
    }

    private static String note(DraftStatus status, Reference r, boolean languageMissing,
                               Optional<Language> language, DraftMessages messages) {
        return switch (status) {
            case FOUND -> languageMissing ? messages.text("note.languageMissing", language.get().code()) : null;
            case UNKNOWN -> messages.text(unregistered(r) ? "note.unregistered" : "note.unknown");
            case MALFORMED -> r.suggestions().isEmpty() ? messages.text("note.malformed")
                    : messages.text("note.malformed.suggest", messages.or(r.suggestions()));
            case PLACEHOLDER -> messages.text("note.placeholder");
            case AMBIGUOUS -> null; // short forms only, whose notes are written where they are built
        };
    }
}
