package org.unsymbol.resolve;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resolver's cache is configured by the keys users already set for the Quarkus cache it replaced
 * ({@code quarkus.cache.caffeine."catalogue-entries".*}) and publishes the same Micrometer cache meters.
 */
@QuarkusTest
@WithDatabase
class CatalogueEntriesTest {

    private static final Pattern HITS = Pattern.compile(
            "(?m)^cache_gets_total\\{[^}]*cache=\"catalogue-entries\"[^}]*result=\"hit\"[^}]*} ([0-9.E]+)$");

    @Inject
    CatalogueEntries entries;

    @Test
    void theConfiguredBoundAndExpiry() {
        assertEquals(OptionalLong.of(200_000), entries.maximumSize());
        assertEquals(Optional.of(Duration.ofMinutes(10)), entries.expireAfterWrite());
    }

    @Test
    void aHitIsCountedInTheCacheMeters() {
        given().get("/api/v1/resolve/A/78/265").then().statusCode(200); // cached from here on
        double before = hits();
        given().redirects().follow(false).get("/r/es/A/78/265").then().statusCode(302);
        given().get("/api/v1/resolve/A/78/265").then().statusCode(200);
        double after = hits();
        assertTrue(after >= before + 2, before + " hits, then " + after); // background work may add its own
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("cache_size{cache=\"catalogue-entries\""), "the size gauge too");
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = HITS.matcher(metrics);
        assertTrue(m.find(), "cache_gets_total{cache=\"catalogue-entries\",result=\"hit\"} is published");
        return Double.parseDouble(m.group(1));
    }
}
