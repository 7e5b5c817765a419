package org.unsymbol.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Readiness of the catalogue database: UP when a pooled connection answers, DOWN otherwise, and nothing more. The
 * public probe must not tell strangers where the database lives, so unlike Quarkus's own datasource check (switched
 * off with {@code quarkus.datasource.health.enabled=false}) it carries no host, port, SQLSTATE or exception text;
 * the reason goes to the log instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
    private static final int VALID_SECONDS = 3;

    private final DataSource dataSource;

    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(VALID_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            LOG.warn("readiness: the catalogue database did not answer a validation in time");
        } catch (Exception e) {
            LOG.warnf("readiness: the catalogue database is unavailable: %s", e.getMessage());
        }
        return HealthCheckResponse.down(NAME);
    }
}
