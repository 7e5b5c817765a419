package org.unsymbol.harvest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.auth.WriteAccess;
import org.unsymbol.platform.http.PublicBaseUrl;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Harvests from the UN Digital Library over OAI-PMH: start one, resume one, watch their progress. */
@Path("/api/v1/harvests")
@Tag(name = "harvest", description = "Harvests of the UN Digital Library over OAI-PMH into the catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestResource {

    private static final int MAX_BODY = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HarvestService harvests;
    private final PublicBaseUrl publicBaseUrl;

    public HarvestResource(HarvestService harvests, PublicBaseUrl publicBaseUrl) {
        this.harvests = harvests;
        this.publicBaseUrl = publicBaseUrl;
    }

    @POST
    @WriteAccess
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "startHarvest", summary = "Starts a harvest of the configured OAI-PMH repository")
    @RequestBody(required = false, description = "{mode: full|incremental, from, until, set}, all optional")
    @APIResponse(responseCode = "202", description = "Started; Location is its progress")
    @APIResponse(responseCode = "400", description = "A bad mode, datestamp or set (INVALID_PARAMETER, MALFORMED_JSON)")
    @APIResponse(responseCode = "409", description = "A harvest of the source runs already (HARVEST_RUNNING); "
            + "the problem names it")
    @APIResponse(responseCode = "503", description = "No repository configured (HARVEST_NOT_CONFIGURED)")
    public Response start(InputStream body) {
        HarvestRequestJson request = read(body);
        HarvestRun run = harvests.start(new HarvestService.Request(request.mode(), request.from(), request.until(),
                request.set()), "request");
        return accepted(run);
    }

    @POST
    @Path("/{id}/resume")
    @WriteAccess
    @Operation(operationId = "resumeHarvest", summary = "Resumes a failed harvest from its last whole page")
    @APIResponse(responseCode = "202", description = "Resumed; Location is its progress")
    @APIResponse(responseCode = "404", description = "No such harvest (HARVEST_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not failed (HARVEST_NOT_RESUMABLE) or a harvest of the source "
            + "runs (HARVEST_RUNNING)")
    @APIResponse(responseCode = "503", description = "No repository configured (HARVEST_NOT_CONFIGURED)")
    public Response resume(@Parameter(description = "The harvest's id", example = "1") @PathParam("id") long id) {
        return accepted(harvests.resume(id));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHarvest", summary = "A harvest's progress: counts, token, rate, ETA, rejections")
    @APIResponse(responseCode = "200", description = "The harvest")
    @APIResponse(responseCode = "404", description = "No such harvest (HARVEST_NOT_FOUND)")
    public HarvestView get(@Parameter(description = "The harvest's id", example = "1") @PathParam("id") long id) {
        HarvestService.Progress p = harvests.progress(id);
        return HarvestView.of(p.run(), p.rejections());
    }

    @GET
    @Operation(operationId = "listHarvests", summary = "The recent harvests, newest first")
    @APIResponse(responseCode = "200", description = "Up to limit harvests (default 20, at most 100)")
    @APIResponse(responseCode = "400", description = "A bad limit (INVALID_PARAMETER)")
    public List<HarvestView> list(@Parameter(description = "How many, 1 to 100 (default 20)", example = "20")
                                  @QueryParam("limit") Integer limit) {
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > 100) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "limit is between 1 and 100, not " + n + ".")
                    .with("parameter", "limit");
        }
        return harvests.recent(n).stream().map(h -> HarvestView.of(h, null)).toList();
    }

    private Response accepted(HarvestRun run) {
        URI location = URI.create(publicBaseUrl.get() + "/api/v1/harvests/" + run.id);
        return Response.accepted(HarvestView.of(run, null)).location(location).build();
    }

    private static HarvestRequestJson read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new ProblemException(ErrorCode.BAD_REQUEST, "The request body could not be read.");
        }
        if (bytes.length > MAX_BODY) {
            throw new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE, "A harvest request is at most " + MAX_BODY
                    + " bytes.");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new HarvestRequestJson(null, null, null, null);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ProblemException(ErrorCode.MALFORMED_JSON, "A harvest request is a JSON object ({...}).");
            }
            return new HarvestRequestJson(text(node, "mode"), text(node, "from"), text(node, "until"),
                    text(node, "set"));
        } catch (IOException e) {
            throw new ProblemException(ErrorCode.MALFORMED_JSON, "The harvest request is not valid JSON.");
        }
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode node, String name) {
        com.fasterxml.jackson.databind.JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, name + " is a string.").with("parameter", name);
        }
        return v.asText();
    }
}
