package org.unsymbol.draft;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.catalogue.SymbolPaths;
import org.unsymbol.catalogue.store.CatalogueReader.StoredDocument;
import org.unsymbol.extract.Annotator;
import org.unsymbol.platform.auth.ApiKeys;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.platform.http.RateLimiter;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.resolve.LanguageParam;

import java.util.List;
import java.util.Locale;

/**
 * Checks and links the references of a draft. Thin: reading the body is {@link DraftReader}'s, checking is
 * {@link DraftChecker}'s, inserting links is the extractor's {@link Annotator}.
 */
@Path("/api/v1/drafts")
@Tag(name = "drafts", description = "Check the references of a draft and link them")
public class DraftResource {

    static final String SNIPPET = """
            2. El primer informe anual sobre los progresos realizados por el grupo de trabajo se publicó como \
            documento [A/77/275](#). El segundo informe anual se publicó como documento [A/78/265](#).

            20. El grupo de trabajo aprobó el proyecto de informe ([A/AC.292/2024/L.1](#)), conforme a la \
            resolución 75/240. También decidió incluir el documento A/AC.292/2024/CRP.X (véase el anexo).
            """;
    private static final String HTML_SNIPPET = "<p>Véase la resolución <a href=\"#\">75/240</a> y el documento "
            + "<em>A/78/265</em>.</p>";
    /** The real answer to SNIPPET against the seed catalogue (the three middle references left out). */
    private static final String CHECK_EXAMPLE = """
            {"summary":{"references":5,"found":4,"unknown":0,"malformed":0,"placeholder":1,"languageMissing":0},\
            "distinct":{"references":5,"found":4,"unknown":0,"malformed":0,"placeholder":1,"languageMissing":0},\
            "language":"es","references":[{"text":"A/77/275","start":109,"end":117,"symbol":"A/77/275",\
            "kind":"document","status":"found","derived":false,"errors":[],"warnings":[],"suggestions":[],\
            "link":"http://localhost:8080/r/es/A/77/275","title":"Primer informe anual sobre los progresos \
            realizados por el grupo de trabajo, relativo a su período de sesiones de organización y a sus períodos \
            de sesiones sustantivos primero, segundo y tercero","availableLanguages":["en","es"],"note":null},\
            {"text":"A/AC.292/2024/CRP.X","start":340,"end":359,"symbol":"A/AC.292/2024/CRP.X",\
            "kind":"conference-room-paper","status":"placeholder","derived":false,"errors":[{"code":\
            "PLACEHOLDER_NUMBER","severity":"ERROR","message":"'X' stands in for the number.","start":354,\
            "end":359}],"warnings":[],"suggestions":[],"link":null,"title":null,"availableLanguages":null,\
            "note":"A drafting placeholder: replace it with the document's symbol before issue."}]}""";

    private static final String TIMING = "Server time in ms by phase: read (body to text), extract, catalogue "
            + "(one query for all symbols), total";
    private static final String LANG = "Language of the draft (ISO 639-1); links and titles use it. Absent: the "
            + "language detected in the text";
    private static final String TARGET = "Where links point: resolver (default, this service's /r/{lang}/{symbol}), "
            + "undocs (undocs.org) or ods (the ODS PDF). Decisions have neither and link to the Digital Library";

    private final DraftChecker checker;
    private final DraftMetrics metrics;
    private final RateLimiter rateLimiter;
    private final CitationService citations;
    private final ApiKeys apiKeys;
    private final DraftExtractions extractions;
    private final DraftsConfig config;
    private final PublicBaseUrl publicBaseUrl;

