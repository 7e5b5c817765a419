package org.unsymbol.harvest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.FakeOaiResource;
import org.unsymbol.testing.WithDatabase;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Harvests over HTTP from the loopback fake of the Digital Library's OAI-PMH endpoint ({@link FakeOai}, serving
 * copies of real records), into the real catalogue and PostgreSQL.
 */
@QuarkusTest
@WithDatabase
class HarvestTest {

    private static final String HARVESTS = "/api/v1/harvests";

    @Inject
    DataSource dataSource;

    @AfterEach
    void noFakeLeftServing() {
        FakeOaiResource.serve(null);
    }

    static RequestSpecification writer() {
        return given().header("Authorization", "Bearer test-key").contentType("application/json");
    }

    static long start(String body) {
        Response r = writer().body(body).post(HARVESTS);
        r.then().statusCode(202).header("Location", containsString(HARVESTS + "/"))
                .body("status", equalTo("running"));
        long id = r.jsonPath().getLong("id");
        assertTrue(r.header("Location").endsWith(HARVESTS + "/" + id));
        return id;
    }

    static JsonPath await(long id) {
        return await(id, 90);
    }

    static JsonPath await(long id, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath h = given().get(HARVESTS + "/" + id).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(h.getString("status"))) {
                return h;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("harvest " + id + " still running after " + seconds + " s");
        return null;
    }

    static void counts(JsonPath h, long seen, long created, long updated, long unchanged, long deleted,
                       long rejected) {
        assertEquals(List.of(seen, created, updated, unchanged, deleted, rejected),
                List.of(h.getLong("counts.seen"), h.getLong("counts.created"), h.getLong("counts.updated"),
                        h.getLong("counts.unchanged"), h.getLong("counts.deleted"), h.getLong("counts.rejected")),
                "seen, created, updated, unchanged, deleted, rejected of " + h.prettify());
    }

