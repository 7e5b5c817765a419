package org.unsymbol.platform;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL that the service starts for itself when no {@code quarkus.datasource.jdbc.url} is configured in any
 * of Quarkus's configuration sources.
 *
 * <p>It keeps its data in {@code <unsymbol.data-dir>/pg} ({@code pg-dev} in dev mode), with fsync and
 * synchronous commit on, because zonky's defaults are tuned for throw-away test databases; PostgreSQL's own output
 * (initdb, the server log) goes to {@code <unsymbol.data-dir>/pg.log}, not to the console. A supervisor
 * ({@link EmbeddedServer}) starts the postmaster again when it dies. It runs before Quarkus starts, so it reports
 * through {@code System.err}: the logging system is not up yet.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DATA_DIR_PROPERTY = "unsymbol.data-dir";
    static final String DATA_DIR_ENV = "UNSYMBOL_DATA_DIR";

    private static EmbeddedServer server;
    private static FileLock dataDirLock;

    private EmbeddedDatabase() {
    }

    /** Starts the embedded server unless a JDBC URL points elsewhere (or an earlier call already started it). */
    public static synchronized void startIfNeeded() {
        SmallRyeConfig config = startupConfig(Path.of(System.getProperty("user.dir")), System.getenv(),
                devMode() ? "dev" : "prod");
        if (externalUrl(config).isPresent()) {
            return; // an external server, or ours from before a dev-mode reload (the URL is a system property)
        }
        Path dataDir = Path.of(config.getOptionalValue(DATA_DIR_PROPERTY, String.class).filter(v -> !v.isBlank())
                .orElse("data")).toAbsolutePath();
        Path pgDir = pgDirectory(dataDir, devMode());
        try {
            Files.createDirectories(pgDir);
            lockDataDirectory(dataDir);
            stopOrphanedPostmaster(pgDir);
            long started = System.nanoTime();
            server = EmbeddedServer.start(pgDir, serverLog(dataDir, pgDir), 0);
            System.err.printf("unsymbol: embedded PostgreSQL on port %d, data in %s, its log in %s (%d ms)%n",
                    server.port(), pgDir, serverLog(dataDir, pgDir), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unsymbol: the embedded PostgreSQL could not start in " + pgDir
                    + ": " + e.getMessage() + " (its log: " + serverLog(dataDir, pgDir) + "). Set " + URL_ENV
                    + " to use an external PostgreSQL instead.", e);
        }
        server.supervise();
        System.setProperty(URL_PROPERTY, "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterQuarkus, "embedded-pg-stop"));
    }

    /** The running embedded server, if this process started one. */
    public static synchronized Optional<EmbeddedServer> server() {
        return Optional.ofNullable(server);
    }

    /**
     * The configuration as Quarkus will see it, built before Quarkus starts from the same sources and with the same
     * ordinals: system properties (400), environment (300), {@code .env} in the working directory (295),
     * {@code config/application.properties} in the working directory (260), {@code application.properties} on the
     * class path (250), {@code META-INF/microprofile-config.properties} (100); with profiles ({@code %prod.},
     * {@code quarkus.profile}) and expressions resolved.
     */
    static SmallRyeConfig startupConfig(Path workingDir, Map<String, String> env, String launchProfile) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String profile = build(workingDir, env, loader, List.of()).getOptionalValue("quarkus.profile", String.class)
                .filter(p -> !p.isBlank()).orElse(launchProfile);
        return build(workingDir, env, loader, Arrays.stream(profile.split(",")).map(String::strip).toList());
    }

    private static SmallRyeConfig build(Path workingDir, Map<String, String> env, ClassLoader loader,
                                        List<String> profiles) {
        List<ConfigSource> sources = new ArrayList<>();
        sources.add(new SysPropConfigSource());
        sources.add(new EnvConfigSource(env, 300));
        sources.addAll(DotEnvConfigSourceProvider.dotEnvSources(workingDir.resolve(".env").toUri().toString(), loader));
        sources.addAll(PropertiesConfigSourceLoader.inFileSystem(
                workingDir.resolve("config").resolve("application.properties").toUri().toString(), 260, loader));
        sources.addAll(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader));
        sources.addAll(PropertiesConfigSourceLoader.inClassPath("META-INF/microprofile-config.properties", 100,
                loader));
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().forClassLoader(loader).addDefaultInterceptors()
                .withSources(sources);
        if (!profiles.isEmpty()) {
            builder.withProfiles(profiles);
        }
        return builder.build();
    }

    /** The JDBC URL of an external PostgreSQL, if any source sets one: then nothing embedded starts. */
    static Optional<String> externalUrl(SmallRyeConfig config) {
        try {
            return config.getOptionalValue(URL_PROPERTY, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException e) {
            return config.getConfigValue(URL_PROPERTY).getRawValue() == null ? Optional.empty()
                    : Optional.of(config.getConfigValue(URL_PROPERTY).getRawValue()); // an unresolved ${...}
        }
    }

    private static Path serverLog(Path dataDir, Path pgDir) {
        return dataDir.resolve(pgDir.getFileName() + ".log");
    }

    private static void stopAfterQuarkus() {
        Application app = Application.currentApplication();
        if (app != null) {
            app.awaitShutdown(); // Agroal must close its connections before the server goes
        }
        server.stop();
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
        Optional<ProcessHandle> postmaster = EmbeddedServer.livePostmaster(pgDir);
        if (postmaster.isEmpty()) {
            return; // no pid file, or a stale one of a dead server: PostgreSQL removes it on start
        }
        long pid = postmaster.get().pid();
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
