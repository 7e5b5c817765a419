package org.unsymbol.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a {@code kill -9} of the service leaves behind: a live postmaster holding the data directory. The next start
 * must stop it and find the committed data, not wait silently.
 */
class EmbeddedDatabaseRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void anOrphanedPostmasterIsStoppedAndTheDataSurvives() throws Exception {
        // a separate JVM starts PostgreSQL, commits a row, and is killed with SIGKILL, as by kill -9
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        String ready = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))
                .lines().filter(l -> l.startsWith("READY")).findFirst().orElseThrow();
        assertEquals("READY", ready);
        jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        assertTrue(postmaster.isAlive(), "the postmaster outlives the killed JVM");

        EmbeddedDatabase.stopOrphanedPostmaster(dataDir);
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(postmaster.isAlive());

        try (EmbeddedPostgres second = start(dataDir);
             Connection c = second.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT symbol FROM kept")) {
            assertTrue(rs.next());
            assertEquals("A/78/265", rs.getString(1));
        }
    }

    /** The child JVM of the kill -9 test. */
    public static final class OrphanMaker {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = start(Path.of(args[0]));
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (symbol text)");
                s.execute("INSERT INTO kept VALUES ('A/78/265')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void aStalePidFileOfADeadServerIsLeftToPostgres() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");
        EmbeddedDatabase.stopOrphanedPostmaster(dataDir); // returns at once: no such process
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")));
    }

    @Test
    void devModeKeepsItsOwnDatabase() {
        assertEquals(dataDir.resolve("pg-dev"), EmbeddedDatabase.pgDirectory(dataDir, true));
        assertEquals(dataDir.resolve("pg"), EmbeddedDatabase.pgDirectory(dataDir, false));
    }

    private static EmbeddedPostgres start(Path dataDir) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .start();
    }
}
