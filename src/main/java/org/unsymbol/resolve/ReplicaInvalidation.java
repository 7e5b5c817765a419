package org.unsymbol.resolve;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.unsymbol.catalogue.CatalogueChanged;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps the resolver caches of all replicas in step. A committed catalogue change is announced with PostgreSQL's
 * {@code NOTIFY}; every replica {@code LISTEN}s on one connection of its own and drops the named keys (or everything).
 * After losing that connection a replica cannot know what it missed, so on reconnecting it drops its whole cache.
 */
@ApplicationScoped
public class ReplicaInvalidation {

    static final String CHANNEL = "unsymbol_catalogue";
    private static final Logger LOG = Logger.getLogger(ReplicaInvalidation.class);
    /** NOTIFY payloads must stay under 8000 bytes; a longer list of keys is sent as "everything". */
    private static final int MAX_PAYLOAD = 7000;

    private final DataSource dataSource;
    private final Resolver resolver;
    private final boolean enabled;
    private volatile boolean running;
    private Thread listener;

    public ReplicaInvalidation(DataSource dataSource, Resolver resolver,
                               @ConfigProperty(name = "unsymbol.cache.replica-invalidation", defaultValue = "true")
                               boolean enabled) {
        this.dataSource = dataSource;
        this.resolver = resolver;
        this.enabled = enabled;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "catalogue-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Lets the listener give its connection back before the pool closes: a connection still out when Agroal shuts
     * down is closed under it, and Agroal warned "This connection has been closed" on every shutdown.
     */
    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(3000); // it wakes within a second from getNotifications(1000)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Announces a committed change to every replica (this one included: dropping a key twice is harmless). */
    void announce(@Observes CatalogueChanged change) {
        if (!enabled) {
            return;
        }
        String payload = change.all() ? "*" : String.join("\n", change.keys());
        if (payload.length() > MAX_PAYLOAD) {
            payload = "*";
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        } catch (SQLException e) {
            // the write is committed; other replicas will still see it when their entries expire
            LOG.warnf("could not announce a catalogue change to other replicas: %s", e.getMessage());
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                resolver.invalidateAll(); // whatever happened while we were not listening
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            apply(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.debugf("catalogue listener lost its connection (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    void apply(String payload) {
        if (payload == null || payload.equals("*")) {
            resolver.invalidateAll();
        } else {
            List<String> keys = Arrays.asList(payload.split("\n"));
            resolver.invalidate(keys);
        }
    }
}
