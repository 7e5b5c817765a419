package org.unsymbol.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation of the published contract with bad input — malformed and mistyped bodies, unsupported
 * Content-Type, unacceptable Accept, undefined methods, hostile path values — and asserts that nothing answers 5xx
 * and every error is problem+json. New endpoints are walked automatically.
 */
@QuarkusTest
@WithDatabase
class BadRequestWalkTest {

    private static final List<String> HOSTILE = List.of("A%2F79%2F9998", "%00", "..%2F..%2Fetc", "%ZZ", "A" + "/1".repeat(1500),
            "%E2%80%AEA/79/9997", "A/79/9996%0D%0AX:%201", "%F0%9F%92%A9", "%C0%AF");

    /** Every query parameter an operation may read, each with a value it cannot take. */
    private static final String BAD_QUERY = "?q=%00&prefix=A%00&body=%00&session=%00&limit=x&facets=maybe&cursor=%00"
            + "&lang=%00&format=%00&year=%00&style=%00";
    /** What a problem body must never show: Java types, parser internals, database codes. */
    private static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
            "\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.|Exception|SQLSTATE|\\[Source:|JsonToken");

    private final List<String> failures = new ArrayList<>();

    @Test
    void noOperationAnswers5xxToBadInput() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        int calls = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/r/")) {
                continue;
            }
            List<String> methods = path.getValue().keySet().stream().map(String::toUpperCase).toList();
            for (String value : concretePaths(path.getKey())) {
                for (String method : methods) {
                    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                        check(method, value, "malformed JSON", r -> r.contentType("application/json").body("{\"a\": [1,"));
                        check(method, value, "mistyped JSON", r -> r.contentType("application/json").body("{\"symbol\": {\"x\": []}}"));
                        check(method, value, "unsupported type", r -> r.contentType("application/x-unknown").body("x"));
                        check(method, value, "unparsable type", r -> r.contentType("a/b/c").body("[\"A/78/265\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        check(method, value, "JSON null", r -> r.contentType("application/json").body("null"));
                        check(method, value, "JSON string with NUL", r -> r.contentType("application/json")
                                .body("{\"symbol\": \"A/79/9999\", \"body\": \"x\\u0000\"}"));
                        calls += 3;
                        check(method, value, "binary as text", r -> r.contentType("text/plain; charset=utf-8")
                                .body(new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3}));
                        calls += 4;
                    } else {
                        check(method, value, "plain", r -> r);
                        check(method, value + BAD_QUERY, "bad query parameters", r -> r);
                        calls += 2;
                    }
                    check(method, value, "unacceptable Accept", r -> r.accept("image/png"));
                    calls++;
                }
                for (String method : List.of("PATCH", "DELETE", "PUT")) {
                    if (!methods.contains(method)) {
                        check(method, value, "undefined method", r -> r.contentType("application/json").body("{}"));
                        calls++;
                    }
                }
            }
        }
        assertTrue(calls > 100, "walked " + calls + " calls");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    private static List<String> concretePaths(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> out = new ArrayList<>();
        String sample = template.contains("{prefix}") ? "A/AC.292" : template.contains("{slug}") ? "not-found"
                : template.contains("{path}") ? "es/A/78/265" : "A/AC.292/2024/L.1";
        out.add(template.replaceAll("\\{[^}]+}", sample));
        for (String h : HOSTILE) {
            out.add(template.replaceAll("\\{[^}]+}", h));
        }
        return out;
    }

    private void check(String method, String path, String what,
                       java.util.function.UnaryOperator<RequestSpecification> prepare) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            path = path.replace("A/AC.292/2024/L.1", "A/79/9999"); // never touch the seed records other tests read
        }
        RequestSpecification spec = prepare.apply(given().urlEncodingEnabled(false).redirects().follow(false)
                .header("Authorization", "Bearer test-key"));
        Response r;
        try {
            r = spec.request(method, path);
        } catch (Exception e) {
            return; // the HTTP client itself refuses to send this URL (e.g. a broken %-escape): nothing to judge
        }
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        if (status >= 500) {
            failures.add(method + " " + abbreviate(path) + " (" + what + "): " + status + " " + abbreviate(r.asString()));
        } else if (status >= 400 && !method.equals("HEAD") && !type.startsWith("application/problem+json")
                && !type.startsWith("text/html")) {
            failures.add(method + " " + abbreviate(path) + " (" + what + "): " + status + " as '" + type + "'");
        } else if (status >= 400 && INTERNALS.matcher(r.asString()).find()) {
            failures.add(method + " " + abbreviate(path) + " (" + what + "): internals in " + abbreviate(r.asString()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
