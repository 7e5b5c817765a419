package org.unsymbol.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A constant answer on the same thread model as the API: the baseline that HTTP benchmarks divide by. */
@Path("/api/v1/ping")
@Tag(name = "operations", description = "Liveness of the API itself (health and metrics live under /q)")
public class PingResource {

    public record Pong(String status, String service) {
    }

    private static final Pong PONG = new Pong("ok", "unsymbol");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Constant answer, for liveness checks from clients and as the benchmark baseline")
    public Pong ping() {
        return PONG;
    }
}
