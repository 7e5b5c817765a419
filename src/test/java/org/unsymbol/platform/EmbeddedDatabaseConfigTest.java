package org.unsymbol.platform;

import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Defect 13: a datasource URL set in any Quarkus configuration source must stop the embedded PostgreSQL from starting
 * (the decision used to look at system properties and the environment only). Each case builds the start-up
 * configuration over a working directory of its own.
 */
class EmbeddedDatabaseConfigTest {

    static final String URL = "jdbc:postgresql://db.example:5432/unsymbol";

    @TempDir
    Path dir;

    private Optional<String> decided(Map<String, String> env, String profile) {
        SmallRyeConfig config = EmbeddedDatabase.startupConfig(dir, env, profile);
        return EmbeddedDatabase.externalUrl(config);
    }

    @Test
    void nothingConfiguredStartsTheEmbeddedServer() {
        assertEquals(Optional.empty(), decided(Map.of(), "prod"));
    }

    @Test
    void theEnvironmentIsHonoured() {
        assertEquals(Optional.of(URL), decided(Map.of("QUARKUS_DATASOURCE_JDBC_URL", URL), "prod"));
    }

    @Test
    void configApplicationPropertiesInTheWorkingDirectoryIsHonoured() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"), "quarkus.datasource.jdbc.url=" + URL + "\n");
        assertEquals(Optional.of(URL), decided(Map.of(), "prod"));
    }

    @Test
    void aDotEnvFileIsHonoured() throws Exception {
        Files.writeString(dir.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=" + URL + "\n");
        assertEquals(Optional.of(URL), decided(Map.of(), "prod"));
    }

    @Test
    void aProfilePropertyCountsInItsProfileOnly() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"),
                "%prod.quarkus.datasource.jdbc.url=" + URL + "\n");
        assertEquals(Optional.of(URL), decided(Map.of(), "prod"));
        assertEquals(Optional.empty(), decided(Map.of(), "dev"));
        assertEquals(Optional.of(URL), decided(Map.of("QUARKUS_PROFILE", "prod"), "dev"), "quarkus.profile wins");
    }

    @Test
    void expressionsAreResolvedAndABlankUrlIsNone() throws Exception {
        Files.writeString(dir.resolve(".env"), "DB_HOST=db.example\n");
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/application.properties"),
                "quarkus.datasource.jdbc.url=jdbc:postgresql://${DB_HOST}:5432/unsymbol\n");
        assertEquals(Optional.of(URL), decided(Map.of(), "prod"));
        assertEquals(Optional.empty(), decided(Map.of("QUARKUS_DATASOURCE_JDBC_URL", " "), "dev"));
    }

    @Test
    void theDataDirectoryComesFromTheSameSources() throws Exception {
        Files.writeString(dir.resolve(".env"), "UNSYMBOL_DATA_DIR=/srv/unsymbol\n");
        assertEquals("/srv/unsymbol", EmbeddedDatabase.startupConfig(dir, Map.of(), "prod")
                .getValue("unsymbol.data-dir", String.class));
    }
}
