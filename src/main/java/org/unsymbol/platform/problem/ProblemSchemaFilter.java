package org.unsymbol.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Puts the problem+json contract into the OpenAPI document: a {@code Problem} schema whose {@code code} lists every
 * {@link ErrorCode}, that schema on every error response, and the error responses every operation can give whatever
 * it does (rate limit, unacceptable Accept, database outage, unexpected error; malformed or oversized bodies and
 * unsupported media types where it takes a body).
 */
public class ProblemSchemaFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";
    /** The one wire shape of a grammar finding, {@code org.unsymbol.symbolapi.FindingView}. */
    private static final String FINDING_REF = "#/components/schemas/SymbolFinding";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/r/")
                    && !path.getKey().startsWith("/problems")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                addCommonErrors(op.getKey(), op.getValue());
            }
        }
    }

    private static void addCommonErrors(PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean hasBody = op.getRequestBody() != null;
        if (hasBody) {
            ensure(responses, "400", "Malformed request body (MALFORMED_JSON, VALIDATION_FAILED)");
            ensure(responses, "413", "Body over this endpoint's limit (PAYLOAD_TOO_LARGE, BATCH_TOO_LARGE)");
            ensure(responses, "415", "Unsupported Content-Type (UNSUPPORTED_MEDIA_TYPE)");
        }
        ensure(responses, "406", "No acceptable representation (NOT_ACCEPTABLE)");
        ensure(responses, "429", "Rate limit reached; see Retry-After (RATE_LIMITED)");
        ensure(responses, "500", "Unexpected error, logged with an incident id (INTERNAL_ERROR)");
        ensure(responses, "503", "Database unavailable; see Retry-After (DATABASE_UNAVAILABLE)");
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
                if (r.getValue().getContent() != null && r.getValue().getContent().getMediaTypes() != null) {
                    for (Map.Entry<String, MediaType> m : r.getValue().getContent().getMediaTypes().entrySet()) {
                        if (!m.getKey().equals(Problem.MEDIA_TYPE)) {
                            content.addMediaType(m.getKey(), m.getValue()); // e.g. the HTML error page of /r
                        }
                    }
                }
                r.getValue().setContent(content);
            }
        }
    }

    private static void ensure(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        List<Object> codes = Arrays.stream(ErrorCode.values()).map(c -> (Object) c.name()).toList();
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Branch on `code`, never on `detail`. Extension members "
                        + "(errors, suggestions, limit, validLanguages, ...) depend on the code.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("URI reference of the problem type; GET it for its description")
                        .examples(List.of("/problems/malformed-symbol")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .enumeration(codes).description("Stable machine-readable error code"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                // the members of MALFORMED_SYMBOL (every endpoint that takes a symbol builds it the same way); the
                // catalogue's DOCUMENT_NOT_FOUND carries tier, findings and suggestions too
                .addProperty("input", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("MALFORMED_SYMBOL: the symbol exactly as given"))
                .addProperty("tier", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("MALFORMED_SYMBOL, DOCUMENT_NOT_FOUND: the grammar's tier of the symbol")
                        .examples(List.of("MALFORMED")))
                .addProperty("findings", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("MALFORMED_SYMBOL, DOCUMENT_NOT_FOUND: every error and warning of the grammar")
                        .items(OASFactory.createSchema().ref(FINDING_REF)))
                .addProperty("suggestions", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("MALFORMED_SYMBOL: the grammar's guesses at the intended symbol, best first; "
                                + "DOCUMENT_NOT_FOUND: close catalogued symbols")
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))))
                .required(List.of("type", "title", "status", "code"));
    }
}
