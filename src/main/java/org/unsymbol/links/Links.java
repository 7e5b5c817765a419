package org.unsymbol.links;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a document can be read, in one language. {@code document} is the best single target: the catalogue's own file
 * when it has one on an allowed host, else the ODS PDF, else (for Digital Library decision keys, which have no ODS
 * file) the Digital Library search. Absent links are null.
 */
public record Links(String document,
                    @Schema(nullable = true, description = "Null for Digital Library decision keys") String undocs,
                    @Schema(nullable = true, description = "Null for Digital Library decision keys") String odsPdf,
                    @Schema(nullable = true, description = "Null for Digital Library decision keys") String odsDoc,
                    String digitalLibrary) {
}
