package org.unsymbol.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL for the test run: a fresh embedded server (throw-away data directory, random port), or the
 * external server named by {@code TEST_DATABASE_URL} (+ {@code TEST_DATABASE_USERNAME}, {@code _PASSWORD}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", external);
            config.put("quarkus.datasource.username", env("TEST_DATABASE_USERNAME", "postgres"));
            config.put("quarkus.datasource.password", env("TEST_DATABASE_PASSWORD", ""));
            // an external database outlives the run: start each run from an empty schema
            config.put("quarkus.flyway.clean-at-start", "true");
            config.put("quarkus.flyway.clean-disabled", "false");
            return config;
        }
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded test PostgreSQL did not start", e);
        }
        config.put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres");
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
