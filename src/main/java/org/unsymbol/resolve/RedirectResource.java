package org.unsymbol.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.links.AcceptNegotiation;
import org.unsymbol.links.BibliographicData;
import org.unsymbol.links.BibliographyFormats;
import org.unsymbol.links.BibliographyStyles;
import org.unsymbol.links.LanguageChoice;
import org.unsymbol.lang.Language;
import org.unsymbol.links.Representation;
import org.unsymbol.platform.RawPath;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.platform.problem.ProblemResponses;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The clickable link: {@code /r/{lang}/{symbol}} and {@code /r/{symbol}}. One URL for people and programs, as doi.org
 * does: a browser is redirected to the document, a program gets JSON or a citation format by {@code Accept}.
 * The {@code Location} only ever comes from the link templates or an allowed catalogue URL.
 */
@Path("/r")
@Tag(name = "links", description = "Stable clickable links for rendered reports")
public class RedirectResource {

    private static final String VARY = "Accept, Accept-Language";
    private static final String CACHE = "public, max-age=300";

    private final Resolver resolver;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    private final ResolverMetrics metrics;
    private final BibliographyStyles styles;

    public RedirectResource(Resolver resolver, ProblemResponses problems, ObjectMapper json, ResolverMetrics metrics,
                            @ConfigProperty(name = "unsymbol.citations.styles") List<String> styles,
                            @ConfigProperty(name = "unsymbol.citations.locales") List<String> locales) {
        this.styles = new BibliographyStyles(styles, locales);
        this.metrics = metrics;
        this.resolver = resolver;
        this.problems = problems;
        this.json = json;
    }

