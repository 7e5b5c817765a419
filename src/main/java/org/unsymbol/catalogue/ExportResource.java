package org.unsymbol.catalogue;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Locale;

/** Bulk export of the catalogue (or a filtered part) in a format {@code POST /api/v1/imports} takes back. */
@Path("/api/v1/exports")
@Tag(name = "catalogue")
public class ExportResource {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final ExportService exports;
    private final CatalogueQuery queries;

    public ExportResource(ExportService exports, CatalogueQuery queries) {
        this.exports = exports;
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Streams the catalogue as NDJSON (default) or CSV; takes the search filters")
    @APIResponse(responseCode = "200", description = "The documents in key order, in the import format")
    @APIResponse(responseCode = "503", description = "As many exports streaming as allowed (EXPORTS_BUSY) or the "
            + "database unavailable (DATABASE_UNAVAILABLE); see Retry-After")
    public Response export(@QueryParam("format") String format, @QueryParam("prefix") String prefix,
                           @QueryParam("body") String body, @QueryParam("session") String session,
                           @QueryParam("year") String year, @QueryParam("kind") String kind,
                           @QueryParam("lang") String lang, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String q,
                           @Context RoutingContext routing) {
        ExportService.Format f = format(format);
        org.unsymbol.catalogue.model.DocumentFilter query = queries.filter(prefix, body, session, year, kind, lang,
                from, to, q);
        ExportService.Slot slot = exports.tryStart().orElseThrow(() -> new ProblemException(ErrorCode.EXPORTS_BUSY,
                "The service is streaming as many exports as it allows at once. Try again shortly.")
                .header("Retry-After", RETRY_AFTER_SECONDS));
        routing.addEndHandler(done -> slot.close()); // also when the stream never runs (HEAD) or the client leaves
        HttpServerRequest request = routing.request();
        StreamingOutput stream = out -> {
            try (slot) {
                exports.export(query, f, out, () -> request.response().reset());
            }
        };
        String type = f == ExportService.Format.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson";
        String file = f == ExportService.Format.CSV ? "catalogue.csv" : "catalogue.ndjson";
        return Response.ok(stream, type).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    private static ExportService.Format format(String format) {
        if (format == null || format.isBlank()) {
            return ExportService.Format.NDJSON;
        }
        try {
            return ExportService.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorCode.INVALID_PARAMETER, "format is ndjson or csv, not '" + format + "'.")
                    .with("parameter", "format");
        }
    }
}
