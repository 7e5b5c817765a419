package org.unsymbol.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract ({@code openapi/openapi.yaml}, which {@code OpenApiContractTest} keeps equal to what the
 * build generates) is lint clean, and each lint rule finds the defect it is for when the contract is broken on
 * purpose. {@code redocly lint openapi/openapi.yaml} (recommended rules) agrees; {@code .ci/run} runs it when npx is
 * there. {@code -Dopenapi.lint.file=...} lints another file.
 */
class OpenApiLintTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final Path CONTRACT = Path.of(System.getProperty("openapi.lint.file", "openapi/openapi.yaml"));

    @Test
    void theCommittedContractIsLintClean() throws Exception {
        List<String> findings = ContractLint.lint(Files.readString(CONTRACT));
        assertEquals(List.of(), findings, findings.size() + " findings:\n" + String.join("\n", findings));
    }

    @Test
    void anOperationWithoutIdIsFound() throws Exception {
        assertFinds("operation-operationId: GET /api/v1/bodies", api -> op(api, "/api/v1/bodies", "get")
                .remove("operationId"));
    }

    @Test
    void aRepeatedOperationIdIsFound() throws Exception {
        assertFinds("operation-operationId-unique", api -> op(api, "/api/v1/bodies", "get")
                .put("operationId", "getBody"));
    }

    @Test
    void aWriteWithoutSecuritySchemeIsFound() throws Exception {
        assertFinds("security-defined: PUT /api/v1/documents/{symbol}: there is no bearer security scheme",
                api -> ((ObjectNode) api.get("components")).remove("securitySchemes"));
        assertFinds("security-defined: DELETE /api/v1/documents/{symbol}: documents 401 but names no security",
                api -> op(api, "/api/v1/documents/{symbol}", "delete").putArray("security"));
        assertFinds("security-defined: GET /api/v1/bodies: no security",
                api -> op(api, "/api/v1/bodies", "get").remove("security"));
    }

    @Test
    void anUndeclaredPathParameterIsFound() throws Exception {
        assertFinds("path-parameters-defined: GET /r/{path}: does not define the path parameter {path}",
                api -> op(api, "/r/{path}", "get").remove("parameters"));
    }

    @Test
    void anOperationWithoutClientErrorIsFound() throws Exception {
        assertFinds("operation-4xx-response: GET /api/v1/ping", api -> {
            ObjectNode responses = (ObjectNode) op(api, "/api/v1/ping", "get").get("responses");
            List.of("406", "429").forEach(responses::remove);
        });
    }

    @Test
    void ambiguousPathsAreFound() throws Exception {
        assertFinds("no-ambiguous-paths", api -> ((ObjectNode) api.get("paths"))
                .set("/api/v1/{collection}/A/languages", api.get("paths").get("/api/v1/documents/{symbol}/languages")
                        .deepCopy()));
    }

    @Test
    void aNullableFieldTypedNonNullIsFoundByItsExample() throws Exception {
        // the published "malformed" example answers canonical: null
        assertFinds("no-invalid-media-type-examples: GET /api/v1/symbols/{symbol}", api -> ((ObjectNode) api
                .at("/components/schemas/SymbolParse/properties/canonical")).put("type", "string"));
    }

    @Test
    void missingServersAndLicenseUrlAreFound() throws Exception {
        assertFinds("no-empty-servers", api -> ((ObjectNode) api).remove("servers"));
        assertFinds("info-license-strict", api -> ((ObjectNode) api.at("/info/license")).remove("url"));
    }

    @Test
    void aMalformedDocumentIsFoundByTheParser() throws Exception {
        assertFinds("struct", api -> ((ObjectNode) op(api, "/api/v1/bodies", "get")).put("responses", "none"));
    }

    private static ObjectNode op(JsonNode api, String path, String method) {
        return (ObjectNode) api.get("paths").get(path).get(method);
    }

    private static void assertFinds(String expected, Consumer<JsonNode> breakIt) throws Exception {
        JsonNode api = YAML.readTree(Files.readString(CONTRACT));
        breakIt.accept(api);
        List<String> findings = ContractLint.lint(YAML.writeValueAsString(api));
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(expected)),
                "expected a finding starting with '" + expected + "', got:\n" + String.join("\n", findings));
    }
}
