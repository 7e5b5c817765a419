package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.extract.Annotator;
import org.unsymbol.extract.TextLayout;
import org.unsymbol.platform.http.RateLimiter;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.resolve.LanguageParam;

import java.util.List;
import java.util.Locale;

/**
 * The work behind the draft endpoints: charge the client, read the body within its budgets, check its references,
 * insert links, record citations, and measure every phase. The resource only maps HTTP to these calls and back.
 */
@ApplicationScoped
public class DraftService {

    private final DraftChecker checker;
    private final DraftMetrics metrics;
    private final RateLimiter rateLimiter;
    private final CitationService citations;
    private final DraftExtractions extractions;
    private final DraftsConfig config;

    public DraftService(DraftChecker checker, DraftMetrics metrics, RateLimiter rateLimiter,
                        CitationService citations, DraftExtractions extractions, DraftsConfig config) {
        this.checker = checker;
        this.metrics = metrics;
        this.rateLimiter = rateLimiter;
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

        /** The draft with its links inserted (linkify only). */
        public String linked() {
            return linked;
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

    /** Checks a text draft's references and inserts their links; Word and PDF are refused (415) before any work. */
    public Run linkify(MediaType type, String lang, String target, byte[] body) {
        return linkify(type, lang, target, null, body);
    }

    /** As {@link #linkify(MediaType, String, String, byte[])}, with the messages' language negotiated. */
    public Run linkify(MediaType type, String lang, String target, String acceptLanguage, byte[] body) {
        DraftFormat format = DraftFormat.of(type);
        Annotator.Mode mode = format.annotatorMode().orElseThrow(() -> new ProblemException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "linkify takes text/plain, text/markdown or text/html and returns "
                + "the same text with links; a " + format.tag() + " file cannot be given back with links. Convert it "
                + "to Markdown or HTML first, or use POST /api/v1/drafts/check for its references.")
                .with("supported", List.of("text/plain", "text/markdown", "text/html")));
        Run run = run(format, type, lang, target, acceptLanguage, body, "linkify");
        long t = System.nanoTime();
        run.linked = Annotator.annotate(run.text, run.checked.links(), mode);
        run.annotateNanos = System.nanoTime() - t;
        return run;
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
        return citations.citingDocument(record);
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
        DraftReader.DraftText draft = format.isText() ? DraftReader.readDraft(body, format, type, null)
                : extractions.run(() -> DraftReader.readDraft(body, format, type, DraftBudget.of(config)));
        run.text = draft.text();
        run.readNanos = System.nanoTime() - run.started;
        run.checked = checker.check(run.text, markup(format), draft.pageStarts(), language, linkTarget,
                DraftMessages.choose(language, acceptLanguage));
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
