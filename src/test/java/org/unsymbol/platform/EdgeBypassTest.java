package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rate limit cannot be walked around: not with a new made-up bearer key per request, not with a path spelled to
 * look like an operator endpoint, not with a forwarded address from a peer that is not a configured proxy. Deployed
 * as k8s/configmap.yaml does (forwarding on), with trusted proxies that the test client (loopback) is not one of.
 * (With forwarding on and no trusted proxy the service does not start: ForwardingTest.)
 * The bucket is large and refills slowly, so each request shows in RateLimit-Remaining.
 */
@QuarkusTest
@WithDatabase
@TestProfile(EdgeBypassTest.UntrustedPeer.class)
class EdgeBypassTest {

    public static class UntrustedPeer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unsymbol.rate-limit.capacity", "100000", "unsymbol.rate-limit.refill-per-second", "1",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.0.0.0/8",
                    "unsymbol.public-base-url", "");
        }
    }

    private static long remaining(RawHttp.Answer answer) {
        String value = answer.header("RateLimit-Remaining");
        assertNotNull(value, "not rate limited: " + answer.status() + " " + answer.headers());
        return Long.parseLong(value);
    }

    /**
     * Every answer came out of one bucket: n requests took n tokens from it, less what refilled meanwhile (1/s).
     * A fresh bucket per request would show the same count every time.
     */
    private static void oneBucket(List<Long> remaining) {
        long spent = remaining.get(0) - remaining.get(remaining.size() - 1);
        assertTrue(spent >= remaining.size() - 3, "a fresh bucket per request: " + remaining);
    }

    @Test
    void aMadeUpBearerKeyPerRequestIsStillTheSameClient() throws Exception {
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            remaining.add(remaining(RawHttp.get("/api/v1/ping", "Authorization: Bearer " + UUID.randomUUID())));
        }
        oneBucket(remaining);
    }

    @Test
    void pathsSpelledAsOperatorPathsAreLimitedAsTheApiPathTheyRouteTo() throws Exception {
        List<Long> remaining = new ArrayList<>();
        for (String path : List.of("/q/../api/v1/ping", "/q/%2e%2e/api/v1/ping", "/q/%2E%2E/api/v1/ping",
                "/q/./../api/v1/ping", "/q/health/../../api/v1/ping", "/q/.%2e/api/v1/ping",
                "/q/..%2Fapi/v1/ping", "/q/..%2fapi%2fv1%2fping", "/q//../api/v1/ping", "/q/%2e%2e%2fapi/v1/ping")) {
            RawHttp.Answer answer = RawHttp.get(path);
            assertNotNull(answer.header("RateLimit-Remaining"), path + " was not limited: " + answer);
            remaining.add(remaining(answer)); // whatever it answers (200, 404), it was counted
        }
        oneBucket(remaining);
        assertNull(RawHttp.get("/q/health/live").header("RateLimit-Remaining"), "probes are never limited");
    }

    @Test
    void forwardedAddressesFromAPeerThatIsNoTrustedProxyAreIgnored() throws Exception {
        List<Long> remaining = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            remaining.add(remaining(RawHttp.get("/api/v1/ping", "X-Forwarded-For: 203.0.113." + i,
                    "Forwarded: for=198.51.100." + i, "X-Real-IP: 192.0.2." + i)));
        }
        oneBucket(remaining);
    }

    @Test
    void linksTakeTheRequestsHostAndIgnoreForwardedHostsFromUntrustedPeers() throws Exception {
        RawHttp.Answer page = RawHttp.get("/api/v1/documents?limit=1", "Host: api.example.test:8443",
                "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
        assertEquals(200, page.status(), page.toString());
        String link = page.header("Link");
        assertNotNull(link, page.headers().toString());
        assertTrue(link.startsWith("<http://api.example.test:8443/api/v1/documents?"), link);

        RawHttp.Answer odd = RawHttp.get("/api/v1/documents?limit=1", "Host: bad\"host>");
        assertEquals(400, odd.status(), odd.toString());
        assertEquals("application/problem+json", odd.header("Content-Type"), odd.toString());
    }

    @Test
    void validatingABatchCostsOneTokenPerItemBeforeTheWork() {
        String key = "Bearer test-key"; // a verified key: a bucket of its own
        long before = Long.parseLong(given().header("Authorization", key).get("/api/v1/ping")
                .header("RateLimit-Remaining"));
        given().header("Authorization", key).contentType(ContentType.JSON)
                .body(List.of("A/78/265", "A/78/266", "A/78/267", "A/78/268", "A/78/269", "A/78/270"))
                .post("/api/v1/symbols/validate").then().statusCode(200);
        given().header("Authorization", key).contentType(ContentType.TEXT).body("A/78/265\nA/78/266\nA/78/267\n")
                .post("/api/v1/symbols/validate").then().statusCode(200);
        long after = Long.parseLong(given().header("Authorization", key).get("/api/v1/ping")
                .header("RateLimit-Remaining"));
        // ping 1, the 6-item batch 6, the 3-line batch 3, ping 1; at most a few tokens refilled meanwhile
        assertTrue(before - after >= 10 - 3, "charged " + (before - after) + " for 10 units of work");
    }
}
