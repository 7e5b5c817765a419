package org.unsymbol.linkhealth;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.auth.WriteAccess;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.platform.problem.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state of the link-health checks, and a run on demand. */
@Path("/api/v1/links/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "links", description = "Stable clickable links for rendered reports")
public class LinkHealthResource {

    private final LinkHealthService service;
    private final LinkHealthStore store;
    private final LinkHealthConfig config;
    private final PublicBaseUrl base;

    public LinkHealthResource(LinkHealthService service, LinkHealthStore store, LinkHealthConfig config,
                              PublicBaseUrl base) {
        this.base = base;
        this.service = service;
        this.store = store;
        this.config = config;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostJson(String host, long urls, Map<String, Long> byStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunJson(String startedAt, String finishedAt, int discovered, int checked,
                          Map<String, Integer> byStatus) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SummaryJson(
            @Schema(description = "URLs known: the catalogue's files and the ODS templates of catalogued documents")
            long urls, long catalogueUrls, long templateUrls,
            @Schema(description = "By status: unchecked, ok, missing, failing, refused") Map<String, Long> byStatus,
            List<HostJson> hosts,
            @Schema(description = "The least recent last check (ISO 8601); null before any check") String oldestCheck,
            String newestCheck,
            @Schema(description = "Whether the scheduled check is on (unsymbol.link-health.enabled)") boolean scheduled,
            String every, boolean running, RunJson lastRun) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TriggerJson(boolean started, boolean running, String status) {
    }

    @GET
    @Operation(summary = "Summarises link health: URLs per status and per host, the oldest and newest check, the "
            + "last run")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "503", description = "Database unavailable (DATABASE_UNAVAILABLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public SummaryJson summary() {
        LinkHealthStore.Summary s = store.summary();
        List<HostJson> hosts = new ArrayList<>();
        s.byHost().forEach((host, counts) -> hosts.add(new HostJson(host,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        RunJson last = service.lastRun().map(r -> new RunJson(r.startedAt().toString(), r.finishedAt().toString(),
                r.discovered(), r.checked(), r.byStatus())).orElse(null);
        return new SummaryJson(s.urls(), s.catalogueUrls(), s.templateUrls(), s.byStatus(), hosts,
                text(s.oldestCheck()), text(s.newestCheck()), config.enabled(), config.every(), service.running(),
                last);
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    @POST
    @Path("/checks")
    @WriteAccess
    @Operation(summary = "Starts a link-health check now (one batch of due URLs), in the background",
            description = "202 at once; the summary (Location) shows the run and its results. A run already going on "
                    + "is not doubled: the answer then says started=false.")
    @APIResponse(responseCode = "202", description = "Started, or already running")
    public Response check() {
        boolean started = service.trigger();
        return Response.accepted(new TriggerJson(started, true, started ? "started" : "already running"))
                .header("Location", base.get() + "/api/v1/links/health").build();
    }
}