    @GET
    @Path("/{path: .+}")
    @Operation(summary = "Opens a document, or describes it, by content negotiation",
            description = "`/r/es/A/78/265` or `/r/A/78/265`. Accept text/html, */* or none: 302 to the document. "
                    + "application/json: the resolve JSON. application/vnd.citationstyles.csl+json, "
                    + "application/x-bibtex, application/x-research-info-systems: citation data. "
                    + "text/x-bibliography: a formatted citation, `style=` a CSL style id the service allows "
                    + "(unsymbol.citations.styles: apa (default), chicago-author-date, chicago-note-bibliography, "
                    + "harvard-cite-them-right, modern-language-association, ieee, vancouver, "
                    + "american-medical-association) and `locale=` (en-US (default), en-GB, fr-FR, es-ES, ru-RU, "
                    + "zh-CN, ar) as parameters of the Accept range, e.g. "
                    + "`text/x-bibliography; style=chicago-author-date; locale=fr-FR`; 406 for an unknown one. "
                    + "q-values honoured.")
    @Parameter(name = "path", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING),
            description = "Optional language, then the symbol, raw", example = "es/A/78/265")
    @APIResponse(responseCode = "302", description = "Redirect to the document in the chosen language")
    @APIResponse(responseCode = "200", description = "Metadata or citation in the negotiated format",
            content = @Content(mediaType = "application/json", schema = @Schema()))
    @APIResponse(responseCode = "400", description = "Unknown language (HTML page for browsers)")
    @APIResponse(responseCode = "406", description = "No acceptable representation (NOT_ACCEPTABLE)")
    @APIResponse(responseCode = "422", description = "Malformed symbol (HTML page for browsers)")
    public CompletionStage<Response> open(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        // the request-target as sent: UriInfo's path has "//" collapsed, which would turn A//78/265 into A/78/265
        String uri = RawPath.after(request, "/r/");
        Optional<AcceptNegotiation.Choice> wanted = AcceptNegotiation.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT));
        if (wanted.isEmpty()) {
            return OffLoop.now(problems.response(new Problem(ErrorCode.NOT_ACCEPTABLE,
                    "This link can answer with " + String.join(", ", Representation.mediaTypes()) + " (or */*).")
                    .with("acceptable", Representation.mediaTypes())));
        }
        AcceptNegotiation.Choice choice = wanted.get();
        // on the event loop: a cached entry (or a malformed symbol) is answered here; a miss, which reads the
        // catalogue, and a formatted citation, which may compile a CSL style, are answered on a worker thread
        try {
            Target target = Target.of(uri);
            String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            if (choice.representation() == Representation.REDIRECT) { // only what the 302 and its headers need
                Resolver.Redirect hit = resolver.redirectIfCached(target.symbol, target.language, acceptLanguage);
                if (hit != null) {
                    return OffLoop.now(redirect(hit.location(), hit.choice()));
                }
            } else if (choice.representation() != Representation.BIBLIOGRAPHY) {
                Resolver.Resolved hit = resolver.resolveIfCached(target.symbol, target.language, acceptLanguage);
                if (hit != null) {
                    return OffLoop.now(answer(choice, hit));
                }
            }
            return OffLoop.onWorker(() -> answerOrPage(choice,
                    () -> resolver.resolve(target.symbol, target.language, acceptLanguage), uri));
        } catch (ProblemException e) {
            return OffLoop.now(page(choice, e, uri));
        }
    }

    /** The answer for a resolution made here (on a worker), or the problem as a page or a problem response. */
    private Response answerOrPage(AcceptNegotiation.Choice choice, Supplier<Resolver.Resolved> resolution,
                                  String uri) {
        try {
            return answer(choice, resolution.get());
        } catch (ProblemException e) {
            return page(choice, e, uri);
        }
    }

    /**
     * A browser gets an HTML page for a problem, a program the problem itself (thrown to the mappers); never a
     * redirect, not even to the grammar's best guess: on the page each suggestion is a link the reader may choose; the
     * problem is the one {@code MALFORMED_SYMBOL} shape every endpoint answers (its {@code suggestions}, no more).
     */
    private static Response page(AcceptNegotiation.Choice choice, ProblemException e, String uri) {
        @SuppressWarnings("unchecked")
        List<String> suggestions = (List<String>) e.problem().getExtensions().getOrDefault("suggestions", List.of());
        if (choice.representation() == Representation.REDIRECT) {
            return ErrorPage.of(e.problem(), suggestions,
                    ErrorPage.suggestionLinks(languageSegment(uri), suggestions));
        }
        throw e;
    }

    /** The link's own language segment, if it has a known one, for the suggestions' links. */
    private static Optional<Language> languageSegment(String path) {
        try {
            return Target.of(path).language();
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    @HEAD
    @Path("/{path: .+}")
    @Operation(summary = "Checks a link: the same status and headers as GET, without a body")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema()))
    @Parameter(name = "path", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING),
            description = "Optional language, then the symbol, raw", example = "es/A/78/265")
    public CompletionStage<Response> head(@Context HttpServerRequest request, @Context HttpHeaders headers) {
        return open(request, headers);
    }

    private Response answer(AcceptNegotiation.Choice choice, Resolver.Resolved resolved) throws ProblemException {
        Representation representation = choice.representation();
        Resolution r = resolved.resolution();
        Response.ResponseBuilder builder = switch (representation) {
            case REDIRECT -> redirect(r);
            case JSON -> Response.ok(r, representation.mediaType());
            case CSL_JSON -> Response.ok(write(BibliographyFormats.cslJson(citation(resolved))),
                    representation.mediaType());
            case BIBTEX -> Response.ok(BibliographyFormats.bibtex(citation(resolved)),
                    representation.mediaType() + "; charset=utf-8");
            case RIS -> Response.ok(BibliographyFormats.ris(citation(resolved)),
                    representation.mediaType() + "; charset=utf-8");
            case BIBLIOGRAPHY -> Response.ok(formatted(citation(resolved), choice.parameters()),
                    representation.mediaType() + "; charset=utf-8");
        };
        return languageHeaders(builder, r).header("Vary", VARY).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }

    private Response.ResponseBuilder redirect(Resolution r) {
        metrics.redirected(r.language());
        return Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, r.links().document());
    }

    /** The same 302 as {@link #answer} makes from a whole resolution, from only its target and language choice. */
    private Response redirect(String location, LanguageChoice c) {
        metrics.redirected(c.language().code());
        return languageHeaders(Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, location),
                c.language().code(), c.requested().code(), c.status().wire(), c.fallback())
                .header("Vary", VARY).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }

    /**
     * What every answer of a link says of its language, as the JSON does: {@code Content-Language} the language of
     * the target, {@code X-Language-Requested} the one asked for, {@code X-Language-Status} what is known of it
     * ({@code available}, {@code unverified}, {@code missing}) and {@code X-Language-Fallback} whether the target is
     * in another language because the requested one is known to be missing.
     */
    static Response.ResponseBuilder languageHeaders(Response.ResponseBuilder b, Resolution r) {
        return languageHeaders(b, r.language(), r.requestedLanguage(), r.languageStatus(),
                Boolean.TRUE.equals(r.fallback()));
    }

    private static Response.ResponseBuilder languageHeaders(Response.ResponseBuilder b, String language,
                                                            String requested, String status, boolean fallback) {
        return b.header("Content-Language", language)
                .header("X-Language-Requested", requested)
                .header("X-Language-Status", status)
                .header("X-Language-Fallback", fallback ? "true" : "false");
    }

    private static BibliographicData citation(Resolver.Resolved resolved) {
        return BibliographicRecords.of(resolved); // shared with the pages' citations to copy
    }

    private String formatted(BibliographicData citation, java.util.Map<String, String> parameters) {
        try {
            return styles.render(citation, parameters.get("style"), parameters.get("locale"));
        } catch (BibliographyStyles.Unsupported e) {
            throw new ProblemException(ErrorCode.NOT_ACCEPTABLE, e.getMessage()).with("parameter", e.parameter());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The language segment, when the path starts with one, and the symbol. */
    record Target(Optional<Language> language, String symbol) {

        static Target of(String path) {
            int slash = path.indexOf('/');
            if (slash == 2 && Character.isLetter(path.charAt(0)) && Character.isLetter(path.charAt(1))) {
                String code = path.substring(0, 2);
                Optional<Language> language = Language.fromTag(code);
                if (language.isPresent()) {
                    return new Target(language, path.substring(3));
                }
                if (code.equals(code.toLowerCase(Locale.ROOT))) {
                    throw LanguageParam.unknown(code); // lower-case pairs are language codes; no root is written so
                }
            }
            return new Target(Optional.empty(), path);
        }
    }
}
