package org.unsymbol.symbolapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every endpoint that takes a symbol refuses a malformed one with the same MALFORMED_SYMBOL problem: the same members
 * (input, tier, findings, suggestions), the same findings in the one wire shape of a finding, whatever the endpoint.
 */
@QuarkusTest
@WithDatabase
class MalformedSymbolProblemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD = "A/78/265/Add.";
    private static final Set<String> MEMBERS = new TreeSet<>(List.of("type", "title", "status", "code", "detail",
            "instance", "input", "tier", "findings", "suggestions"));

    @Test
    void everyEndpointAnswersTheSameProblem() throws Exception {
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("resolve", given().get("/api/v1/resolve/" + BAD));
        answers.put("r", given().accept("application/json").get("/r/es/" + BAD));
        answers.put("document", given().get("/api/v1/documents/" + BAD));
        answers.put("put", given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body("{}").put("/api/v1/documents/" + BAD));
        answers.put("citations", given().get("/api/v1/documents/" + BAD + "/citations"));
        answers.put("cited-by", given().get("/api/v1/documents/" + BAD + "/cited-by"));
        answers.put("record", given().header("Authorization", "Bearer test-key").contentType("text/plain")
                .queryParam("record", BAD).body("Véase A/78/265.").post("/api/v1/drafts/check"));

        JsonNode first = null;
        for (Map.Entry<String, Response> a : answers.entrySet()) {
            Response r = a.getValue();
            assertEquals(422, r.statusCode(), a.getKey() + ": " + r.asString());
            assertEquals("application/problem+json", r.contentType().split(";")[0], a.getKey());
            JsonNode problem = JSON.readTree(r.asString());
            assertEquals(MEMBERS, names(problem), a.getKey());
            assertEquals("MALFORMED_SYMBOL", problem.get("code").asText(), a.getKey());
            assertEquals(BAD, problem.get("input").asText(), a.getKey());
            assertEquals("MALFORMED", problem.get("tier").asText(), a.getKey());
            JsonNode finding = problem.get("findings").get(0);
            assertEquals(List.of("code", "severity", "message", "start", "end"), fieldNames(finding), a.getKey());
            assertEquals("MODIFIER_WITHOUT_NUMBER", finding.get("code").asText(), a.getKey());
            assertEquals("ERROR", finding.get("severity").asText(), a.getKey());
            if (first == null) {
                first = problem;
            } else {
                for (String m : List.of("detail", "findings", "suggestions")) {
                    assertEquals(first.get(m), problem.get(m), a.getKey() + " " + m);
                }
            }
        }
        assertEquals("A/78/265/Add.1", first.get("suggestions").get(0).asText());
    }

    private static Set<String> names(JsonNode node) {
        return new TreeSet<>(fieldNames(node));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
