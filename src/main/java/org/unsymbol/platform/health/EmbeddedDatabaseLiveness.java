package org.unsymbol.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.unsymbol.platform.EmbeddedDatabase;
import org.unsymbol.platform.EmbeddedServer;

/**
 * Liveness of the embedded PostgreSQL, when this process runs one: DOWN once its postmaster has been gone, and could
 * not be started again, for a minute ({@link EmbeddedServer#alive()}), so that the orchestrator restarts the service.
 * A lost <em>external</em> database is no reason to restart us: that is readiness only.
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {

    static final String NAME = "embedded-database";

    @Override
    public HealthCheckResponse call() {
        return EmbeddedDatabase.server().map(s -> HealthCheckResponse.named(NAME).status(s.alive())
                .withData("restarts", s.restarts()).build()).orElseGet(() -> HealthCheckResponse.up(NAME));
    }
}
