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
import java.util.List;
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
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.platform.auth.WriteAccess;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.platform.problem.Problem;

/**
 * Checks and links the references of a draft. Thin: the work is {@link DraftService}'s, a recording's key is checked
 * by {@link WriteAccess} like every other write, the published examples are {@link DraftExamples}.
 */
@Path("/api/v1/drafts")
@Tag(name = "drafts", description = "Check the references of a draft and link them")
public class DraftResource {

    private static final String TIMING = "Server time in ms by phase: read (body to text), extract, catalogue "
            + "(one query for all symbols), total";
    private static final String LANG = "Language of the draft (ISO 639-1); links and titles use it, and the "
            + "report's messages (findings, notes) are written in it. Absent: the language detected in the text for "
            + "links and titles, and Accept-Language (else English) for messages";
    private static final String TARGET = "Where links point: resolver (default, this service's /r/{lang}/{symbol}), "
            + "undocs (undocs.org) or ods (the ODS PDF). Decisions have neither and link to the Digital Library";

    private final DraftService drafts;
    private final PublicBaseUrl publicBaseUrl;

    public DraftResource(DraftService drafts, PublicBaseUrl publicBaseUrl) {
        this.drafts = drafts;
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
                            value = DraftExamples.SNIPPET)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.PLAIN_CHECK)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.HTML_SNIPPET)),
            @Content(mediaType = DraftFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The references, their statuses and the counts",
            headers = @Header(name = "Server-Timing", description = TIMING, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DraftReport.class),
                    examples = @ExampleObject(name = "es", value = DraftExamples.CHECK_EXAMPLE)))
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
    @WriteAccess(whenQueryParameter = "record")
    public Response check(@Context HttpHeaders headers,
                          @Parameter(description = LANG, example = "es") @QueryParam("lang") String lang,
                          @Parameter(description = TARGET, example = "undocs",
                                  schema = @Schema(enumeration = {"resolver", "undocs", "ods"}))
                          @QueryParam("target") String target,
                          @Parameter(description = "Store the references as the citations of this catalogued "
                                  + "document (needs Authorization: Bearer <key>)", example = "A/AC.292/2024/L.1")
                          @QueryParam("record") String record,
                          byte[] body) {
        CatalogueDocument citing = record == null ? null : drafts.citingDocument(record);
        DraftService.Run run = drafts.check(headers.getMediaType(), lang, target,
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), body);
        Response.ResponseBuilder response = Response.ok(run.report(), MediaType.APPLICATION_JSON_TYPE);
        if (citing != null) {
            int stored = drafts.record(citing, run);
            response.header("X-Citations-Recorded", stored).header("Link", "<" + publicBaseUrl.get()
                    + "/api/v1/documents/" + SymbolPaths.encode(citing.symbol()) + "/citations>; rel=\"citations\"");
        }
        return response.header("Server-Timing", drafts.finish(run)).build();
    }

    @POST
    @Path("/linkify")
    @Consumes(MediaType.WILDCARD)
    @Produces({"text/markdown", MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, DraftFormat.DOCX_TYPE,
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Returns the draft in its own format with a link on every valid reference",
            description = "Markdown: empty or `#` targets of existing links whose text is the reference are filled "
                    + "([A/78/265](#) -> [A/78/265](http://.../r/es/A/78/265)) and bare references are wrapped. "
                    + "HTML: bare references are wrapped in <a href>, empty or # hrefs filled; never inside an "
                    + "existing <a>, an attribute, <code> or <pre>. Plain text stays plain: the link follows the "
                    + "reference in angle brackets, `A/78/265 <http://.../r/es/A/78/265>` (RFC 3986 appendix C). "
                    + "Word comes back as Word: a w:hyperlink (external relationship) on each linked reference of the "
                    + "main document (not in footnotes, headers or footers, fields or existing hyperlinks), a run "
                    + "split where a reference starts or ends inside it; every other part is copied byte for byte, "
                    + "document.xml re-serialised with the same elements and text. Removing the inserted link syntax "
                    + "gives back the input exactly (Word: the same text runs). Malformed and placeholder "
                    + "references get no link. Problems (every reference that is not found, or has a warning or a "
                    + "note) can be shown: HTML `marks=mark` (<mark class=\"unsymbol-problem unsymbol-{kind}\" "
                    + "title=\"...\">) or `marks=link` (the class and title on the inserted link, a <mark> where "
                    + "there is none); Markdown `problems=footnotes` ([^unsymbol-1] after the reference, the notes at "
                    + "the end); Word `comments=true` (a Word comment by \"unsymbol\" on each); plain text never. "
                    + "An existing link whose target names another document or leaves the allowed hosts is reported "
                    + "by /check (LINK_TARGET_MISMATCH, LINK_FOREIGN_HOST) and replaced only with `fixLinks=true`. "
                    + "The counts come in X-References-* headers; with Accept: application/json a text draft's answer "
                    + "is {text, mediaType, summary, distinct, language, truncated}. PDF cannot be given back as PDF "
                    + "(415): send its source, or use /check or /report.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", summary = "From the Spanish draft A/AC.292/2024/L.1",
                            value = DraftExamples.SNIPPET)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.PLAIN_LINKIFY)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.HTML_SNIPPET)),
            @Content(mediaType = DraftFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The linked draft in the format it came in (Markdown, plain "
            + "text, HTML, Word), or JSON on request for text formats",
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
                            examples = @ExampleObject(name = "es", value = DraftExamples.LINKIFIED)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DraftFormat.DOCX_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LinkifyResult.class))})
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE), target, marks or problems "
            + "(INVALID_PARAMETER)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "JSON asked for a Word draft, which comes back only as Word "
            + "(NOT_ACCEPTABLE)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Draft over 20 MB (PAYLOAD_TOO_LARGE); a Word draft with more "
            + "text than one check reads (DRAFT_TEXT_TOO_LARGE)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "PDF (it cannot be given back with links) or another type "
            + "(UNSUPPORTED_MEDIA_TYPE)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Text that is not valid UTF-8 or contains NUL, a damaged Word "
            + "file (UNPROCESSABLE_CONTENT); a Word draft that takes more work to read than allowed "
            + "(DRAFT_TOO_COMPLEX)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Every slot for reading Word drafts is taken "
            + "(DRAFT_EXTRACTION_BUSY, Retry-After)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response linkify(@Context HttpHeaders headers,
                            @Parameter(description = LANG, example = "es") @QueryParam("lang") String lang,
                            @Parameter(description = TARGET, example = "undocs",
                                    schema = @Schema(enumeration = {"resolver", "undocs", "ods"}))
                            @QueryParam("target") String target,
                            @Parameter(description = "HTML: how problems are shown: none (default), mark (a <mark> "
                                    + "with class and title around the reference) or link (class and title on its "
                                    + "link, a <mark> where it has none)",
                                    schema = @Schema(enumeration = {"none", "mark", "link"}))
                            @QueryParam("marks") String marks,
                            @Parameter(description = "Markdown: none (default) or footnotes (a footnote on each "
                                    + "problem, the notes appended at the end)",
                                    schema = @Schema(enumeration = {"none", "footnotes"}))
                            @QueryParam("problems") String problems,
                            @Parameter(description = "Word: a Word comment on each problem")
                            @QueryParam("comments") Boolean comments,
                            @Parameter(description = "Replace an existing link that names another document or "
                                    + "goes to a host outside the allowed ones")
                            @QueryParam("fixLinks") Boolean fixLinks,
                            byte[] body) {
        LinkifyOptions options = LinkifyOptions.parse(marks, problems, comments, fixLinks);
        boolean json = wantsJson(headers);
        if (json && DraftFormat.of(headers.getMediaType()) == DraftFormat.DOCX) {
            throw new org.unsymbol.platform.problem.ProblemException(
                    org.unsymbol.platform.problem.ErrorCode.NOT_ACCEPTABLE, "A Word draft comes back as Word ("
                    + DraftFormat.DOCX_TYPE + "), not JSON; use /check for its references as JSON.");
        }
        DraftService.Run run = drafts.linkify(headers.getMediaType(), lang, target,
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), body, options);
        DraftReport report = run.report();
        String linkedType = run.format().linkedMediaType();
        Response.ResponseBuilder response;
        if (run.linkedBytes() != null) {
            response = Response.ok(run.linkedBytes(), linkedType)
                    .header("Content-Disposition", "attachment; filename=\"linked.docx\"");
        } else {
            response = json
                    ? Response.ok(new LinkifyResult(run.linked(), linkedType, report.summary(), report.distinct(),
                    report.language(), report.truncated()), MediaType.APPLICATION_JSON_TYPE)
                    : Response.ok(run.linked(), linkedType + ";charset=UTF-8");
        }
        DraftSummary s = report.summary();
        response.header("X-References", s.references()).header("X-References-Found", s.found())
                .header("X-References-Unknown", s.unknown()).header("X-References-Malformed", s.malformed())
                .header("X-References-Placeholder", s.placeholder())
                .header("X-References-Language-Missing", s.languageMissing());
        if (report.truncated() != null) {
            response.header("X-References-Truncated-At", report.truncated().stoppedAt());
        }
        return response.header("Server-Timing", drafts.finish(run)).build();
    }

    @POST
    @Path("/report")
    @Consumes(MediaType.WILDCARD)
    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Operation(summary = "The problems of a draft's references as a CSV file or a printable page",
            description = "The same input, rate limit and budgets as /check (no recording). One row per problem: "
                    + "each error and warning of a reference (existing-link checks included), and the note of a "
                    + "reference that has none (UNKNOWN, PLACEHOLDER, LANGUAGE_MISSING). Columns: line (1-based, in "
                    + "the text the offsets point into), start, end, text, symbol, status, code, message, suggestion "
                    + "(several joined by ' | '). text/csv is RFC 4180 with a header row; a cell that a spreadsheet "
                    + "would read as a formula (starting with = + - @, tab or CR) is prefixed with an apostrophe. "
                    + "text/html is a printable page, everything escaped, served with a Content-Security-Policy "
                    + "that allows no script. Accept chooses; CSV when both are acceptable and CSV is not ranked "
                    + "below.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", summary = "From the Spanish draft A/AC.292/2024/L.1",
                            value = DraftExamples.SNIPPET)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.PLAIN_CHECK)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "es", value = DraftExamples.HTML_SNIPPET)),
            @Content(mediaType = DraftFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The problems",
            headers = @Header(name = "Server-Timing", description = TIMING, schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE) or target "
            + "(INVALID_PARAMETER)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "406", description = "Accept names neither text/csv nor text/html (NOT_ACCEPTABLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Draft over 20 MB (PAYLOAD_TOO_LARGE); a Word or PDF draft "
            + "with more text than one check reads (DRAFT_TEXT_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not a draft format (UNSUPPORTED_MEDIA_TYPE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Text that is not valid UTF-8 or contains NUL, a damaged "
            + "Word or PDF file (UNPROCESSABLE_CONTENT); a draft too complex to read (DRAFT_TOO_COMPLEX)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "The client's rate limit is used up (RATE_LIMITED, Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "Every slot for reading Word and PDF drafts is taken "
            + "(DRAFT_EXTRACTION_BUSY, Retry-After)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response report(@Context HttpHeaders headers,
                           @Parameter(description = LANG, example = "es") @QueryParam("lang") String lang,
                           @Parameter(description = TARGET, example = "undocs",
                                   schema = @Schema(enumeration = {"resolver", "undocs", "ods"}))
                           @QueryParam("target") String target,
                           byte[] body) {
        boolean html = wantsHtml(headers);
        DraftService.Run run = drafts.check(headers.getMediaType(), lang, target,
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), body);
        List<ReportDownloads.Row> rows = ReportDownloads.rows(run.report(), run.text());
        Response.ResponseBuilder response = html
                ? Response.ok(ReportDownloads.html(run.report(), rows), "text/html;charset=UTF-8")
                .header("Content-Security-Policy", ReportDownloads.PAGE_POLICY)
                : Response.ok(ReportDownloads.csv(rows), "text/csv;charset=UTF-8;header=present")
                .header("Content-Disposition", "attachment; filename=\"draft-problems.csv\"");
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Server-Timing", drafts.finish(run)).build();
    }

    /** HTML when the client ranks it above CSV (the acceptable types come sorted by preference). */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.getType().equals("text") && m.getSubtype().equals("csv")) {
                return false;
            }
            if (m.getType().equals("text") && m.getSubtype().equals("html")) {
                return true;
            }
        }
        return false;
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
