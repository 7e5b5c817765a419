package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithDatabase
class EdgeTest {

    @Test
    void aRequestIdIsEchoedOrMade() {
        given().header("X-Request-Id", "draft-check-42").get("/api/v1/ping").then().statusCode(200)
                .header("X-Request-Id", "draft-check-42");
        given().get("/api/v1/ping").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith <chars>").get("/api/v1/ping").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/no/such/path").then().statusCode(404).header("X-Request-Id", notNullValue());
    }

    @Test
    void anOversizedBodyIsA413ProblemBeforeItIsRead() {
        String big = "[\"" + "A/78/265\",\"".repeat(120_000) + "A/78/265\"]";
        given().contentType(ContentType.JSON).body(big).post("/api/v1/resolve").then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"))
                .body("limit", equalTo(1048576));
    }

    @Test
    void browsersOnOtherOriginsMayCallTheReadApi() {
        given().header("Origin", "https://drafts.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/resolve/A/78/265").then()
                .header("Access-Control-Allow-Origin", "https://drafts.example")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://drafts.example").get("/api/v1/ping").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://drafts.example")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void everyApiAnswerCarriesTheRateLimitHeaders() {
        given().get("/api/v1/ping").then().header("RateLimit-Limit", "20000")
                .header("RateLimit-Remaining", notNullValue()).header("RateLimit-Reset", notNullValue());
    }
}
