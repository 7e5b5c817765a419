package org.unsymbol.platform;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.LaunchMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL that the service starts for itself when no {@code quarkus.datasource.jdbc.url} is configured.
 *
 * <p>It keeps its data in {@code <unsymbol.data-dir>/pg} ({@code pg-dev} in dev mode), with fsync and
 * synchronous commit on, because zonky's defaults are tuned for throw-away test databases. It runs before Quarkus
 * starts, so it reports through {@code System.err}: the logging system is not up yet.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_PROPERTY = "unsymbol.data-dir";
    static final String DATA_DIR_ENV = "UNSYMBOL_DATA_DIR";

    private static EmbeddedPostgres server;
    private static FileLock dataDirLock;

    private EmbeddedDatabase() {
    }

    /** Starts the embedded server unless a JDBC URL points elsewhere (or an earlier call already started it). */
    public static synchronized void startIfNeeded() {
        if (configured(URL_PROPERTY, URL_ENV).isPresent()) {
            return; // an external server, or ours from before a dev-mode reload (the URL is a system property)
        }
        Path dataDir = Path.of(configured(DATA_DIR_PROPERTY, DATA_DIR_ENV).orElse("data")).toAbsolutePath();
        Path pgDir = pgDirectory(dataDir, devMode());
        try {
            Files.createDirectories(pgDir);
            lockDataDirectory(dataDir);
            stopOrphanedPostmaster(pgDir);
            long started = System.nanoTime();
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)       // keep the catalogue; initdb runs only on an empty folder
                    .setRegisterShutdownHook(false)     // ours stops PostgreSQL after Quarkus closed its pool
                    .setServerConfig("fsync", "on")     // zonky passes -F (fsync off); a later -c wins
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            System.err.printf("unsymbol: embedded PostgreSQL on port %d, data in %s (%d ms)%n",
                    server.getPort(), pgDir, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("unsymbol: the embedded PostgreSQL could not start in " + pgDir
                    + ": " + e.getMessage() + ". Set " + URL_ENV + " to use an external PostgreSQL instead.", e);
        }
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterQuarkus, "embedded-pg-stop"));
    }

    private static void stopAfterQuarkus() {
        Application app = Application.currentApplication();
        if (app != null) {
            app.awaitShutdown(); // Agroal must close its connections before the server goes
        }
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("unsymbol: stopping the embedded PostgreSQL failed: " + e.getMessage());
        }
    }

    /**
     * Holds an OS lock on the data directory for the life of this JVM. The OS drops it when the process dies, even
     * by {@code kill -9}, so a lock we cannot take means another live unsymbol uses the folder.
     */
    private static void lockDataDirectory(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("unsymbol.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        dataDirLock = channel.tryLock();
        if (dataDirLock == null) {
            channel.close();
            throw new IllegalStateException("unsymbol: another unsymbol process is already using " + dataDir
                    + ". Stop it first, or give this one its own folder with " + DATA_DIR_ENV + ".");
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster survives and holds the data directory, and a new start would
     * wait silently for it. We own the data-directory lock, so any live postmaster there is an orphan of ours: stop
     * it (fast shutdown) and go on, or say exactly what to do.
     */
    static void stopOrphanedPostmaster(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII).get(0).trim());
        } catch (RuntimeException e) {
            return; // unreadable or empty: PostgreSQL itself rejects or overwrites a stale file
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isEmpty()) {
            return; // stale pid file of a dead server: PostgreSQL removes it on start
        }
        System.err.printf("unsymbol: a PostgreSQL (pid %d) left by an earlier run still holds %s; stopping it%n",
                pid, pgDir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("unsymbol: a PostgreSQL (pid " + pid + ") still runs on " + pgDir
                    + " and did not stop within 30 s. Stop it with `kill -INT " + pid + "` and start again.", e);
        }
    }

    private static Optional<String> configured(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /**
     * Whether this is {@code quarkus:dev}. Neither {@link LaunchMode#current()} nor the configuration profile is set
     * yet when our main runs there; what is already visible is the dev class loader and the dev runner jar.
     */
    private static boolean devMode() {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return true;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String command = System.getProperty("sun.java.command", "");
        return (loader != null && loader.toString().contains("Runtime ClassLoader: DEV"))
                || command.endsWith("-dev.jar");
    }

    /** Dev mode keeps its own database so that experiments never touch the real catalogue. */
    static Path pgDirectory(Path dataDir, boolean devMode) {
        return dataDir.resolve(devMode ? "pg-dev" : "pg");
    }
}
