package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.unsymbol.catalogue.CatalogueService;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.TextLayout;
import org.unsymbol.platform.http.RateLimiter;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.resolve.LanguageParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work behind the draft endpoints: charge the client, read the body within its budgets, check its references,
 * insert links, record citations, and measure every phase. The resource only maps HTTP to these calls and back.
 */
@ApplicationScoped
public class DraftService {

    private final DraftChecker checker;
    private final DraftMetrics metrics;
    private final RateLimiter rateLimiter;
    private final CatalogueService catalogue;
    private final CitationRecorder citations;
    private final DraftExtractions extractions;
    private final DraftsConfig config;

    private final org.unsymbol.symbol.SymbolParser parser;
    private final org.unsymbol.platform.http.PublicBaseUrl publicBaseUrl;

    public DraftService(DraftChecker checker, DraftMetrics metrics, RateLimiter rateLimiter,
                        CatalogueService catalogue, CitationRecorder citations, DraftExtractions extractions, DraftsConfig config,
                        org.unsymbol.symbol.SymbolParser parser, org.unsymbol.platform.http.PublicBaseUrl publicBaseUrl) {
        this.parser = parser;
        this.publicBaseUrl = publicBaseUrl;
        this.checker = checker;
        this.metrics = metrics;
        this.rateLimiter = rateLimiter;
        this.catalogue = catalogue;
        this.citations = citations;
        this.extractions = extractions;
        this.config = config;
    }

    /** One request's work and its timings. */
    public static final class Run {
        private final long started = System.nanoTime();
        private final DraftFormat format;
        private final String operation;
        private final long bytes;
        private String text;
        private List<Annotator.ExistingLink> existing = List.of();
        private int mainLength;
        private byte[] linkedBytes;
        private long readNanos;
        private long annotateNanos;
        private DraftChecker.Checked checked;
        private String linked;

        private Run(DraftFormat format, String operation, byte[] body) {
            this.format = format;
            this.operation = operation;
            this.bytes = body == null ? 0 : body.length;
        }

        public DraftReport report() {
            return checked.report();
        }

        public DraftFormat format() {
            return format;
        }

        /** The draft with its links inserted (linkify only; null for Word, see {@link #linkedBytes()}). */
        public String linked() {
            return linked;
        }

        /** The linked Word document (linkify of Word only). */
        public byte[] linkedBytes() {
            return linkedBytes;
        }

        /** The text the references' offsets point into. */
        public String text() {
            return text;
        }
    }

    /** Checks a draft's references; messages in {@code lang}, else the best of {@code acceptLanguage}, else English. */
    public Run check(MediaType type, String lang, String target, String acceptLanguage, byte[] body) {
        return run(DraftFormat.of(type), type, lang, target, acceptLanguage, body, "check");
    }

    /** Checks a draft's references, with English messages unless {@code lang} names another language. */
    public Run check(MediaType type, String lang, String target, byte[] body) {
        return check(type, lang, target, null, body);
    }