    public DraftResource(DraftChecker checker, DraftMetrics metrics, RateLimiter rateLimiter,
                         CitationService citations, ApiKeys apiKeys, DraftExtractions extractions,
                         DraftsConfig config, PublicBaseUrl publicBaseUrl) {
        this.checker = checker;
        this.extractions = extractions;
        this.config = config;
        this.metrics = metrics;
        this.rateLimiter = rateLimiter;
        this.citations = citations;
        this.apiKeys = apiKeys;
        this.publicBaseUrl = publicBaseUrl;
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Checks every reference of a draft against the grammar and the catalogue",
            description = "Body: the draft as text/plain, text/markdown, text/html (UTF-8 unless a charset is given), "
                    + "Word .docx or PDF, up to 20 MB. Every reference comes back in document order with its status: "
                    + "found (catalogued), unknown (valid, not catalogued), malformed, placeholder (CRP.X, L.xx). "
                    + "Offsets are UTF-16 indexes into the text; for Word and PDF into the text extracted from them "
                    + "(Word: paragraphs in order, runs joined, then footnotes, endnotes, headers and footers; "
                    + "PDF: PDFBox's text in reading order). At most "
                    + "unsymbol.drafts.max-references (10,000) references are reported; past that `truncated` says "
                    + "where checking stopped. Word and PDF are read within budgets (characters of text, bytes "
                    + "inflated, pages, PDF operators and glyphs per page, time) and a few at a time. The rate limit "
                    + "charges one unit per KiB of body before reading, and one per reference beyond that after. "
                    + "With `record={symbol}` "
                    + "and a bearer key, the distinct references are also stored as the citations of that catalogued "
                    + "document, replacing earlier ones (see GET /api/v1/documents/{symbol}/citations and /cited-by).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", summary = "From the Spanish draft A/AC.292/2024/L.1",
                            value = SNIPPET)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = "Véase el documento A/78/265 y la resolución "
                            + "75/240 de la Asamblea General.")),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = HTML_SNIPPET)),
            @Content(mediaType = DraftFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The references, their statuses and the counts",
            headers = @Header(name = "Server-Timing", description = TIMING, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DraftReport.class),
                    examples = @ExampleObject(name = "es", value = CHECK_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE) or target "
            + "(INVALID_PARAMETER)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "record without a valid bearer key (UNAUTHORIZED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "record names a document that is not catalogued "
            + "(DOCUMENT_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Draft over 20 MB (PAYLOAD_TOO_LARGE); a Word or PDF draft "
            + "with more text than one check reads (DRAFT_TEXT_TOO_LARGE, `budget`: characters or pages, `limit`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not a draft format (UNSUPPORTED_MEDIA_TYPE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Text that is not valid UTF-8 or contains NUL, a damaged "
            + "Word or PDF file (UNPROCESSABLE_CONTENT); a Word or PDF draft that takes more work to read than "
            + "allowed (DRAFT_TOO_COMPLEX, `budget`: inflated-bytes, operators, glyphs-per-page or time-ms, `limit`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "The client's rate limit is used up (RATE_LIMITED, Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Every slot for reading Word and PDF drafts is taken "
            + "(DRAFT_EXTRACTION_BUSY, Retry-After)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response check(@Context HttpHeaders headers,
                          @Parameter(description = LANG, example = "es") @QueryParam("lang") String lang,
                          @Parameter(description = TARGET, example = "undocs",
                                  schema = @Schema(enumeration = {"resolver", "undocs", "ods"}))
                          @QueryParam("target") String target,
                          @Parameter(description = "Store the references as the citations of this catalogued "
                                  + "document (needs Authorization: Bearer <key>)", example = "A/AC.292/2024/L.1")
                          @QueryParam("record") String record,
                          byte[] body) {
        StoredDocument citing = record == null ? null : citingDocument(headers, record);
        Run run = run(headers, lang, target, body, "check");
        Response.ResponseBuilder response = Response.ok(run.checked.report(), MediaType.APPLICATION_JSON_TYPE);
        if (citing != null) {
            int stored = citations.record(citing, run.checked.references());
            response.header("X-Citations-Recorded", stored).header("Link", "<" + publicBaseUrl.get()
                    + "/api/v1/documents/" + SymbolPaths.encode(citing.json().symbol()) + "/citations>; rel=\"citations\"");
        }
        return withTiming(response, run).build();
    }

    /** The catalogued document a recording is for, once the caller has shown a bearer key. */
    private StoredDocument citingDocument(HttpHeaders headers, String record) {
        apiKeys.refusal(headers.getHeaderString(HttpHeaders.AUTHORIZATION)).ifPresent(detail -> {
            throw new ProblemException(ErrorCode.UNAUTHORIZED, detail)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unsymbol\"");
        });
        if (record.isBlank()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "record needs the symbol of a catalogued document.")
                    .with("parameter", "record");
        }
        return citations.citingDocument(record);
    }

    @POST
    @Path("/linkify")
    @Consumes(MediaType.WILDCARD)
    @Produces({"text/markdown", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Returns the draft with a link on every valid reference; nothing else changes",
            description = "Markdown: empty or `#` targets of existing links whose text is the reference are filled "
                    + "([A/78/265](#) -> [A/78/265](http://.../r/es/A/78/265)) and bare references are wrapped. "
                    + "HTML: bare references are wrapped in <a href>, empty or # hrefs filled; never inside an "
                    + "existing <a>, an attribute, <code> or <pre>. Plain text comes back as Markdown. Removing the "
                    + "inserted link syntax gives back the input exactly. Malformed and placeholder references are "
                    + "left alone. The counts come in X-References-* headers; with Accept: application/json the "
                    + "answer is {text, mediaType, summary, distinct, language, truncated}. Word and PDF cannot be "
                    + "linkified (415): convert them to text, Markdown or HTML, or use /check.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", summary = "From the Spanish draft A/AC.292/2024/L.1",
                            value = SNIPPET)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = "Véase el documento A/78/265.")),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = HTML_SNIPPET))})
    @APIResponse(responseCode = "200", description = "The linked draft (Markdown for Markdown and plain text, HTML "
            + "for HTML), or JSON on request",
            headers = {
                    @Header(name = "X-References", description = "References found (after truncation)",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Found", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Unknown", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Malformed", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Placeholder", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Language-Missing", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "X-References-Truncated-At", description = "Offset where linking stopped, "
                            + "when the draft had more references than the limit",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Server-Timing", description = TIMING, schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "es", value = "[A/78/265](http://localhost:8080/r/es/"
                                    + "A/78/265), resolución [75/240](http://localhost:8080/r/es/A/RES/75/240)")),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LinkifyResult.class))})
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE) or target "
            + "(INVALID_PARAMETER)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Draft over 20 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Word, PDF or another type: linkify takes text, Markdown or "
            + "HTML (UNSUPPORTED_MEDIA_TYPE)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Text that is not valid UTF-8 or contains NUL "
            + "(UNPROCESSABLE_CONTENT)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response linkify(@Context HttpHeaders headers,
                            @Parameter(description = LANG, example = "es") @QueryParam("lang") String lang,
                            @Parameter(description = TARGET, example = "undocs",
                                    schema = @Schema(enumeration = {"resolver", "undocs", "ods"}))
                            @QueryParam("target") String target,
                            byte[] body) {
        DraftFormat format = DraftFormat.of(headers.getMediaType());
        Annotator.Mode mode = format.annotatorMode().orElseThrow(() -> new ProblemException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "linkify takes text/plain, text/markdown or text/html and returns "
                + "the same text with links; a " + format.tag() + " file cannot be given back with links. Convert it "
                + "to Markdown or HTML first, or use POST /api/v1/drafts/check for its references.")
                .with("supported", List.of("text/plain", "text/markdown", "text/html")));
        Run run = run(headers, lang, target, body, "linkify");
        long t = System.nanoTime();
        String linked = Annotator.annotate(run.text, run.checked.links(), mode);
        run.annotateNanos = System.nanoTime() - t;
        DraftReport report = run.checked.report();
        Response.ResponseBuilder response = wantsJson(headers)
                ? Response.ok(new LinkifyResult(linked, format.linkedMediaType(), report.summary(), report.distinct(),
                report.language(), report.truncated()), MediaType.APPLICATION_JSON_TYPE)
                : Response.ok(linked, format.linkedMediaType() + ";charset=UTF-8");
        DraftSummary s = report.summary();
        response.header("X-References", s.references()).header("X-References-Found", s.found())
                .header("X-References-Unknown", s.unknown()).header("X-References-Malformed", s.malformed())
                .header("X-References-Placeholder", s.placeholder())
                .header("X-References-Language-Missing", s.languageMissing());
        if (report.truncated() != null) {
            response.header("X-References-Truncated-At", report.truncated().stoppedAt());
        }
        return withTiming(response, run).build();
    }

    /** One request's work and its timings. */
    private static final class Run {
        final long started = System.nanoTime();
        String text;
        long readNanos;
        long annotateNanos;
        DraftChecker.Checked checked;
        DraftFormat format;
        String operation;
        long bytes;
    }

    private Run run(HttpHeaders headers, String lang, String target, byte[] body, String operation) {
        Run run = new Run();
        DraftFormat format = DraftFormat.of(headers.getMediaType());
        var language = LanguageParam.parse(lang);
        LinkTarget linkTarget = LinkTarget.parse(target);
        long deposit = deposit(body);
        rateLimiter.chargeItems(deposit); // before any work: a client out of allowance costs nothing to refuse
        MediaType type = headers.getMediaType();
        run.text = format.isText() ? DraftReader.read(body, format, type, null)
                : extractions.run(() -> DraftReader.read(body, format, type, DraftBudget.of(config)));
        run.readNanos = System.nanoTime() - run.started;
        run.checked = checker.check(run.text, language, linkTarget);
        long references = run.checked.references().size();
        if (references > deposit) {
            rateLimiter.chargeItems(references - deposit + 1); // the references the deposit did not cover
        }
        run.format = format;
        run.operation = operation;
        run.bytes = body == null ? 0 : body.length;
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

    /** Records the metrics of a finished run and reports its phases in Server-Timing. */
    private Response.ResponseBuilder withTiming(Response.ResponseBuilder response, Run run) {
        long total = System.nanoTime() - run.started;
        metrics.record(run.format, run.operation, run.bytes, run.checked.references().size(), total);
        return response.header("Server-Timing", String.format(Locale.ROOT,
                "read;dur=%.1f, extract;dur=%.1f, catalogue;dur=%.1f, annotate;dur=%.1f, total;dur=%.1f",
                ms(run.readNanos), ms(run.checked.extractNanos()), ms(run.checked.catalogueNanos()),
                ms(run.annotateNanos), ms(total)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** JSON only when the client prefers it over the text forms. */
    private static boolean wantsJson(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isWildcardSubtype()) {
                return false;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(m)) {
                return true;
            }
            if (m.getType().equals("text")) {
                return false;
            }
        }
        return false;
    }
}
