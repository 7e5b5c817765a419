package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.Bombs;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithDatabase
@TestProfile(RateLimitTest.SmallBucket.class)
class RateLimitTest {

    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unsymbol.rate-limit.capacity", "5", "unsymbol.rate-limit.refill-per-second", "1",
                    "unsymbol.api-keys", "test-key,burst-key,batch-key");
        }
    }

    @Test
    void aBurstIsCutWithA429AndRetryAfter() {
        String key = "Bearer burst-key"; // a verified key is a client of its own
        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 8; i++) {
            Response r = given().header("Authorization", key).get("/api/v1/ping");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && refused == null) {
                refused = r;
            }
        }
        assertEquals(List.of(200, 200, 200, 200, 200), statuses.subList(0, 5), statuses.toString());
        assertTrue(refused != null, statuses.toString());
        refused.then().contentType("application/problem+json").body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", "1").header("RateLimit-Remaining", "0");
        given().get("/q/health/live").then().statusCode(200); // probes are never limited
    }

    @Test
    void batchWorkIsChargedPerItem() {
        String key = "Bearer batch-key";
        // 5 tokens: the request takes 1, the 6-item batch needs 5 more
        given().header("Authorization", key).contentType(ContentType.JSON)
                .body(List.of("A/78/265", "A/78/266", "A/78/267", "A/78/268", "A/78/269", "A/78/270"))
                .post("/api/v1/resolve").then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void aWordOrPdfDraftIsChargedBeforeItIsRead() {
        // 5 tokens; a draft is charged one per KiB before it is read: this 20 KB PDF bomb is refused unread
        byte[] bomb = Bombs.pdfTextOperators(2_000_000);
        assertTrue(bomb.length > 8 * 1024, bomb.length + " bytes");
        given().header("Authorization", "Bearer draft-" + System.nanoTime()).contentType("application/pdf").body(bomb)
                .post("/api/v1/drafts/check").then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED")).header("Retry-After", notNullValue());
    }
}
