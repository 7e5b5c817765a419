package org.unsymbol.resolve;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another replica changes the catalogue: this one only hears of it through PostgreSQL's NOTIFY, and must drop its
 * cached answer at once rather than when the entry expires.
 */
@QuarkusTest
@WithDatabase
class ReplicaInvalidationTest {

    private static final String SYMBOL = "A/AC.292/2023/4";

    @Inject
    DataSource dataSource;

    @Test
    void aChangeAnnouncedByAnotherReplicaReachesThisCache() throws Exception {
        assertTrue(inCatalogue(), "seed document");
        try {
            sql("UPDATE document SET deleted_at = now() WHERE lookup_key = ?", SYMBOL); // behind this replica's back
            assertTrue(inCatalogue(), "still cached: nothing told this replica yet");
            notifyReplicas(SYMBOL);
            assertTrue(eventually(false), "the NOTIFY dropped the cached entry");
        } finally {
            sql("UPDATE document SET deleted_at = NULL WHERE lookup_key = ?", SYMBOL);
            notifyReplicas("*");
        }
        assertTrue(eventually(true));
    }

    private boolean inCatalogue() {
        return given().get("/api/v1/resolve/" + SYMBOL).then().statusCode(200).extract().path("inCatalogue");
    }

    private boolean eventually(boolean expected) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (inCatalogue() == expected) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void notifyReplicas(String payload) throws Exception {
        sql("SELECT pg_notify('" + ReplicaInvalidation.CHANNEL + "', ?)", payload);
    }

    private void sql(String statement, String value) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setString(1, value);
            ps.execute();
        }
    }
}
