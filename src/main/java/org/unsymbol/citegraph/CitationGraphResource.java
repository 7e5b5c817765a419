package org.unsymbol.citegraph;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unsymbol.catalogue.DocumentResource;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.resolve.LanguageParam;

/**
 * The cites/cited-by graph of a catalogued document: {@code /api/v1/documents/{symbol}/citations} and
 * {@code /cited-by}. The root {@link DocumentResource#ROOT} is the catalogue's; this resource is its one guest, named
 * there and in the README's route table (which {@code RouteTableTest} holds to the code). Its templates end in more
 * literal characters than the catalogue's {@code /{symbol}}, so JAX-RS matches them first.
 */
@Path(DocumentResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "Documents, their language versions and relations")
public class CitationGraphResource {

    private static final String LANG = "Language of the links and titles (ISO 639-1); absent: /r/{symbol} links";

    private final CitationGraphService citations;

    public CitationGraphResource(CitationGraphService citations) {
        this.citations = citations;
    }

    @GET
    @Path("/{symbol: .+}/citations")
    @Operation(summary = "The documents a catalogued report cites, as recorded from its draft",
            description = "Recorded with POST /api/v1/drafts/check?record={symbol}. In order of first occurrence; "
                    + "found/unknown is decided now, against the current catalogue.")
    @Parameter(name = "symbol", description = "The citing document's symbol, raw", example = "A/AC.292/2024/L.1")
    @APIResponse(responseCode = "200", description = "The recorded citations (empty if none were recorded)",
            content = @Content(schema = @Schema(implementation = CitationViews.Citations.class)))
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not in the catalogue (DOCUMENT_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Malformed symbol (MALFORMED_SYMBOL)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CitationViews.Citations citations(@PathParam("symbol") String symbol,
                                             @Parameter(description = LANG, example = "es")
                                             @QueryParam("lang") String lang) {
        return citations.citations(symbol, LanguageParam.parse(lang));
    }

    @GET
    @Path("/{symbol: .+}/cited-by")
    @Operation(summary = "The catalogued reports whose recorded citations include this document",
            description = "Any valid symbol, catalogued or not; a citation of one of its aliases counts.")
    @Parameter(name = "symbol", description = "The cited document's symbol, raw", example = "A/78/265")
    @APIResponse(responseCode = "200", description = "The citing reports, most recently recorded first",
            content = @Content(schema = @Schema(implementation = CitationViews.CitedBy.class)))
    @APIResponse(responseCode = "400", description = "Unknown language (UNKNOWN_LANGUAGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Malformed symbol (MALFORMED_SYMBOL)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CitationViews.CitedBy citedBy(@PathParam("symbol") String symbol,
                                         @Parameter(description = LANG, example = "es")
                                         @QueryParam("lang") String lang) {
        return citations.citedBy(symbol, LanguageParam.parse(lang));
    }
}
