package org.unsymbol.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The artefact users deploy: {@code ./mvnw verify} packages {@code target/quarkus-app/quarkus-run.jar} and failsafe
 * starts it with {@code java -jar} (prod profile) against the run's PostgreSQL (the embedded test server, or
 * {@code TEST_DATABASE_URL}), then talks HTTP to it. What only the packaged jar can get wrong: the classpath of the
 * fast-jar layout (the CSL styles, the seed, the migrations), the build-time contract, the prod configuration.
 */
@QuarkusIntegrationTest
@WithDatabase
@TestProfile(PackagedServiceIT.WithDemoCatalogue.class)
class PackagedServiceIT {

    /** The prod profile starts with an empty catalogue; the demo one is asked for, as a trial deployment would. */
    public static class WithDemoCatalogue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unsymbol.seed.enabled", "true");
        }
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void parsesASymbol() {
        given().get("/api/v1/symbols/a/78/265 Add.l").then().statusCode(200)
                .body("valid", equalTo(true)).body("canonical", equalTo("A/78/265/Add.1"));
    }

    @Test
    void redirectsAClickableLink() {
        given().redirects().follow(false).get("/r/es/A/78/265").then().statusCode(302)
                .header("Location", containsString("A/78/265")).header("Content-Language", "es");
    }

    @Test
    void badInputIsAProblem() {
        given().contentType("application/json").body("[\"A/78/265\",").post("/api/v1/resolve").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"))
                .body(not(containsString("Exception")));
        given().accept("application/json").get("/r/xx/A/78/265").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("UNKNOWN_LANGUAGE"));
    }

    @Test
    void formatsACitationFromTheBundledStyles() {
        given().accept("text/x-bibliography; style=apa").get("/r/en/A/RES/75/240").then().statusCode(200)
                .body(containsString("(Resolution A/RES/75/240). United Nations."));
    }

    @Test
    void servesTheCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        assertEquals(committed, YAML.readTree(served), "the packaged jar serves another contract than "
                + "openapi/openapi.yaml");
    }
}
