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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every response example the committed contract publishes for the drafts and the symbols is what the service really
 * answers: the example request is sent (for drafts, the request example of the same name in the first request media
 * type; for a parse, the example's own {@code input}) and the answer compared with the published one, whole: none
 * of these answers holds a volatile field (links are made from the configured public base URL).
 */
@QuarkusTest
@WithDatabase
class PublishedExamplesTest {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode contract() throws Exception {
        return YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
    }

    private static List<Map.Entry<String, JsonNode>> examples(JsonNode content) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = content.path("examples").fields(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** The request example named {@code name} of the operation's first request media type. */
    private static Map.Entry<String, String> request(JsonNode operation, String name) {
        Map.Entry<String, JsonNode> first = operation.path("requestBody").path("content").fields().next();
        return Map.entry(first.getKey(), first.getValue().path("examples").path(name).path("value").asText());
    }

    @Test
    void theDraftCheckExamplesAreTheRealAnswers() throws Exception {
        JsonNode op = contract().at("/paths/~1api~1v1~1drafts~1check/post");
        List<Map.Entry<String, JsonNode>> published = examples(op.at("/responses/200/content/application~1json"));
        assertFalse(published.isEmpty(), "no published example");
        for (Map.Entry<String, JsonNode> example : published) {
            Map.Entry<String, String> request = request(op, example.getKey());
            String answer = given().contentType(request.getKey() + ";charset=UTF-8").body(request.getValue())
                    .post("/api/v1/drafts/check").then().statusCode(200).extract().asString();
            assertEquals(example.getValue().get("value"), JSON.readTree(answer),
                    example.getKey() + ": the service answers " + answer);
        }
    }

    @Test
    void theLinkifyExamplesAreTheRealAnswers() throws Exception {
        JsonNode op = contract().at("/paths/~1api~1v1~1drafts~1linkify/post");
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> types = op.at("/responses/200/content").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (Map.Entry<String, JsonNode> example : examples(type.getValue())) {
                Map.Entry<String, String> request = request(op, example.getKey());
                String answer = given().contentType(request.getKey() + ";charset=UTF-8").accept(type.getKey())
                        .body(request.getValue()).post("/api/v1/drafts/linkify").then().statusCode(200)
                        .extract().asString();
                assertEquals(example.getValue().get("value").asText(), answer,
                        example.getKey() + " (" + type.getKey() + ")");
                checked++;
            }
        }
        assertFalse(checked == 0, "no published example");
    }

    @Test
    void theSymbolExamplesAreTheRealAnswers() throws Exception {
        JsonNode op = contract().at("/paths/~1api~1v1~1symbols~1{symbol}/get");
        List<Map.Entry<String, JsonNode>> published = examples(op.at("/responses/200/content/application~1json"));
        assertFalse(published.isEmpty(), "no published example");
        for (Map.Entry<String, JsonNode> example : published) {
            JsonNode value = example.getValue().get("value");
            String answer = given().urlEncodingEnabled(true).get("/api/v1/symbols/{s}", value.get("input").asText())
                    .then().statusCode(200).extract().asString();
            assertEquals(value, JSON.readTree(answer), example.getKey() + ": the service answers " + answer);
        }
    }
}
