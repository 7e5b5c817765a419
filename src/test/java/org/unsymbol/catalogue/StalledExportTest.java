package org.unsymbol.catalogue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.PostgresTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that ask for an export and never read it must not take the database from everyone else (defect 5), and a
 * pool with no free connection answers 503 DATABASE_UNAVAILABLE with Retry-After, not 500 (defect 11). On its own
 * small pool (8 connections), so that a handful of sockets is enough to prove it.
 */
@QuarkusTest
@TestProfile(StalledExportTest.SmallPool.class)
class StalledExportTest {

    static final int POOL = 8;
    static final int EXPORTS_AT_ONCE = 3;
    static final int STALLED_CLIENTS = 12;
    static final String FAMILY = "A/AC.777/2024/";

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", Integer.toString(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "unsymbol.exports.max-concurrent", Integer.toString(EXPORTS_AT_ONCE),
                    "unsymbol.exports.write-timeout", "8S",
                    "unsymbol.rate-limit.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    AgroalDataSource pool;

    @Test
    void stalledExportsHoldNoConnectionAreCappedAndAreClosed() throws Exception {
        long bytes = catalogueOf(3000);
        assertTrue(bytes > 4_000_000, "an export (" + bytes + " bytes) must exceed every socket buffer");

        List<Socket> stalled = new ArrayList<>();
        List<String> statusLines = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED_CLIENTS; i++) {
                stalled.add(stalledExport(i % 2 == 0 ? "ndjson" : "csv"));
            }
            Thread.sleep(1500); // every accepted export is now blocked on its full socket
            for (Socket s : stalled) {
                statusLines.add(statusLine(s));
            }
            long ok = statusLines.stream().filter(l -> l.contains(" 200 ")).count();
            long busy = statusLines.stream().filter(l -> l.contains(" 503 ")).count();
            assertEquals(EXPORTS_AT_ONCE, ok, "exports beyond the cap are refused: " + statusLines);
            assertEquals(STALLED_CLIENTS - EXPORTS_AT_ONCE, busy, statusLines.toString());
            Response refused = given().get("/api/v1/exports?prefix=" + FAMILY);
            refused.then().statusCode(503).contentType("application/problem+json")
                    .body("code", equalTo("EXPORTS_BUSY")).header("Retry-After", notNullValue());

            // while they stall: the database is free, other reads answer at once, readiness stays UP
            assertEquals(0, sessionsHoldingExports(), "a stalled export holds no database session");
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                given().get("/api/v1/documents?prefix=" + FAMILY + "&limit=5").then().statusCode(200);
                long ms = (System.nanoTime() - t) / 1_000_000;
                assertTrue(ms < 1500, "a read took " + ms + " ms while exports stall");
            }
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));


            // the write timeout closes the stalled exports and gives their slots back
            long waited = System.nanoTime();
            int status = 0;
            while ((System.nanoTime() - waited) / 1_000_000 < 30_000) {
                Response r = given().get("/api/v1/exports?prefix=" + FAMILY);
                status = r.statusCode();
                if (status == 200) {
                    assertEquals(bytes, r.asByteArray().length, "a reading client gets the whole export");
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(200, status, "the stalled exports were never closed");
            System.out.printf("stalled exports: slots back %d ms after the check%n",
                    (System.nanoTime() - waited) / 1_000_000);
            for (int i = 0; i < EXPORTS_AT_ONCE; i++) {
                int index = statusLines.indexOf(statusLines.stream().filter(l -> l.contains(" 200 ")).skip(i)
                        .findFirst().orElseThrow());
                assertTrue(closedByServer(stalled.get(index)), "stalled export " + index + " was not closed");
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void anExhaustedPoolIsA503WithRetryAfter() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            try {
                while (held.size() <= POOL) {
                    held.add(pool.getConnection()); // every free connection, taken as a stuck workload would
                }
            } catch (java.sql.SQLException exhausted) {
                // the pool has nothing left to give (the replica listener keeps one of its own)
            }
            assertTrue(held.size() >= POOL - 2, "held " + held.size());
            long t = System.nanoTime();
            Response r = given().get("/api/v1/documents?prefix=" + FAMILY + "&limit=3");
            long ms = (System.nanoTime() - t) / 1_000_000;
            r.then().statusCode(503).contentType("application/problem+json")
                    .body("code", equalTo("DATABASE_UNAVAILABLE")).header("Retry-After", notNullValue());
            assertTrue(ms < 6000, "answered after " + ms + " ms");
            assertTrue(!r.asString().contains("Exception") && !r.asString().contains("cquisition"), r.asString());
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        given().get("/api/v1/documents?prefix=" + FAMILY + "&limit=3").then().statusCode(200);
    }

    /** Imports n documents with six long titles each; answers the size in bytes of their NDJSON export. */
    private static long catalogueOf(int n) {
        if (given().get("/api/v1/documents?prefix=" + FAMILY + "&limit=1").jsonPath().getList("items").isEmpty()) {
            StringBuilder body = new StringBuilder();
            String words = "Report of the open-ended working group on security of and in the use of information and "
                    + "communications technologies, its programme of work and its recommendations ";
            for (int i = 1; i <= n; i++) {
                body.append("{\"symbol\":\"").append(FAMILY).append(i).append("\",\"date\":\"2024-06-21\",")
                        .append("\"versions\":{");
                String[] langs = {"ar", "zh", "en", "fr", "ru", "es"};
                for (int l = 0; l < langs.length; l++) {
                    body.append(l == 0 ? "" : ",").append('"').append(langs[l]).append("\":{\"title\":\"")
                            .append(words).append(words).append(i).append("\"}");
                }
                body.append("}}\n");
            }
            given().header("Authorization", "Bearer test-key").contentType("application/x-ndjson")
                    .body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports")
                    .then().statusCode(200).body("created", equalTo(n));
        }
        return given().get("/api/v1/exports?prefix=" + FAMILY).then().statusCode(200).extract().asByteArray().length;
    }

    /** A client that asks for an export and then reads nothing, with the smallest receive buffer it can have. */
    private static Socket stalledExport(String format) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(1024);
        s.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
        s.getOutputStream().write(("GET /api/v1/exports?format=" + format + "&prefix=" + FAMILY
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** The first line of the answer; reads a few bytes only, which frees no meaningful room in the socket. */
    private static String statusLine(Socket s) throws IOException {
        s.setSoTimeout(5000);
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int b; line.length() < 200 && (b = in.read()) >= 0 && b != '\n'; ) {
            line.append((char) b);
        }
        return line.toString();
    }

    /** After the server gave up on it, the socket ends (EOF or reset) once the few bytes still in flight are read. */
    private static boolean closedByServer(Socket s) throws IOException {
        s.setSoTimeout(3000);
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read += n;
                if (read > 3_000_000) {
                    return false; // it is streaming on: nobody closed it
                }
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Database sessions that are running or holding open an export's read (outside the application's pool). */
    private static int sessionsHoldingExports() throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')"
                     + " AND query LIKE '%FROM document d%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
