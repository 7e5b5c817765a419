package org.unsymbol.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Locale;

/** Bulk export of the catalogue (or a filtered part) in a format {@code POST /api/v1/imports} takes back. */
@Path("/api/v1/exports")
@Tag(name = "catalogue")
public class ExportResource {

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Operation(summary = "Streams the catalogue as NDJSON (default) or CSV; takes the search filters")
    public Response export(@QueryParam("format") String format, @QueryParam("prefix") String prefix,
                           @QueryParam("body") String body, @QueryParam("session") String session,
                           @QueryParam("year") String year, @QueryParam("kind") String kind,
                           @QueryParam("lang") String lang, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("q") String q) {
        ExportService.Format f = format(format);
        CatalogueQuery query = CatalogueQuery.of(prefix, body, session, year, kind, lang, from, to, q);
        StreamingOutput stream = out -> exports.export(query, f, out);
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
