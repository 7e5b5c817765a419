package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithDatabase
class PlatformTest {

    @Inject
    DataSource dataSource;

    @Test
    void readinessIsUpWithTheDatabaseCheck() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("unsymbol API"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsArePrometheusTextWithTheServicesOwnMeters() {
        given().redirects().follow(false).get("/r/es/A/78/265").then().statusCode(302);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("unsymbol_resolves_total{language=\"es\",status=\"found\"}"))
                .body(containsString("unsymbol_redirects_total{language=\"es\"}"))
                .body(containsString("unsymbol_resolver_cache_hit_ratio"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().accept("text/html").get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("code", equalTo("NOT_FOUND"))
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Resource not found"))
                .body("detail", containsString("/api/v1/no-such-thing"));
    }

    @Test
    void unknownPathOutsideTheApiIsAProblemToo() {
        given().get("/definitely/not/here").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().delete("/problems").then().statusCode(405)
                .contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void unacceptableAcceptIsAProblem() {
        given().accept("image/png").get("/problems").then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void errorCodesAreDocumented() {
        given().get("/problems").then().statusCode(200)
                .body("code", hasItem("DOCUMENT_NOT_FOUND"));
        given().get("/problems/not-found").then().statusCode(200)
                .body("status", equalTo(404)).body("code", equalTo("NOT_FOUND"));
        given().get("/problems/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesAndReadsThroughPostgres() throws Exception {
        String key = "TEST/" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO document (symbol, lookup_key) VALUES (?, ?) RETURNING id")) {
                    ps.setString(1, key);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT symbol FROM document WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(key, rs.getString(1));
                    }
                }
            } finally {
                c.rollback(); // a bare row without its symbol rows is no catalogue document: leave nothing behind
                c.setAutoCommit(true);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT version()")) {
                rs.next();
                assertTrue(rs.getString(1).startsWith("PostgreSQL"), rs.getString(1));
            }
        }
    }

    @Test
    void malformedJsonIsA400WithItsOwnCode() {
        given().contentType(ContentType.JSON).body("[\"A/78/265\", ").post("/api/v1/resolve")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"));
        given().contentType(ContentType.JSON).body("{\"symbol\": 1}").post("/api/v1/resolve")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body("detail", org.hamcrest.Matchers.not(containsString("java")));
    }

    @Test
    void problemBodiesNeverLeakJavaNames() {
        given().contentType(ContentType.JSON).body("{not json").post("/problems")
                .then().statusCode(startsWithFour())
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString("java.")));
    }

    private static org.hamcrest.Matcher<Integer> startsWithFour() {
        return org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400),
                org.hamcrest.Matchers.lessThan(500));
    }
}
