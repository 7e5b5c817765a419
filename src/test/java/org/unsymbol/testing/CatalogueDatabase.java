package org.unsymbol.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL on a given data directory with the catalogue schema migrated, for tests and benchmarks that
 * run without Quarkus (restart, import benchmark). Durable settings, as the service's own embedded server.
 */
public final class CatalogueDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private CatalogueDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    public static CatalogueDatabase start(Path dataDir) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        Flyway.configure().dataSource(server.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        return new CatalogueDatabase(server);
    }

    public DataSource dataSource() {
        return server.getPostgresDatabase();
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
