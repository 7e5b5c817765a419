package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a configured proxy (here: loopback is the trusted proxy) the forwarded client address is the client, and
 * the forwarded host and scheme are the base of every link the service writes, as no fixed base URL is set.
 */
@QuarkusTest
@WithDatabase
@TestProfile(TrustedProxyTest.BehindTrustedProxy.class)
class TrustedProxyTest {

    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unsymbol.rate-limit.capacity", "100000", "unsymbol.rate-limit.refill-per-second", "1",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "unsymbol.public-base-url", "");
        }
    }

    private static final String[] PROXY = {"X-Forwarded-Proto: https", "X-Forwarded-Host: public.example.org"};

    @Test
    void eachForwardedClientOfATrustedProxyHasItsOwnBucket() throws Exception {
        for (int i = 1; i <= 4; i++) {
            RawHttp.Answer answer = RawHttp.get("/api/v1/ping", "X-Forwarded-For: 203.0.113." + (10 + i));
            assertEquals("99999", answer.header("RateLimit-Remaining"), answer.toString());
        }
    }

    @Test
    void nextLinksUseTheForwardedHostAndScheme() throws Exception {
        RawHttp.Answer page = RawHttp.get("/api/v1/documents?limit=1", PROXY);
        assertEquals(200, page.status(), page.toString());
        assertNotNull(page.header("Link"), page.headers().toString());
        assertTrue(page.header("Link").startsWith("<https://public.example.org/api/v1/documents?"),
                page.header("Link"));
    }

    @Test
    void locationAndDraftLinksUseTheForwardedHostAndScheme() {
        given().header("Authorization", "Bearer test-key").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "public.example.org").contentType("application/json")
                .body("{}").put("/api/v1/documents/A/AC.292/2022/424242")
                .then().statusCode(201)
                .header("Location", "https://public.example.org/api/v1/documents/A/AC.292/2022/424242");
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "public.example.org")
                .contentType("text/markdown").body("See A/78/265.").post("/api/v1/drafts/linkify?lang=es")
                .then().statusCode(200).body(containsString("(https://public.example.org/r/es/A/78/265)"));
        given().contentType("text/markdown").body("See A/78/265.").post("/api/v1/drafts/linkify?lang=es")
                .then().statusCode(200).body(containsString("(http://localhost:" + io.restassured.RestAssured.port
                        + "/r/es/A/78/265)"));
    }
}
