package org.unsymbol.resolve;

import io.vertx.core.http.HttpServerRequest;
import org.unsymbol.lang.Language;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.RawPath;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resolve", description = "Symbols to links, per language")
public class ResolveResource {

    public static final int MAX_BATCH = 10_000;
    private static final String PREFIX = "/api/v1/resolve/";

    private final Resolver resolver;
    private final org.unsymbol.platform.http.RateLimiter rateLimiter;

    public ResolveResource(Resolver resolver, org.unsymbol.platform.http.RateLimiter rateLimiter) {
        this.resolver = resolver;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Path("/{symbol: .+}")
    @Operation(summary = "Resolves a symbol to its links in a language",
            description = "The symbol goes raw in the path, slashes and all. Language: `lang`, else Accept-Language, "
                    + "else the document's original language, else English. A valid symbol that is not catalogued "
                    + "still resolves (inCatalogue false); a catalogued one missing the language falls back openly.")
    @Parameter(name = "symbol", in = ParameterIn.PATH, required = true, description = "A UN document symbol, raw",
            example = "A/78/265", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Resolved")
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Malformed or implausible symbol (MALFORMED_SYMBOL)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CompletionStage<Resolution> resolve(@Context HttpServerRequest request, @Context HttpHeaders headers,
                                   @Parameter(description = "Language code", example = "es") @QueryParam("lang")
                                   String lang) {
        // on the event loop: a cached entry (or a malformed symbol) is answered here; only a miss reads the catalogue,
        // on a worker thread
        // the request-target as sent: UriInfo's path has "//" collapsed (A//78/265 would resolve as A/78/265)
        String symbol = RawPath.after(request, PREFIX);
        Optional<Language> language = LanguageParam.parse(lang);
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        Resolver.Resolved hit = resolver.resolveIfCached(symbol, language, acceptLanguage);
        if (hit != null) {
            return OffLoop.now(hit.resolution());
        }
        return OffLoop.onWorker(() -> resolver.resolve(symbol, language, acceptLanguage).resolution());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolves up to 10,000 symbols in one call, results in input order",
            description = "Invalid symbols come back in place with valid=false and the grammar's findings.")
    @RequestBody(content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
            implementation = String.class), examples = @ExampleObject(name = "symbols",
            value = "[\"A/78/265\", \"S/RES/2719 (2023)\", \"A/AC.292/2024/CRP.X\"]")))
    @APIResponse(responseCode = "200", description = "One result per input, in order")
    @APIResponse(responseCode = "400", description = "Malformed JSON or unknown language",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "More than 10,000 symbols (BATCH_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<Resolution> resolveAll(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                       @QueryParam("lang") String lang, List<String> symbols) {
        if (symbols == null) {
            throw new ProblemException(ErrorCode.VALIDATION_FAILED, "The body must be a JSON array of symbols.");
        }
        if (symbols.size() > MAX_BATCH) {
            throw new ProblemException(ErrorCode.BATCH_TOO_LARGE,
                    symbols.size() + " symbols sent; at most " + MAX_BATCH + " per request.")
                    .with("limit", MAX_BATCH);
        }
        rateLimiter.chargeItems(symbols.size());
        return resolver.resolveAll(symbols.stream().map(s -> s == null ? "" : s).toList(), LanguageParam.parse(lang),
                acceptLanguage);
    }
}
