package org.unsymbol.platform.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Documents each problem {@code type}: the URI in a problem body resolves here. */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "problems", description = "The error codes of every problem response")
public class ProblemCatalogResource {

    public record ProblemType(String type, String code, int status, String title) {
        static ProblemType of(ErrorCode code) {
            return new ProblemType(code.type(), code.name(), code.status(), code.title());
        }
    }

    @GET
    @Operation(summary = "Lists every error code a problem response can carry")
    public List<ProblemType> all() {
        return Arrays.stream(ErrorCode.values()).map(ProblemType::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Describes one problem type")
    @APIResponse(responseCode = "200", description = "The problem type")
    @APIResponse(responseCode = "404", description = "No such problem type (NOT_FOUND)")
    public ProblemType one(@PathParam("slug") String slug) {
        return Arrays.stream(ErrorCode.values()).filter(c -> c.slug().equals(slug)).findFirst()
                .map(ProblemType::of)
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND, "No problem type '" + slug + "'."));
    }
}
