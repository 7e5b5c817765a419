package org.unsymbol.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A {@code kill -9} of the service in the middle of a harvest, for real: failsafe (after {@code package}) starts the
 * packaged jar on its own data folder (the embedded PostgreSQL) harvesting from the loopback {@link FakeOai}, kills the
 * JVM with SIGKILL once some pages are committed, starts the jar again on the same folder, and checks that the harvest
 * resumed by itself and ended as a clean run of the same repository ends: the same counts, every record's document
 * stored once (rows counted by symbol in PostgreSQL), the ledger consistent with both. The slow twin with 20,000
 * records is {@code scripts/reliability/42-kill9-harvest.sh}.
 */
class Kill9HarvestIT {

    private static final String KEY = "kill9-key";
    private static final int PAGE = 100;
    private static final int RECORDS = 1500; // 15 pages, one of them the real voting record the mapping refuses
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    private final List<Process> services = new ArrayList<>();
    private HttpServer repository;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process p : services) {
            if (p.isAlive()) {
                p.destroy(); // SIGTERM: the service stops its PostgreSQL after itself
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
        if (repository != null) {
            repository.stop(0);
        }
    }

    @Test
    void aHarvestKilledMidwayResumesAtTheNextStartAndEndsAsACleanRunWithNoRecordTwice() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), "failsafe runs this after package: " + jar.toAbsolutePath());
        FakeOai oai = new FakeOai(PAGE);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < RECORDS - 1; i++) {
            int number = FakeOai.nextNumber() + 3_000_000;
            oai.add(number, FakeOai.bibliographic(number));
            numbers.add(number);
            if (i == RECORDS / 3) {
                oai.add(FakeOai.nextNumber() + 3_000_000, FakeOai.resource("vote-4096564.xml"));
            }
        }
        oai.delayMillis = 200; // a slower repository, so that the kill lands between pages or inside one
        repository = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        repository.setExecutor(Executors.newFixedThreadPool(2));
        repository.createContext("/oai2d", oai);
        repository.start();
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        String oaiUrl = "http://127.0.0.1:" + repository.getAddress().getPort() + "/oai2d";

        Process first = start(jar, port, oaiUrl);
        awaitReady(base, first);
        JsonNode started = json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/harvests"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\": \"full\"}")).build(),
                HttpResponse.BodyHandlers.ofString()), 202);
        long id = started.get("id").asLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (harvest(base, id).get("pages").asInt() < 4) {
            assertTrue(System.nanoTime() < deadline, "4 pages within 180 s");
            Thread.sleep(50);
        }
        first.destroyForcibly(); // SIGKILL, as kill -9
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));

        // what the crash left committed, read from the PostgreSQL that outlives the JVM
        long seenAtKill;
        long pagesAtKill;
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pages, seen, status FROM harvest WHERE id = " + id)) {
            assertTrue(rs.next());
            pagesAtKill = rs.getLong(1);
            seenAtKill = rs.getLong(2);
            assertEquals("running", rs.getString(3), "killed, not stopped: nobody marked it");
        }
        assertTrue(pagesAtKill >= 4 && seenAtKill < RECORDS,
                pagesAtKill + " pages, " + seenAtKill + " seen at the kill");

        Process second = start(jar, port, oaiUrl);
        awaitReady(base, second);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        JsonNode h = harvest(base, id);
        while ("running".equals(h.get("status").asText())) {
            assertTrue(System.nanoTime() < deadline, "harvest " + id + " still running 300 s after the restart");
            Thread.sleep(200);
            h = harvest(base, id);
        }
        assertEquals("completed", h.get("status").asText(), h.toString());
        assertEquals("resume", h.get("trigger").asText(), "resumed by the second start, not started anew");
        JsonNode n = h.get("counts");
        assertEquals(List.of((long) RECORDS, RECORDS - 1L, 0L, 0L, 0L, 1L),
                List.of(n.get("seen").asLong(), n.get("created").asLong(), n.get("updated").asLong(),
                        n.get("unchanged").asLong(), n.get("deleted").asLong(), n.get("rejected").asLong()),
                "a clean run's counts (seen, created, updated, unchanged, deleted, rejected): " + h);
        int served = oai.pagesServed();
        assertEquals((RECORDS + PAGE - 1) / PAGE, served, "every page fetched, the one in flight at the kill again");

        try (Connection c = database()) {
            String mine = "symbol LIKE 'A/RES/80/%' AND split_part(symbol, '/', 4)::bigint BETWEEN "
                    + numbers.stream().mapToInt(Integer::intValue).min().orElseThrow() + " AND "
                    + numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertEquals(RECORDS - 1L, one(c, "SELECT count(*) FROM document WHERE " + mine));
            assertEquals(0L, one(c, "SELECT count(*) FROM (SELECT symbol FROM document WHERE " + mine
                    + " GROUP BY symbol HAVING count(*) > 1) twice"), "no symbol stored twice");
            assertEquals(RECORDS, one(c, "SELECT count(*) FROM harvest_record WHERE harvest_id = " + id));
            assertEquals(RECORDS - 1L, one(c, "SELECT count(*) FROM harvest_record WHERE harvest_id = " + id
                    + " AND outcome = 'created' AND document_key IS NOT NULL"));
            assertEquals(1L, one(c, "SELECT count(*) FROM harvest_record WHERE harvest_id = " + id
                    + " AND outcome = 'rejected' AND document_key IS NULL"));
            assertEquals(0L, one(c, "SELECT count(*) FROM harvest_record r LEFT JOIN document_symbol s "
                    + "ON s.key = r.document_key WHERE r.harvest_id = " + id + " AND r.document_key IS NOT NULL "
                    + "AND s.key IS NULL"), "every ledger row names a stored document");
            assertEquals(1L, one(c, "SELECT count(*) FROM harvest_rejection WHERE harvest_id = " + id));
        }
    }

    private Process start(Path jar, int port, String oaiUrl) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("UNSYMBOL_"));
        env.put("UNSYMBOL_DATA_DIR", dataDir.resolve("data").toString());
        env.put("UNSYMBOL_API_KEYS", KEY);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("UNSYMBOL_HARVEST_BASE_URL", oaiUrl);
        env.put("UNSYMBOL_HARVEST_RATE", "50");
        env.put("UNSYMBOL_RATE_LIMIT_ENABLED", "false");
        Process p = pb.start();
        services.add(p);
        return p;
    }

    private void awaitReady(String base, Process service) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited: " + tail());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the service was not ready within 180 s: " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("service.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static JsonNode harvest(String base, long id) throws Exception {
        return json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/harvests/" + id))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()), 200);
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private Connection database() throws IOException, SQLException {
        // the embedded server's port is line 4 of its postmaster.pid
        String pgPort = Files.readAllLines(dataDir.resolve("data").resolve("pg").resolve("postmaster.pid")).get(3)
                .trim();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "");
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
