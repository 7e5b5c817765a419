package org.unsymbol.catalogue;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.catalogue.io.ImportReport;
import org.unsymbol.platform.auth.WriteAccess;

import java.io.InputStream;

/**
 * Bulk import. The body is read as a stream, record by record, never buffered whole: NDJSON (the wire format, one
 * document per line), CSV ({@link org.unsymbol.catalogue.io.CsvColumns}) or MARCXML from the UN Digital Library.
 * Re-importing the same data changes nothing; a bad record is reported and skipped.
 */
@Path("/api/v1/imports")
@Tag(name = "catalogue")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @WriteAccess
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports documents from application/x-ndjson, text/csv or application/marcxml+xml")
    public ImportReport importDocuments(@jakarta.ws.rs.HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                        InputStream body) {
        return imports.importBody(ImportService.Format.of(contentType), body);
    }
}
