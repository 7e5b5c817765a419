package org.unsymbol.symbolapi;

import org.unsymbol.platform.RawPath;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbol.BodyRegistry;
import org.unsymbol.symbol.SymbolParser;

import java.util.List;

/** The registry of roots and bodies the grammar knows. */
@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bodies", description = "The registry of organs, series and subsidiary bodies")
public class BodyResource {

    static final String PREFIX = "/api/v1/bodies/";

    private final BodyRegistry registry;

    public BodyResource(SymbolParser parser) {
        this.registry = parser.registry();
    }

    @GET
    @Operation(summary = "Lists every registered root and body")
    @APIResponse(responseCode = "200", description = "All bodies, roots first in registry order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BodyView.class)))
    public List<BodyView> all() {
        return registry.all().stream().map(b -> BodyView.of(b, registry)).toList();
    }

    @GET
    @Path("/{prefix: .+}")
    @Operation(summary = "Describes one root or body, with its parent chain and children")
    @APIResponse(responseCode = "200", description = "The registry entry",
            content = @Content(schema = @Schema(implementation = BodyView.class), examples = @ExampleObject(
                    name = "A/AC.292", value = "{\"prefix\":\"A/AC.292\",\"parent\":\"A\",\"root\":false,\"names\":"
                    + "{\"en\":\"Open-ended working group on security of and in the use of information and "
                    + "communications technologies 2021-2025\"},\"validFrom\":2021,\"validTo\":2025,\"note\":"
                    + "\"established by GA resolution 75/240; A/AC.292/2024/L.1\",\"chain\":[\"A\"],\"children\":[]}")))
    @APIResponse(responseCode = "404", description = "No such prefix in the registry (BODY_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown",
                    value = "{\"type\":\"/problems/body-not-found\",\"title\":\"Body not in the registry\","
                            + "\"status\":404,\"code\":\"BODY_NOT_FOUND\",\"detail\":\"No body 'A/AC.999' in the "
                            + "registry.\",\"prefix\":\"A/AC.999\"}")))
    public BodyView one(
            @Parameter(description = "The series prefix, slashes raw, any case", examples = {
                    @ExampleObject(name = "OEWG on ICT", value = "A/AC.292"),
                    @ExampleObject(name = "Human Rights Council", value = "A/HRC"),
                    @ExampleObject(name = "root", value = "S")})
            @PathParam("prefix") String prefix,
            @Context HttpServerRequest request) {
        String raw = RawPath.after(request.uri(), PREFIX);
        String wanted = raw != null ? raw : prefix;
        return registry.find(wanted.strip()).map(b -> BodyView.of(b, registry))
                .orElseThrow(() -> new ProblemException(ErrorCode.BODY_NOT_FOUND,
                        "No body '" + wanted + "' in the registry.").with("prefix", wanted));
    }
}
