package org.unsymbol.resolve;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.testing.WithDatabase;

import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code /r} and {@code /api/v1/resolve} answer a cached entry on the event loop ({@link Resolver#resolveIfCached})
 * and only a miss on a worker. A catalogue write must reach that path at once: the cached answer is dropped, the next
 * request reads the catalogue again, and the one after it (a hit again) carries the update too.
 */
@QuarkusTest
@WithDatabase
class CachedPathTest {

    @Inject
    Resolver resolver;

    @Test
    void aWriteReachesTheEventLoopPathOfBothEndpoints() {
        String symbol = "A/79/" + (10_000 + Math.abs(UUID.randomUUID().hashCode() % 80_000));
        given().get("/api/v1/resolve/" + symbol).then().statusCode(200).body("inCatalogue", equalTo(false));
        assertNotNull(resolver.resolveIfCached(symbol, Optional.empty(), null), "the absence is cached");

        put(symbol, "{\"symbol\":\"" + symbol + "\",\"versions\":{\"fr\":{\"title\":\"Rapport\"}}}", 201);
        assertNull(resolver.resolveIfCached(symbol, Optional.empty(), null), "the write dropped the cached absence");
        for (int i = 0; i < 3; i++) { // a miss, then hits
            given().get("/api/v1/resolve/" + symbol).then().statusCode(200)
                    .body("inCatalogue", equalTo(true)).body("language", equalTo("fr"))
                    .body("title", equalTo("Rapport"));
            given().accept(ContentType.JSON).get("/r/" + symbol).then().statusCode(200)
                    .body("title", equalTo("Rapport"));
        }
        assertEquals("Rapport", resolver.resolveIfCached(symbol, Optional.empty(), null).resolution().title());

        put(symbol, "{\"symbol\":\"" + symbol + "\",\"originalLanguage\":\"en\",\"versions\":{"
                + "\"en\":{\"title\":\"Report\"},\"fr\":{\"title\":\"Rapport révisé\"}}}", 200);
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/resolve/" + symbol + "?lang=fr").then().statusCode(200)
                    .body("title", equalTo("Rapport révisé"));
            given().get("/api/v1/resolve/" + symbol).then().statusCode(200)
                    .body("language", equalTo("en")).body("title", equalTo("Report"));
            given().redirects().follow(false).get("/r/en/" + symbol).then().statusCode(302)
                    .header("Content-Language", "en")
                    .header("Cache-Control", "public, max-age=300")
                    .header("Vary", "Accept, Accept-Language");
        }
        assertEquals("Report", resolver.resolveIfCached(symbol, Optional.of(Language.EN), null).resolution().title());
    }

    @Test
    void aMalformedSymbolIsTheSameProblemOnTheEventLoopPath() {
        assertThrows(ProblemException.class, () -> resolver.resolveIfCached("A//78/265", Optional.empty(), null));
        for (int i = 0; i < 2; i++) {
            given().get("/api/v1/resolve/A//78/265").then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("MALFORMED_SYMBOL"));
        }
    }

    private static void put(String symbol, String body, int status) {
        given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON).body(body)
                .put("/api/v1/documents/" + symbol).then().statusCode(status);
    }
}