    static List<Integer> records(FakeOai oai, int n) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int number = FakeOai.nextNumber();
            oai.add(number, FakeOai.bibliographic(number));
            numbers.add(number);
        }
        return numbers;
    }

    @Test
    void aFullHarvestFollowsEveryResumptionTokenAndRejectsTheRecordWithoutASymbol() {
        FakeOai oai = new FakeOai(7);
        List<Integer> numbers = records(oai, 20);
        FakeOai.Rec vote = oai.add(FakeOai.nextNumber(), FakeOai.resource("vote-4096564.xml"));
        numbers.addAll(records(oai, 20));
        FakeOaiResource.serve(oai);

        long id = start("{\"mode\": \"full\", \"set\": \"test\"}");
        JsonPath h = await(id);
        assertEquals("completed", h.getString("status"), h.prettify());
        counts(h, 41, 40, 0, 0, 0, 1);
        assertEquals(6, h.getInt("pages"));
        assertEquals(6, h.getInt("requests"));
        assertEquals(41, h.getLong("completeListSize"));
        assertNull(h.get("resumptionToken"));
        assertEquals(oai.records.get(oai.records.size() - 1).datestamp(), h.getString("lastDatestamp"));
        assertEquals(vote.identifier(), h.getString("rejections[0].identifier"));
        assertEquals("VALIDATION_FAILED", h.getString("rejections[0].code"));
        assertTrue(h.getString("rejections[0].message").contains("191"), h.getString("rejections[0].message"));

        FakeOai.Seen first = oai.seen.get(0);
        assertTrue(first.query().contains("verb=ListRecords") && first.query().contains("metadataPrefix=marcxml")
                && first.query().contains("set=test") && !first.query().contains("from="), first.query());
        for (FakeOai.Seen later : oai.seen.subList(1, oai.seen.size())) {
            assertTrue(later.query().startsWith("verb=ListRecords&resumptionToken="), later.query());
        }
        assertTrue(first.userAgent().startsWith("unsymbol/") && first.userAgent().contains("OAI-PMH harvester"),
                first.userAgent());

        for (int number : List.of(numbers.get(0), numbers.get(25), numbers.get(39))) {
            given().get("/api/v1/documents/" + FakeOai.symbol(number)).then().statusCode(200)
                    .body("symbol", equalTo(FakeOai.symbol(number)));
        }
        given().get("/api/v1/documents/A/RES/80/214").then().statusCode(404); // the vote record: not catalogued
        given().get(HARVESTS).then().statusCode(200).body("[0].id", equalTo((int) id))
                .body("[0].counts.created", equalTo(40));
    }

    @Test
    void anIncrementalHarvestAsksFromTheLastDatestampAndTakesOnlyWhatChanged() {
        FakeOai oai = new FakeOai(5);
        records(oai, 12);
        FakeOaiResource.serve(oai);
        JsonPath full = await(start("{\"mode\": \"full\"}"));
        counts(full, 12, 12, 0, 0, 0, 0);
        String last = full.getString("lastDatestamp");

        FakeOai.Rec third = oai.records.get(2);
        oai.change(third, third.marc().replace("A/80/PV.64", "A/80/PV.65").replace("A/80/L.51", "A/80/L.52"), false);
        List<Integer> added = records(oai, 4);
        int before = oai.seen.size();

        long id = start("{}");
        JsonPath h = await(id);
        assertEquals("completed", h.getString("status"), h.prettify());
        assertEquals("incremental", h.getString("mode"));
        assertEquals(last, h.getString("from"));
        assertTrue(oai.seen.get(before).query().contains("from=" + URLEncoder.encode(last, StandardCharsets.UTF_8)),
                oai.seen.get(before).query());
        // the record at the last datestamp comes again (from is inclusive) and is unchanged
        counts(h, 6, 4, 1, 0 + 1, 0, 0);
        given().get("/api/v1/documents/" + FakeOai.symbol(added.get(3))).then().statusCode(200);
    }

    @Test
    void deletedRecordsAreSoftDeletedAndNoLongerFound() {
        FakeOai oai = new FakeOai(4);
        List<Integer> numbers = records(oai, 6);
        FakeOaiResource.serve(oai);
        counts(await(start("{\"mode\": \"full\"}")), 6, 6, 0, 0, 0, 0);
        String gone = FakeOai.symbol(numbers.get(0));
        String kept = FakeOai.symbol(numbers.get(2));
        given().get("/api/v1/resolve/" + gone + "?lang=en").then().statusCode(200).body("inCatalogue", equalTo(true));
        oai.change(oai.records.get(0), null, true);
        oai.change(oai.records.get(0), null, true); // the second record (the list moved up)

        JsonPath h = await(start("{}"));
        assertEquals("completed", h.getString("status"), h.prettify());
        counts(h, 3, 0, 0, 1, 2, 0);
        given().get("/api/v1/documents/" + gone).then().statusCode(404);
        given().get("/api/v1/documents/" + FakeOai.symbol(numbers.get(1))).then().statusCode(404);
        given().get("/api/v1/documents/" + kept).then().statusCode(200);
        given().get("/api/v1/resolve/" + gone + "?lang=en").then().statusCode(200)
                .body("inCatalogue", equalTo(false));
        given().get("/api/v1/resolve/" + kept + "?lang=en").then().statusCode(200).body("inCatalogue", equalTo(true));
    }

    @Test
    void aRetryAfterInTheMiddleIsWaitedForAndTheHarvestGoesOn() {
        FakeOai oai = new FakeOai(5);
        records(oai, 15);
        oai.unavailable.put(2, new AtomicInteger(1));
        oai.retryAfterSeconds = 1;
        FakeOaiResource.serve(oai);

        JsonPath h = await(start("{\"mode\": \"full\"}"));
        assertEquals("completed", h.getString("status"), h.prettify());
        counts(h, 15, 15, 0, 0, 0, 0);
        assertEquals(3, h.getInt("pages"));
        assertEquals(4, h.getInt("requests"));
        List<FakeOai.Seen> page2 = oai.seen.stream().filter(s -> s.page() == 2).toList();
        assertEquals(2, page2.size());
        long waited = page2.get(1).nanos() - page2.get(0).nanos();
        assertTrue(waited >= 950_000_000L, "waited " + waited / 1_000_000 + " ms after Retry-After: 1");
    }

    @Test
    void anInterruptedHarvestFailsWithItsReasonAndResumesWithoutImportingAnyRecordTwice() throws Exception {
        FakeOai oai = new FakeOai(5);
        List<Integer> numbers = records(oai, 20);
        oai.brokenFrom = 3;
        FakeOaiResource.serve(oai);

        long id = start("{\"mode\": \"full\"}");
        JsonPath failed = await(id);
        assertEquals("failed", failed.getString("status"), failed.prettify());
        assertTrue(failed.getString("error").contains("Gave up after 4 tries")
                && failed.getString("error").contains("HTTP 500"), failed.getString("error"));
        counts(failed, 10, 10, 0, 0, 0, 0);
        assertEquals(2, failed.getInt("pages"));
        assertEquals("10|||", failed.getString("resumptionToken"));

        // a crash after page 2's records were committed but before its token was: the stored position is page 2's
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE harvest SET resumption_token = '5|||', pages = pages - 1 WHERE id = ?")) {
            ps.setLong(1, id);
            assertEquals(1, ps.executeUpdate());
        }
        oai.brokenFrom = 0;
        int before = oai.seen.size();
        writer().post(HARVESTS + "/" + id + "/resume").then().statusCode(202)
                .header("Location", endsWith(HARVESTS + "/" + id)).body("status", equalTo("running"));
        JsonPath done = await(id);
        assertEquals("completed", done.getString("status"), done.prettify());
        assertEquals("resume", done.getString("trigger"));
        assertNull(done.get("error"));
        assertEquals(2, oai.seen.get(before).page(), "page 2 is fetched again");
        counts(done, 20, 20, 0, 0, 0, 0);
        assertEquals(4, done.getInt("pages"));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), count(DISTINCT document_key) FROM harvest_record WHERE harvest_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(20, rs.getInt(1));
                assertEquals(20, rs.getInt(2));
            }
        }
        for (int number : numbers) {
            given().get("/api/v1/documents/" + FakeOai.symbol(number)).then().statusCode(200)
                    .body("version", equalTo(0)); // written once: never updated by a second import
        }
        writer().post(HARVESTS + "/" + id + "/resume").then().statusCode(409)
                .body("code", equalTo("HARVEST_NOT_RESUMABLE"));
    }

    @Test
    void twoHarvestsAskedAtOnceRunOneAtATimeAlsoAcrossReplicas() throws Exception {
        FakeOai oai = new FakeOai(3);
        records(oai, 9);
        oai.delayMillis = 300;
        FakeOaiResource.serve(oai);

        long first = start("{\"mode\": \"full\"}");
        writer().body("{\"mode\": \"full\"}").post(HARVESTS).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("HARVEST_RUNNING"))
                .body("running", equalTo((int) first)).body("location", equalTo(HARVESTS + "/" + first));
        assertEquals("completed", await(first).getString("status"));

        // another replica holds the source's lock: this one refuses too
        try (Connection other = dataSource.getConnection()) {
            try (PreparedStatement ps = other.prepareStatement(
                    "SELECT pg_try_advisory_lock(hashtext('unsymbol.harvest'), hashtext('undl'))");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getBoolean(1));
            }
            writer().body("{}").post(HARVESTS).then().statusCode(409).body("code", equalTo("HARVEST_RUNNING"));
            try (PreparedStatement ps = other.prepareStatement(
                    "SELECT pg_advisory_unlock(hashtext('unsymbol.harvest'), hashtext('undl'))")) {
                ps.executeQuery().close();
            }
        }
        oai.delayMillis = 0;
        assertEquals("completed", await(start("{}")).getString("status"));
    }

    @Test
    void badRequestsAreProblems() {
        writer().body("{\"mode\": \"partial\"}").post(HARVESTS).then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("mode"));
        writer().body("{\"from\": \"yesterday\"}").post(HARVESTS).then().statusCode(400)
                .body("code", equalTo("INVALID_PARAMETER")).body("parameter", equalTo("from"));
        writer().body("{\"set\": \"a set with spaces\"}").post(HARVESTS).then().statusCode(400)
                .body("parameter", equalTo("set"));
        writer().body("[1]").post(HARVESTS).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().contentType("application/json").body("{}").post(HARVESTS).then().statusCode(401);
        given().get(HARVESTS + "/987654321").then().statusCode(404).body("code", equalTo("HARVEST_NOT_FOUND"));
        given().get(HARVESTS + "?limit=0").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        assertFalse(given().get(HARVESTS).then().statusCode(200).extract().asString().isEmpty());
        assertNotNull(FakeOai.resource("README.md"));
    }
}
