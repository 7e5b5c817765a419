package org.unsymbol.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One embedded PostgreSQL on a fixed data directory and port, and the supervisor that keeps it running: when the
 * postmaster is gone (killed, crashed, OOM-killed) while the service still runs, it is started again on the same data
 * directory and port, so that the pool reconnects by itself and the service answers 503 only meanwhile. While the
 * server cannot be started again for longer than {@link #GIVE_UP}, {@link #alive()} turns false, and the liveness
 * check with it: the orchestrator then restarts the whole service.
 *
 * <p>PostgreSQL's own output (initdb, pg_ctl and the server log) is appended to a log file, not printed: initdb's
 * "you can now start the database server" advice is not for our users.
 */
public final class EmbeddedServer {

    static final Duration GIVE_UP = Duration.ofSeconds(60);
    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(60); // initdb and crash recovery included
    private static final Duration RESTART_WAIT = Duration.ofSeconds(15);     // a failed attempt costs this much
    private static final long CHECK_MS = 1000;
    private static final String ZONKY_LOGGER = EmbeddedPostgres.class.getName();
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final Path pgDir;
    private final Path log;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;
    private volatile boolean stopping;
    private volatile Instant downSince;
    private volatile int restarts;
    private Thread supervisor;

    private EmbeddedServer(Path pgDir, Path log, int port, EmbeddedPostgres postgres) throws IOException {
        this.pgDir = pgDir;
        this.log = log;
        this.port = port;
        this.postgres = postgres;
        this.postmasterPid = readPid(pgDir.resolve("postmaster.pid"));
    }

    /** Starts PostgreSQL on {@code pgDir} (initdb first if it is empty) on {@code port}, or any free port if 0. */
    public static EmbeddedServer start(Path pgDir, Path log, int port) throws IOException {
        EmbeddedPostgres pg = launch(pgDir, log, port, FIRST_START_WAIT);
        return new EmbeddedServer(pgDir, log, pg.getPort(), pg);
    }

    private static EmbeddedPostgres launch(Path pgDir, Path log, int port, Duration wait) throws IOException {
        Files.createDirectories(log.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)       // keep the catalogue; initdb runs only on an empty folder
                .setRegisterShutdownHook(false)     // ours stops PostgreSQL after Quarkus closed its pool
                .setServerConfig("fsync", "on")     // zonky passes -F (fsync off); a later -c wins
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .setPGStartupWait(wait);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    public int port() {
        return port;
    }

    public long postmasterPid() {
        return postmasterPid;
    }

    /** Times the postmaster was started again after it died. */
    public int restarts() {
        return restarts;
    }

    /** False once the postmaster has been gone, and could not be started again, for longer than {@link #GIVE_UP}. */
    public boolean alive() {
        Instant since = downSince;
        return since == null || Duration.between(since, Instant.now()).compareTo(GIVE_UP) < 0;
    }

    /** Whether the postmaster process is running right now. */
    public boolean running() {
        return ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Starts the supervisor thread (a daemon): checks the postmaster every second, starts it again if it is gone. */
    public synchronized void supervise() {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(this::watch, "embedded-pg-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void watch() {
        long backoff = CHECK_MS;
        while (!stopping) {
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            if (stopping || running()) {
                backoff = CHECK_MS;
                continue;
            }
            if (downSince == null) {
                downSince = Instant.now();
                System.err.printf("unsymbol: the embedded PostgreSQL (pid %d) is gone; starting it again on port %d"
                        + " (its log: %s)%n", postmasterPid, port, log);
            }
            if (restart()) {
                backoff = CHECK_MS;
            } else {
                backoff = Math.min(backoff * 2, 8_000); // its orphaned backends may still hold shared memory
            }
        }
    }

    /** For tests: pretend the server has been down since {@code since}. */
    void markDownSince(Instant since) {
        downSince = since;
    }

    /** One attempt to start the dead postmaster again; true when it runs. */
    synchronized boolean restart() {
        if (stopping) {
            return false;
        }
        if (downSince == null) {
            downSince = Instant.now();
        }
        closeQuietly(postgres); // gives zonky's lock on the data directory back; pg_ctl stop fails, as expected
        try {
            // A start that fails inside zonky's constructor never gives its lock back (no handle is returned), and
            // the JVM would refuse the next attempt the same lock. A fresh lock file (a new inode) sidesteps it; the
            // folder stays ours by the data-directory lock that EmbeddedDatabase holds for the life of the process.
            Files.deleteIfExists(pgDir.resolve(ZONKY_LOCK_FILE));
            postgres = launch(pgDir, log, port, RESTART_WAIT);
            postmasterPid = readPid(pgDir.resolve("postmaster.pid"));
            restarts++;
            System.err.printf("unsymbol: the embedded PostgreSQL runs again (pid %d, port %d) after %d ms%n",
                    postmasterPid, port, Duration.between(downSince, Instant.now()).toMillis());
            downSince = null;
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.printf("unsymbol: the embedded PostgreSQL did not start again yet: %s%n", e.getMessage());
            return false;
        }
    }

    /** Stops the server for good (fast shutdown); the supervisor lets it go. */
    public synchronized void stop() {
        stopping = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("unsymbol: stopping the embedded PostgreSQL failed: " + e.getMessage());
        }
    }

    /** Closes the handle of a server that is already dead, without zonky's error report of the failed pg_ctl stop. */
    private static void closeQuietly(EmbeddedPostgres dead) {
        Logger zonky = Logger.getLogger(ZONKY_LOGGER);
        Level level = zonky.getLevel();
        zonky.setLevel(Level.OFF);
        try {
            dead.close();
        } catch (IOException | RuntimeException e) {
            // nothing to stop: the process is gone
        } finally {
            zonky.setLevel(level);
        }
    }

    /** The live postmaster recorded in {@code pgDir/postmaster.pid}, if there is one. */
    static Optional<ProcessHandle> livePostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = readPid(pidFile);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or empty: PostgreSQL itself rejects or overwrites a stale file
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    }

    private static long readPid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).trim());
    }

    /** Waits until the postmaster runs again (for tests and scripts). */
    boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (downSince == null && running()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return false;
    }
}
