package org.unsymbol.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away and comes back: readiness goes DOWN, API calls answer 503 problems with Retry-After within a
 * bounded time, and everything recovers by itself. Runs on its own PostgreSQL, which the test stops and restarts on
 * the same port and data directory.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppableDatabase.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** A PostgreSQL the test can stop and start again at the same address. */
    public static class StoppableDatabase implements QuarkusTestResourceLifecycleManager {
        static EmbeddedPostgres server;
        static Path dataDir;
        static int port;

        @Override
        public Map<String, String> start() {
            try {
                dataDir = Files.createTempDirectory("unsymbol-outage");
                server = builder().start();
                port = server.getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "");
        }

        static EmbeddedPostgres.Builder builder() {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            return port == 0 ? b : b.setPort(port);
        }

        static void down() throws IOException {
            server.close();
        }

        static void up() throws IOException {
            server = builder().start();
        }

        @Override
        public void stop() {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Response uncachedLookup() {
        return given().get("/api/v1/resolve/A/79/" + (1 + Math.abs(UUID.randomUUID().hashCode() % 9000)));
    }

    @Test
    void anOutageIsReported503AndHealsByItself() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        assertEquals(200, uncachedLookup().statusCode());

        StoppableDatabase.down();
        long stopped = System.nanoTime();
        Response during = null;
        for (int i = 0; i < 20; i++) { // the pool may hold a healthy-looking connection for one round
            long asked = System.nanoTime();
            during = uncachedLookup();
            assertTrue((System.nanoTime() - asked) / 1_000_000 < 10_000, "a request must not hang");
            if (during.statusCode() == 503) {
                break;
            }
        }
        assertEquals(503, during.statusCode(), during.asString());
        during.then().contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("DATABASE_UNAVAILABLE"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
        Response ready = given().get("/q/health/ready");
        String readiness = ready.asString();
        // the public probe says UP/DOWN only: no host, port, SQLSTATE or Java class names
        for (String leak : List.of("127.0.0.1", "localhost", Integer.toString(StoppableDatabase.port), "SQLSTATE",
                "Exception", "org.", "Connection to")) {
            assertTrue(!readiness.contains(leak), "readiness leaks '" + leak + "': " + readiness);
        }
        ready.then().statusCode(503)
                .body("status", org.hamcrest.Matchers.equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.status", org.hamcrest.Matchers.equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);

        StoppableDatabase.up();
        long restarted = System.nanoTime();
        long recoveredMs = -1;
        while ((System.nanoTime() - restarted) / 1_000_000 < 60_000) {
            if (given().get("/q/health/ready").statusCode() == 200 && uncachedLookup().statusCode() == 200) {
                recoveredMs = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
            Thread.sleep(200);
        }
        System.out.printf("database outage: first 503 after %d ms down; recovered %d ms after the restart%n",
                (restarted - stopped) / 1_000_000, recoveredMs);
        assertTrue(recoveredMs >= 0 && recoveredMs < 30_000, "recovered in " + recoveredMs + " ms");
    }
}