    /**
     * Checks a draft's references and gives it back in its own format with their links: text, Markdown and HTML as
     * text, Word as Word ({@link DocxLinker}); PDF is refused (415) before any work.
     */
    public Run linkify(MediaType type, String lang, String target, String acceptLanguage, byte[] body,
                       LinkifyOptions options) {
        DraftFormat format = DraftFormat.of(type);
        if (format == DraftFormat.PDF) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "linkify gives a draft back in its own "
                    + "format, and a PDF cannot be: its text is laid out glyph by glyph, with no runs a link can be "
                    + "put around without redrawing the page. Send the Word, HTML or Markdown source, or use "
                    + "POST /api/v1/drafts/check or /report for its references.")
                    .with("supported", List.of("text/plain", "text/markdown", "text/html", DraftFormat.DOCX_TYPE));
        }
        Run run = run(format, type, lang, target, acceptLanguage, body, "linkify");
        long t = System.nanoTime();
        List<Annotator.Link> links = links(run, options.fixLinks());
        List<Annotator.Mark> marks = marks(run);
        if (format == DraftFormat.DOCX) {
            List<Annotator.Link> inMain = links.stream().filter(l -> l.end() <= run.mainLength).toList();
            List<Annotator.Mark> commented = options.comments()
                    ? marks.stream().filter(m -> m.end() <= run.mainLength).toList() : List.of();
            run.linkedBytes = extractions.run(() -> DocxLinker.link(body, inMain, commented, run.existing,
                    DraftBudget.of(config))).docx();
        } else {
            run.linked = Annotator.annotate(run.text, links, marks, format.annotatorMode().orElseThrow(),
                    new Annotator.Options(options.marks(), options.footnotes()));
        }
        run.annotateNanos = System.nanoTime() - t;
        return run;
    }

    /** The links to insert: one per linkable reference with a link; those on a wrong link replace it if asked. */
    private static List<Annotator.Link> links(Run run, boolean fixLinks) {
        List<Annotator.Link> links = new ArrayList<>();
        List<DraftReference> views = run.checked.report().references();
        List<org.unsymbol.extract.Reference> refs = run.checked.references();
        for (int i = 0; i < refs.size(); i++) {
            DraftReference v = views.get(i);
            if (refs.get(i).linkable() && v.link() != null) {
                boolean wrong = fixLinks && v.warnings().stream().anyMatch(w -> w.code().equals(LinkCheck.MISMATCH)
                        || w.code().equals(LinkCheck.FOREIGN));
                links.add(new Annotator.Link(v.start(), v.end(), v.link(), wrong));
            }
        }
        return links;
    }

    /** A problem mark per reference that needs attention: its status, its notes and warnings in words. */
    static List<Annotator.Mark> marks(Run run) {
        List<Annotator.Mark> marks = new ArrayList<>();
        for (DraftReference v : run.checked.report().references()) {
            List<String> words = new ArrayList<>();
            if (v.note() != null) {
                words.add(v.note());
            }
            String kind = v.status() == DraftStatus.FOUND ? null : v.status().wireName();
            for (var f : v.errors()) {
                words.add(f.message());
            }
            for (var f : v.warnings()) {
                words.add(f.message());
                if (kind == null || f.code().startsWith("LINK_")) {
                    kind = f.code().toLowerCase(Locale.ROOT).replace('_', '-');
                }
            }
            if (!words.isEmpty()) {
                marks.add(new Annotator.Mark(v.start(), v.end(), kind == null ? "note" : kind,
                        String.join(" ", new java.util.LinkedHashSet<>(words))));
            }
        }
        return marks;
    }

    /**
     * The catalogued document a recording is for (the caller's key was checked by {@code @WriteAccess}); a blank
     * symbol is a 400, an uncatalogued one a 404.
     */
    public CatalogueDocument citingDocument(String record) {
        if (record.isBlank()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "record needs the symbol of a catalogued document.")
                    .with("parameter", "record");
        }
        return catalogue.get(record);
    }

    /** Stores the run's distinct references as the citations of {@code citing}; how many were stored. */
    public int record(CatalogueDocument citing, Run run) {
        return citations.record(citing, run.checked.references());
    }

    /** Records the metrics of a finished run and gives its phases as a Server-Timing header value. */
    public String finish(Run run) {
        long total = System.nanoTime() - run.started;
        metrics.record(run.format, run.operation, run.bytes, run.checked.references().size(), total);
        return String.format(Locale.ROOT,
                "read;dur=%.1f, extract;dur=%.1f, catalogue;dur=%.1f, annotate;dur=%.1f, total;dur=%.1f",
                ms(run.readNanos), ms(run.checked.extractNanos()), ms(run.checked.catalogueNanos()),
                ms(run.annotateNanos), ms(total));
    }

    private Run run(DraftFormat format, MediaType type, String lang, String target, String acceptLanguage,
                    byte[] body, String operation) {
        Run run = new Run(format, operation, body);
        var language = LanguageParam.parse(lang);
        LinkTarget linkTarget = LinkTarget.parse(target);
        long deposit = deposit(body);
        rateLimiter.chargeItems(deposit); // before any work: a client out of allowance costs nothing to refuse
        int[] pageStarts = null;
        if (format == DraftFormat.DOCX && body != null && body.length > 0) {
            DocxText.Read read = extractions.run(() -> DocxText.readWithLinks(body, DraftBudget.of(config)));
            run.text = read.text();
            run.mainLength = read.mainLength();
            run.existing = read.links();
        } else {
            DraftReader.DraftText draft = format.isText() ? DraftReader.readDraft(body, format, type, null)
                    : extractions.run(() -> DraftReader.readDraft(body, format, type, DraftBudget.of(config)));
            run.text = draft.text();
            pageStarts = draft.pageStarts();
            run.mainLength = run.text.length();
            if (format.isText()) {
                run.existing = Annotator.existingLinks(run.text, format.annotatorMode().orElseThrow());
            }
        }
        run.readNanos = System.nanoTime() - run.started;
        DraftChecker.Checked checked = checker.check(run.text, markup(format), pageStarts, language, linkTarget,
                DraftMessages.choose(language, acceptLanguage));
        LinkCheck linkCheck = new LinkCheck(config.linkHosts(), publicBaseUrl.get(), parser);
        Map<Integer, List<org.unsymbol.symbolapi.FindingView>> linkWarnings =
                linkCheck.check(checked.references(), run.existing);
        run.checked = checked.withWarnings(linkWarnings);
        long references = run.checked.references().size();
        if (references > deposit) {
            rateLimiter.chargeItems(references - deposit + 1); // the references the deposit did not cover
        }
        return run;
    }

    /**
     * What a draft is charged before it is read: one unit per KiB of body, at most the references one draft can be
     * charged for (unsymbol.drafts.max-references). A draft with more references than that pays the rest after.
     */
    private long deposit(byte[] body) {
        long kib = body == null ? 0 : (body.length + 1023L) / 1024;
        return Math.max(1, Math.min(kib, config.maxReferences()));
    }

    private static TextLayout.Markup markup(DraftFormat format) {
        return switch (format) {
            case MARKDOWN -> TextLayout.Markup.MARKDOWN;
            case HTML -> TextLayout.Markup.HTML;
            case PLAIN, DOCX, PDF -> TextLayout.Markup.PLAIN;
        };
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
