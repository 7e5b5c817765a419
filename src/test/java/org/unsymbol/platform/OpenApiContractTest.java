package org.unsymbol.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract ({@code openapi/openapi.yaml}) is what this build generates. After an API change, refresh it
 * with {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and commit the file.
 */
@QuarkusTest
@WithDatabase
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    private static String generated() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void theCommittedContractIsWhatTheBuildGenerates() throws Exception {
        String generated = generated();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, generated);
        }
        assertTrue(Files.exists(COMMITTED), COMMITTED + " is missing; run with -Dopenapi.update=true");
        JsonNode committed = YAML.readTree(Files.readString(COMMITTED));
        JsonNode current = YAML.readTree(generated);
        assertTrue(committed.equals(current), "openapi/openapi.yaml differs from the generated contract at "
                + firstDifference("", committed, current) + "; run with -Dopenapi.update=true and commit");
    }

    /** A JSON-pointer-like path to the first difference, so that a failure message stays readable. */
    static String firstDifference(String at, JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!a.has(n) || !b.has(n)) {
                    return at + "/" + n + (a.has(n) ? " (only committed)" : " (only generated)");
                }
                if (!a.get(n).equals(b.get(n))) {
                    return firstDifference(at + "/" + n, a.get(n), b.get(n));
                }
            }
        }
        return at.isEmpty() ? "/" : at;
    }

    @Test
    void everyOperationIsDocumented() throws Exception {
        JsonNode api = YAML.readTree(generated());
        List<String> gaps = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/r/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (op.getValue().path("summary").asText().isBlank()) {
                    gaps.add(where + ": no summary");
                }
                for (JsonNode p : op.getValue().path("parameters")) {
                    if ("path".equals(p.path("in").asText()) && !p.has("example") && !p.has("examples")) {
                        gaps.add(where + ": path parameter " + p.path("name").asText() + " has no example");
                    }
                }
                JsonNode responses = op.getValue().path("responses");
                for (String status : List.of("429", "500", "503")) {
                    if (!responses.has(status)) {
                        gaps.add(where + ": no " + status + " response");
                    }
                }
            }
        }
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
        JsonNode codes = api.path("components").path("schemas").path("Problem").path("properties").path("code")
                .path("enum");
        assertTrue(codes.size() > 10, "Problem.code lists the error codes");
    }
}
