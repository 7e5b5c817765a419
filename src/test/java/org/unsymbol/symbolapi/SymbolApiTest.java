package org.unsymbol.symbolapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithDatabase
class SymbolApiTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    /** GET with the path sent byte for byte (rest-assured normalizes "//" away before sending). */
    String rawGet(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    void parsesASymbolRawInThePath() {
        given().get("/api/v1/symbols/A/AC.292/2024/L.1").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("tier", equalTo("PLAUSIBLE"))
                .body("canonical", equalTo("A/AC.292/2024/L.1"))
                .body("key", equalTo("A/AC.292/2024/L.1"))
                .body("kind", equalTo("draft"))
                .body("components.root", equalTo("A"))
                .body("components.bodies", contains("AC.292"))
                .body("components.series", equalTo("A/AC.292"))
                .body("components.year", equalTo(2024))
                .body("components.nature", equalTo("L"))
                .body("components.number", equalTo("1"))
                .body("errors", hasSize(0));
    }

    @Test
    void acceptsPercentEncodedSlashesAndSpaces() {
        given().urlEncodingEnabled(false).get("/api/v1/symbols/S%2FRES%2F2719%20(2023)").then().statusCode(200)
                .body("input", equalTo("S/RES/2719 (2023)"))
                .body("canonical", equalTo("S/RES/2719 (2023)"))
                .body("components.parentheticals", contains("2023"));
    }

    @Test
    void reportsNormalizationAsWarningsWithOffsets() {
        given().urlEncodingEnabled(false).get("/api/v1/symbols/e/cn.4/1989/29/Corr.l").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("canonical", equalTo("E/CN.4/1989/29/Corr.1"))
                .body("warnings.code", hasItem("NORMALIZED_OCR"))
                .body("warnings.find { it.code == 'NORMALIZED_OCR' }.start", equalTo(15))
                .body("warnings.find { it.code == 'NORMALIZED_OCR' }.end", equalTo(21));
    }

    @Test
    void doubleSlashIsAnEmptyComponentNotSilentlyCollapsed() throws Exception {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(rawGet("/api/v1/symbols/A//78/265"));
        assertEquals("A//78/265", json.get("input").asText());
        assertFalse(json.get("valid").asBoolean());
        assertEquals("MALFORMED", json.get("tier").asText());
        assertTrue(json.get("canonical").isNull());
        assertEquals("EMPTY_COMPONENT", json.get("errors").get(0).get("code").asText());
        assertEquals(1, json.get("errors").get(0).get("start").asInt());
        assertEquals("A/78/265", json.get("suggestions").get(0).asText());
    }

    @Test
    void implausibleSymbolIsReturnedWithItsError() {
        given().get("/api/v1/symbols/A/30/1").then().statusCode(200) // a placeholder is MALFORMED since issue 12
                .body("valid", equalTo(false))
                .body("tier", equalTo("WELL_FORMED"))
                .body("canonical", equalTo("A/30/1"))
                .body("errors[0].code", equalTo("SESSION_OUT_OF_RANGE"));
    }

    @Test
    void jointSymbolListsItsSingles() {
        given().get("/api/v1/symbols/A/55/305-S/2000/809").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("components.singles", contains("A/55/305", "S/2000/809"));
    }

    @Test
    void validatesAJsonBatchInOrder() {
        given().contentType(ContentType.JSON).body(List.of("A/78/265", "S/RES/2719(2023)", "A//78/265", "X/1/2"))
                .post("/api/v1/symbols/validate").then().statusCode(200)
                .body("$", hasSize(4))
                .body("canonical", contains("A/78/265", "S/RES/2719 (2023)", null, "X/1/2"))
                .body("valid", contains(true, true, false, false))
                .body("[3].errors[0].code", equalTo("UNKNOWN_ROOT"));
    }

    @Test
    void validatesPlainTextLines() {
        given().contentType(ContentType.TEXT).body("A/78/265\n\nccpr/c/gc/37\n")
                .post("/api/v1/symbols/validate").then().statusCode(200)
                .body("$", hasSize(3))
                .body("canonical", contains("A/78/265", null, "CCPR/C/GC/37"))
                .body("[1].errors[0].code", equalTo("EMPTY_INPUT"));
    }

    @Test
    void refusesBatchesOverTheLimit() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= SymbolResource.MAX_BATCH; i++) {
            many.add("A/78/" + (i + 1));
        }
        given().contentType(ContentType.JSON).body(many).post("/api/v1/symbols/validate").then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("BATCH_TOO_LARGE"))
                .body("limit", equalTo(SymbolResource.MAX_BATCH));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("[\"A/78/265\"").post("/api/v1/symbols/validate").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void describesABodyWithChainAndChildren() {
        given().get("/api/v1/bodies/A/AC.292").then().statusCode(200)
                .body("prefix", equalTo("A/AC.292"))
                .body("parent", equalTo("A"))
                .body("validFrom", equalTo(2021))
                .body("validTo", equalTo(2025))
                .body("chain", contains("A"));
        given().get("/api/v1/bodies/e/cn.4").then().statusCode(200)
                .body("prefix", equalTo("E/CN.4"))
                .body("validTo", equalTo(2006))
                .body("children", contains("E/CN.4/Sub.2"));
    }

    @Test
    void unknownBodyIsAProblem() {
        given().get("/api/v1/bodies/A/AC.999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("BODY_NOT_FOUND"))
                .body("prefix", equalTo("A/AC.999"));
    }

    @Test
    void listsAllBodies() {
        given().get("/api/v1/bodies").then().statusCode(200)
                .body("prefix", hasItem("A/HRC"))
                .body("find { it.prefix == 'T' }.validTo", equalTo(1994));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/symbols/{symbol}'.get.summary", equalTo("Parses one symbol"))
                .body("paths.'/api/v1/bodies/{prefix}'.get.responses.'404'.description",
                        equalTo("No such prefix in the registry (BODY_NOT_FOUND)"));
    }
}
