package org.unsymbol.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.unsymbol.platform.auth.WriteAccess;
import org.unsymbol.platform.problem.Problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the generated contract needs beyond the annotations, derived from the code so that it cannot drift:
 *
 * <ul>
 * <li><b>operationIds</b>, stable and meaningful: named here by method and path (the contract's identity, not the
 *     Java method's); an operation added later gets {@code <resource><Method>} from its Java method until it is named
 *     here. SmallRye's {@code package-class-method} strategy (application.properties) says which Java method serves
 *     each operation.</li>
 * <li><b>security</b>: the {@code bearer} scheme ({@code Authorization: Bearer <key>}, a key of
 *     {@code unsymbol.api-keys}); an operation whose Java method or class carries {@link WriteAccess} requires it
 *     (and documents 401); one whose {@code WriteAccess} names a query parameter that makes it a write
 *     ({@code record=} of a draft check), or that documents a 401 without {@code WriteAccess}, takes it optionally;
 *     every other one is public ({@code security: []}).</li>
 * <li><b>nullable references</b>: SmallRye writes a nullable field of a named type as {@code type: object} beside
 *     {@code anyOf: [$ref, {type: null}]}, which forbids the null it means to allow; the {@code type} goes.</li>
 * </ul>
 * {@code OpenApiLintTest} keeps the committed contract lint clean.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    public static final String BEARER = "bearer";

    /** operationId by "METHOD path". */
    static final Map<String, String> OPERATION_IDS = Map.ofEntries(
            Map.entry("GET /api/v1/bodies", "listBodies"),
            Map.entry("GET /api/v1/bodies/{prefix}", "getBody"),
            Map.entry("GET /api/v1/documents", "searchDocuments"),
            Map.entry("GET /api/v1/documents/{symbol}", "getDocument"),
            Map.entry("HEAD /api/v1/documents/{symbol}", "headDocument"),
            Map.entry("PUT /api/v1/documents/{symbol}", "putDocument"),
            Map.entry("PATCH /api/v1/documents/{symbol}", "patchDocument"),
            Map.entry("DELETE /api/v1/documents/{symbol}", "deleteDocument"),
            Map.entry("GET /api/v1/documents/{symbol}/languages", "getDocumentLanguages"),
            Map.entry("GET /api/v1/documents/{symbol}/related", "getRelatedDocuments"),
            Map.entry("GET /api/v1/documents/{symbol}/citations", "getDocumentCitations"),
            Map.entry("GET /api/v1/documents/{symbol}/cited-by", "getDocumentCitedBy"),
            Map.entry("POST /api/v1/imports", "importDocuments"),
            Map.entry("GET /api/v1/exports", "exportDocuments"),
            Map.entry("POST /api/v1/drafts/check", "checkDraft"),
            Map.entry("POST /api/v1/drafts/linkify", "linkifyDraft"),
            Map.entry("GET /api/v1/symbols/{symbol}", "parseSymbol"),
            Map.entry("POST /api/v1/symbols/validate", "validateSymbols"),
            Map.entry("GET /api/v1/resolve/{symbol}", "resolveSymbol"),
            Map.entry("POST /api/v1/resolve", "resolveSymbols"),
            Map.entry("GET /r/{path}", "openLink"),
            Map.entry("HEAD /r/{path}", "checkLink"),
            Map.entry("GET /api/v1/ping", "ping"),
            Map.entry("GET /problems", "listProblemTypes"),
            Map.entry("GET /problems/{slug}", "getProblemType"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A key of unsymbol.api-keys (UNSYMBOL_API_KEYS), sent as `Authorization: Bearer <key>`. "
                        + "Reads are public; writes need it."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                Optional<Method> java = javaMethod(operation.getOperationId());
                String id = OPERATION_IDS.getOrDefault(op.getKey() + " " + path.getKey(),
                        java.map(ContractFilter::derivedId).orElse(operation.getOperationId()));
                if (!taken.add(id)) {
                    throw new IllegalStateException("operationId " + id + " is given twice; name "
                            + op.getKey() + " " + path.getKey() + " in ContractFilter.OPERATION_IDS");
                }
                operation.setOperationId(id);
                Optional<WriteAccess> access = java.flatMap(ContractFilter::writeAccess);
                secure(operation, access.filter(a -> a.whenQueryParameter().isEmpty()).isPresent(),
                        access.filter(a -> !a.whenQueryParameter().isEmpty()).isPresent());
            }
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getAnyOf() != null && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getAnyOf().stream().anyMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()))) {
            schema.setType(null);
        }
        return schema;
    }

    private static void secure(Operation operation, boolean writes, boolean writesOnRequest) {
        APIResponses responses = operation.getResponses();
        boolean documents401 = responses != null && responses.hasAPIResponse("401");
        List<SecurityRequirement> security = new ArrayList<>();
        if (writes) {
            if (responses == null) {
                responses = OASFactory.createAPIResponses();
                operation.setResponses(responses);
            }
            if (!documents401) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse()
                        .description("No or wrong bearer key (UNAUTHORIZED)")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
            }
            security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        } else if (documents401 || writesOnRequest) {
            security.add(OASFactory.createSecurityRequirement()); // anonymous allowed
            security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        operation.setSecurity(security);
    }

    /** The Java method behind an operation, from SmallRye's {@code package.Class_method} id. */
    private static Optional<Method> javaMethod(String smallryeId) {
        if (smallryeId == null || smallryeId.lastIndexOf('_') < 0) {
            return Optional.empty();
        }
        int cut = smallryeId.lastIndexOf('_');
        try {
            Class<?> type = Class.forName(smallryeId.substring(0, cut), false, ContractFilter.class.getClassLoader());
            String name = smallryeId.substring(cut + 1);
            for (Method m : type.getMethods()) {
                if (m.getName().equals(name)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<WriteAccess> writeAccess(Method m) {
        return Optional.ofNullable(m.getAnnotation(WriteAccess.class))
                .or(() -> Optional.ofNullable(m.getDeclaringClass().getAnnotation(WriteAccess.class)));
    }

    /** {@code DocumentResource.languages} gives {@code documentLanguages}. */
    static String derivedId(Method m) {
        String type = m.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        String name = m.getName();
        return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1)
                + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
