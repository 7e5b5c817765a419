package org.unsymbol;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.unsymbol.platform.EmbeddedDatabase;

/**
 * Starts the embedded PostgreSQL when no JDBC URL is configured, then Quarkus.
 * Nothing may follow {@code Quarkus.run}: after SIGTERM it never returns, and in dev mode it returns on every
 * live reload; the database is stopped by {@link EmbeddedDatabase}'s own shutdown hook instead.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        try {
            EmbeddedDatabase.startIfNeeded();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage()); // says what to do; a stack trace would bury that
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
