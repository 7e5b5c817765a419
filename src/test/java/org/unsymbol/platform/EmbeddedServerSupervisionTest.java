package org.unsymbol.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defect 10: the embedded postmaster is killed (SIGKILL) while the service runs. The supervisor must start it again on
 * the same data directory and port, with the committed data; PostgreSQL's chatter goes to the log file only.
 */
class EmbeddedServerSupervisionTest {

    @TempDir
    Path dataDir;

    @Test
    void aKilledPostmasterIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        Path log = dataDir.resolve("pg.log");
        EmbeddedServer server = EmbeddedServer.start(dataDir.resolve("pg"), log, 0);
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres";
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (symbol text)");
                s.execute("INSERT INTO kept VALUES ('A/78/265')");
            }
            server.supervise();
            long killed = server.postmasterPid();
            ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
            assertTrue(postmaster.destroyForcibly(), "SIGKILL sent"); // as kill -9 or the OOM killer would
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            long t = System.nanoTime();

            assertTrue(server.awaitRunning(Duration.ofSeconds(45)), "the postmaster was not started again");
            long ms = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("postmaster kill: running again after %d ms%n", ms);
            assertNotEquals(killed, server.postmasterPid());
            assertEquals(1, server.restarts());
            assertTrue(server.alive());
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT symbol FROM kept")) {
                assertTrue(rs.next());
                assertEquals("A/78/265", rs.getString(1));
            }
            String written = Files.readString(log);
            assertTrue(written.contains("pg_ctl"), "initdb's advice went to the log file: " + written.length());
        } finally {
            server.stop();
        }
        ProcessHandle.of(server.postmasterPid()).ifPresent(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertFalse(server.running(), "stop() stops it for good");
    }

    @Test
    void aServerThatCannotStartAgainFailsLivenessOnlyAfterTheGracePeriod() throws Exception {
        EmbeddedServer server = EmbeddedServer.start(dataDir.resolve("pg"), dataDir.resolve("pg.log"), 0);
        try {
            ProcessHandle.of(server.postmasterPid()).orElseThrow().destroyForcibly();
            ProcessHandle.of(server.postmasterPid()).ifPresent(p -> p.onExit().join());
            Thread.sleep(500); // its backends notice the postmaster's death and leave
            // PostgreSQL listens on localhost: take the port on both of its addresses
            try (ServerSocket taken = new ServerSocket(); ServerSocket taken6 = new ServerSocket()) {
                taken.bind(new java.net.InetSocketAddress("127.0.0.1", server.port()));
                try {
                    taken6.bind(new java.net.InetSocketAddress("::1", server.port()));
                } catch (java.io.IOException noIpv6) {
                    // no IPv6 loopback here: 127.0.0.1 is all PostgreSQL could use
                }
                assertFalse(server.restart(), "the port is taken: PostgreSQL cannot listen");
                assertTrue(server.alive(), "within the grace period liveness stays UP");
                server.markDownSince(java.time.Instant.now().minus(EmbeddedServer.GIVE_UP).minusSeconds(1));
                assertFalse(server.alive(), "after it, liveness turns DOWN so the service gets restarted");
            }
            assertTrue(server.restart(), "once the port is free it starts again");
            assertTrue(server.alive());
        } finally {
            server.stop();
        }
    }
}
