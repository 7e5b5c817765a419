package org.unsymbol.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Ordinary requests keep their 1 MB limit although the server's ceiling is raised for streamed imports. */
@QuarkusTest
@WithDatabase
class RequestBodyLimitsTest {

    private static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsAProblem413() {
        given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body(json(2 << 20)).put("/api/v1/documents/A/78/1")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedToo() {
        int status = given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body(new ByteArrayInputStream(json(2 << 20))).put("/api/v1/documents/A/78/1").statusCode();
        org.junit.jupiter.api.Assertions.assertEquals(413, status);
    }

    @Test
    void aSmallBodyPasses() {
        given().header("Authorization", "Bearer test-key").contentType("application/json")
                .body(json(1000)).put("/api/v1/documents/A/AC.292/2022/777777")
                .then().statusCode(201);
    }
}
