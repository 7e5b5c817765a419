package org.unsymbol.symbolapi;

import org.unsymbol.platform.RawPath;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.http.RateLimiter;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.SymbolParser;

import java.util.ArrayList;
import java.util.List;

/** Parses and validates UN document symbols: one in the path, or a batch in the body. */
@Path("/api/v1/symbols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "symbols", description = "Parse, validate and normalize UN document symbols")
public class SymbolResource {

    static final String PREFIX = "/api/v1/symbols/";
    public static final int MAX_BATCH = 10_000;

    private final SymbolParser parser;
    private final RateLimiter rateLimiter;

    public SymbolResource(SymbolParser parser, RateLimiter rateLimiter) {
        this.parser = parser;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Path("/{symbol: .+}")
    @Operation(summary = "Parses one symbol",
            description = "The symbol goes raw in the path, slashes and all (A/78/265); percent-encoded forms "
                    + "(A%2F78%2F265) are accepted too. The answer is 200 whatever the input: `valid` is false "
                    + "for malformed or implausible symbols, and `errors` says why, with offsets into the input.")
    @APIResponse(responseCode = "200", description = "The parse, valid or not",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SymbolView.class),
                    examples = {@ExampleObject(name = "normalized", value = SymbolExamples.VALID),
                            @ExampleObject(name = "malformed", value = SymbolExamples.INVALID)}))
    public SymbolView parse(
            @Parameter(description = "A UN document symbol, as written", examples = {
                    @ExampleObject(name = "GA document", value = "A/78/265"),
                    @ExampleObject(name = "SC resolution", value = "S/RES/2719 (2023)"),
                    @ExampleObject(name = "subsidiary body", value = "A/AC.292/2024/L.1"),
                    @ExampleObject(name = "joint symbol", value = "A/55/305-S/2000/809"),
                    @ExampleObject(name = "messy", value = "e/cn.4/1989/29/Corr.l")})
            @PathParam("symbol") String symbol,
            @Context HttpServerRequest request) {
        String raw = RawPath.after(request.uri(), PREFIX);
        return SymbolView.of(parser.parse(raw != null ? raw : symbol));
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parses a batch of symbols (JSON array)",
            description = "Up to 10,000 strings; the answer lists one parse per input, in order.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            examples = @ExampleObject(name = "batch", value = "[\"A/78/265\", \"S/RES/2719(2023)\", \"A//78/265\"]")))
    @APIResponse(responseCode = "200", description = "One parse per input, in input order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SymbolView.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array of strings (MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "More than 10,000 symbols (BATCH_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too large",
                    value = SymbolExamples.BATCH_TOO_LARGE)))
    public List<SymbolView> validate(List<String> symbols) {
        if (symbols == null) {
            throw new ProblemException(ErrorCode.BAD_REQUEST, "Send a JSON array of symbol strings.");
        }
        return parseAll(symbols);
    }

    @POST
    @Path("/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Parses a batch of symbols (one per line)",
            description = "Up to 10,000 lines; blank lines are parsed too (as EMPTY_INPUT) so that answers line up.")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN,
            examples = @ExampleObject(name = "lines", value = "A/78/265\nS/RES/2719(2023)\nA//78/265")))
    @APIResponse(responseCode = "200", description = "One parse per line, in order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SymbolView.class)))
    @APIResponse(responseCode = "413", description = "More than 10,000 lines (BATCH_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<SymbolView> validateLines(String body) {
        List<String> lines = new ArrayList<>();
        if (body != null && !body.isEmpty()) {
            for (String line : body.split("\r?\n", -1)) {
                lines.add(line);
            }
            if (body.endsWith("\n")) {
                lines.remove(lines.size() - 1); // a final newline ends the last line; it starts none
            }
        }
        return parseAll(lines);
    }

    private List<SymbolView> parseAll(List<String> symbols) {
        if (symbols.size() > MAX_BATCH) {
            throw new ProblemException(ErrorCode.BATCH_TOO_LARGE, symbols.size() + " symbols; at most " + MAX_BATCH
                    + " per request.").with("limit", MAX_BATCH);
        }
        rateLimiter.chargeItems(symbols.size()); // batch work costs 1 per item, charged before the work
        List<SymbolView> out = new ArrayList<>(symbols.size());
        for (String s : symbols) {
            out.add(SymbolView.of(parser.parse(s == null ? "" : s)));
        }
        return out;
    }
}
