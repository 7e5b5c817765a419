package org.unsymbol.catalogue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.unsymbol.platform.http.PublicBaseUrl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.unsymbol.catalogue.CatalogueService.PutResult;
import org.unsymbol.catalogue.model.CatalogueDocument;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.RecordJson;
import org.unsymbol.platform.auth.WriteAccess;
import org.unsymbol.platform.problem.Problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One catalogued document at {@code /api/v1/documents/{symbol}}, where the symbol keeps its slashes and may be
 * written in any spelling the grammar normalizes. {@code /languages} and {@code /related} are sub-resources: their
 * templates carry more literal characters, so JAX-RS matches them first, and no symbol component is named so.
 */
@Path(DocumentResource.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalogue", description = "Documents, their language versions and relations")
public class DocumentResource {

    /**
     * The URL root this resource owns. It has one guest, the cites/cited-by graph ({@code /{symbol}/citations},
     * {@code /{symbol}/cited-by}: {@code citegraph.CitationGraphResource}, which declares {@code @Path(ROOT)}); the
     * README's route table lists both and {@code RouteTableTest} fails on any other resource under a taken root.
     */
    public static final String ROOT = "/api/v1/documents";

    private static final String SYMBOL = "A UN document symbol, raw in the path (any spelling the grammar normalizes)";
    private static final String EXAMPLE = "A/AC.292/2024/L.1";
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String NOT_CATALOGUED =
            "Not catalogued: says whether the symbol is valid and offers close catalogue symbols (DOCUMENT_NOT_FOUND)";
    private static final String MALFORMED = "Malformed symbol, with the grammar's findings (MALFORMED_SYMBOL)";

    private final CatalogueService catalogue;
    private final RelatedService related;
    private final SearchService search;
    private final PublicBaseUrl publicBaseUrl;
    private final CatalogueQuery queries;
    private final RecordJson wire;
    /** What link health knows of the record's files (memory only), shown by GET. */
    @jakarta.inject.Inject
    org.unsymbol.links.LinkHealth health;

    public DocumentResource(CatalogueService catalogue, RelatedService related, SearchService search,
                            PublicBaseUrl publicBaseUrl, CatalogueQuery queries, RecordJson wire) {
        this.queries = queries;
        this.wire = wire;
        this.catalogue = catalogue;
        this.related = related;
        this.search = search;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GET
    @Operation(summary = "Searches the catalogue: in symbol-key order, or best first when q searches titles; "
            + "cursor paging and optional facets")
    public Response search(@QueryParam("prefix") String prefix, @QueryParam("body") String body,
                           @QueryParam("session") String session, @QueryParam("year") String year,
                           @QueryParam("kind") String kind, @QueryParam("lang") String lang,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @Parameter(description = "A symbol (exact lookup), else words searched in the titles of "
                                   + "every language, best first: accents aside, stemmed per title language, Chinese "
                                   + "by substring, the last word also a prefix; \"phrase\", -word, or. At most 500 "
                                   + "characters and 32 words")
                           @QueryParam("q") String q,
                           @Parameter(description = "Items per page, 1 to 1000 (default 50)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                           @Parameter(description = "true to add counts by kind, year and language",
                                   schema = @Schema(type = SchemaType.BOOLEAN))
                           @QueryParam("facets") String facets, @Context UriInfo uri) {
        DocumentFilter query = queries.filter(prefix, body, session, year, kind, lang, from, to, q);
        SearchService.Page page = search.search(query, SearchService.limit(limit), cursor,
                SearchService.facets(facets));
        Response.ResponseBuilder response = Response.ok(new PageJson(
                page.items().stream().map(wire::document).toList(), page.next(), page.facets()));
        if (page.next() != null) {
            URI next = UriBuilder.fromUri(publicBaseUrl.get() + ROOT)
                    .replaceQuery(uri.getRequestUri().getRawQuery())
                    .replaceQueryParam("cursor", page.next()).build();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** A search page on the wire; {@code next} and {@code facets} are left out when absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageJson(List<DocumentJson> items, String next, Map<String, Map<String, Long>> facets) {
    }

    @GET
    @Path("/{symbol: .+}/languages")
    @Operation(summary = "The language versions of a document: which languages exist, with titles and files")
    @APIResponse(responseCode = "200", description = "The language versions, with the record's ETag")
    @APIResponse(responseCode = "404", description = NOT_CATALOGUED, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = MALFORMED, content = @Content(mediaType = PROBLEM))
    public Response languages(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol) {
        CatalogueDocument doc = catalogue.get(symbol);
        DocumentJson json = wire.document(doc);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("symbol", json.symbol());
        body.put("key", json.key());
        body.put("originalLanguage", json.originalLanguage());
        body.put("languages", List.copyOf(json.versions().keySet()));
        body.put("versions", json.versions());
        return withTag(Response.ok(body), doc).build();
    }

    @GET
    @Path("/{symbol: .+}/related")
    @Operation(summary = "Related documents: the Add./Corr./Rev. family from the symbol, and stored relations")
    @APIResponse(responseCode = "200",
            description = "The related documents: the family from the symbol and the stored relations")
    @APIResponse(responseCode = "404", description = NOT_CATALOGUED, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = MALFORMED, content = @Content(mediaType = PROBLEM))
    public Response related(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol) {
        return Response.ok(related.related(catalogue.get(symbol))).build();
    }

    @GET
    @Path("/{symbol: .+}")
    @Operation(summary = "A document by any spelling of its symbol, a joint single or an alias")
    @APIResponse(responseCode = "200", description = "The record, with an ETag")
    @APIResponse(responseCode = "404", description = NOT_CATALOGUED, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = MALFORMED, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CatalogueDocument doc = catalogue.get(symbol);
        if (ifNoneMatch != null && ifNoneMatch.contains(Preconditions.etag(doc.version()))) {
            return withTag(Response.notModified(), doc).build();
        }
        return withTag(Response.ok(RecordJson.withHealth(wire.document(doc), health)), doc).build();
    }

    @HEAD
    @Path("/{symbol: .+}")
    @Operation(summary = "Whether a document is catalogued: 200 or 404, no body")
    @APIResponse(responseCode = "200", description = "Catalogued")
    @APIResponse(responseCode = "404", description = "Not catalogued", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Malformed symbol", content = @Content(mediaType = PROBLEM))
    public Response head(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol) {
        CatalogueDocument doc = catalogue.get(symbol);
        return withTag(Response.ok(), doc).build();
    }

    @PUT
    @Path("/{symbol: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WriteAccess
    @Operation(summary = "Creates (201) or replaces (200) a document; If-Match makes the replace conditional",
            description = "Without `If-Match` a PUT is last-write-wins: it replaces whatever version is stored, as a "
                    + "bulk import line does, so that loaders and re-imports need no prior read. A client that edits "
                    + "what it read sends `If-Match` with the ETag of that read: a change in between is then a 412, "
                    + "never a lost update. `If-None-Match: *` creates only (412 if the document exists).")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "401", description = "No or wrong bearer key (UNAUTHORIZED)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version (PRECONDITION_FAILED)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Malformed symbol or record (MALFORMED_SYMBOL, VALIDATION_FAILED)", content = @Content(mediaType = PROBLEM))
    public Response put(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol,
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = DocumentJson.class))) String body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PutResult result = catalogue.put(symbol, body, new Preconditions(ifMatch, ifNoneMatch));
        CatalogueDocument doc = result.document();
        Response.ResponseBuilder response = result.created()
                ? Response.created(location(doc.symbol())) : Response.ok();
        return withTag(response.entity(wire.document(doc)), doc).build();
    }

    @PATCH
    @Path("/{symbol: .+}")
    @Consumes("application/merge-patch+json")
    @WriteAccess
    @Operation(summary = "Changes part of a document with a JSON merge patch (RFC 7396); If-Match makes it conditional")
    public Response patch(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol, String body,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CatalogueDocument doc = catalogue.patch(symbol, body, new Preconditions(ifMatch, null)).document();
        return withTag(Response.ok(RecordJson.withHealth(wire.document(doc), health)), doc).build();
    }

    @DELETE
    @Path("/{symbol: .+}")
    @WriteAccess
    @Operation(summary = "Withdraws a document (soft delete); If-Match makes it conditional")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "401", description = "No or wrong bearer key (UNAUTHORIZED)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Not catalogued (DOCUMENT_NOT_FOUND)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names a stale version (PRECONDITION_FAILED)", content = @Content(mediaType = PROBLEM))
    public Response delete(@Parameter(description = SYMBOL, example = EXAMPLE) @PathParam("symbol") String symbol,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        catalogue.delete(symbol, new Preconditions(ifMatch, null));
        return Response.noContent().build();
    }

    URI location(String canonical) {
        return URI.create(publicBaseUrl.get() + ROOT + "/" + SymbolPaths.encode(canonical));
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder builder, CatalogueDocument doc) {
        return builder.header(HttpHeaders.ETAG, Preconditions.etag(doc.version()));
    }
}
