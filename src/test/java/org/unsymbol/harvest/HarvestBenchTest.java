package org.unsymbol.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.FakeOaiResource;
import org.unsymbol.testing.WithDatabase;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Harvest throughput against the importer's own on the same MARCXML in the same run, and the heap over the harvest:
 * {@code ./mvnw -B -o test -Dtest=HarvestBenchTest -Dunsymbol.bench.harvest=50000} (skipped without the property).
 * The importer gets N copies of the real records as one MARCXML body; the harvest gets N other copies (same shape,
 * other numbers) in pages of 500 from the loopback fake, pre-rendered so that the fake costs little. Prints the
 * figures; asserts only that everything was stored.
 */
@QuarkusTest
@WithDatabase
class HarvestBenchTest {

    private static final int PAGE = 500;

    @AfterEach
    void clear() {
        FakeOaiResource.serve(null);
    }

    @Test
    void harvestAgainstImport() throws Exception {
        String property = System.getProperty("unsymbol.bench.harvest");
        assumeTrue(property != null && !property.isBlank(), "set -Dunsymbol.bench.harvest=N to run the benchmark");
        int n = Integer.parseInt(property);

        // the importer alone: one MARCXML collection over POST /api/v1/imports
        StringBuilder collection = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
        for (int i = 0; i < n; i++) {
            collection.append(FakeOai.bibliographic(FakeOai.nextNumber() + 1_000_000)).append('\n');
        }
        collection.append("</collection>\n");
        byte[] body = collection.toString().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        JsonPath imported = given().header("Authorization", "Bearer test-key")
                .contentType("application/marcxml+xml").body(body).post("/api/v1/imports")
                .then().statusCode(200).extract().jsonPath();
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(n, imported.getInt("created"));

        // the harvest: N other copies in pages of PAGE, rendered before the clock starts
        List<byte[]> pages = new ArrayList<>();
        Map<String, Integer> byToken = new HashMap<>();
        int pageCount = (n + PAGE - 1) / PAGE;
        for (int p = 0; p < pageCount; p++) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns="
                    + "\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2031-06-01T00:00:00Z</responseDate>"
                    + "<request verb=\"ListRecords\">https://digitallibrary.un.org/oai2d</request><ListRecords>\n");
            for (int i = p * PAGE; i < Math.min(n, (p + 1) * PAGE); i++) {
                int number = FakeOai.nextNumber() + 2_000_000;
                xml.append("<record><header><identifier>oai:digitallibrary.un.org:bench-").append(number)
                        .append("</identifier><datestamp>").append(FakeOai.nextDatestamp())
                        .append("</datestamp></header><metadata>").append(FakeOai.bibliographic(number))
                        .append("</metadata></record>\n");
            }
            String next = p + 1 < pageCount ? "bench-" + (p + 1) : "";
            xml.append("<resumptionToken completeListSize=\"").append(n).append("\" cursor=\"").append(p * PAGE)
                    .append("\">").append(next).append("</resumptionToken></ListRecords></OAI-PMH>\n");
            pages.add(xml.toString().getBytes(StandardCharsets.UTF_8));
            byToken.put("bench-" + p, p);
        }
        FakeOaiResource.serve(new HttpHandler() {
            @Override
            public void handle(HttpExchange exchange) throws IOException {
                String q = exchange.getRequestURI().getRawQuery();
                int p = q.contains("resumptionToken=") ? byToken.get(q.substring(q.indexOf("resumptionToken=")
                        + "resumptionToken=".length())) : 0;
                byte[] page = pages.get(p);
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
                exchange.close();
            }
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t1 = System.nanoTime();
        long id = HarvestTest.start("{\"mode\": \"full\"}");
        JsonPath h = HarvestTest.await(id, 3600);
        double harvestSeconds = (System.nanoTime() - t1) / 1e9;
        sampling.set(false);
        sampler.join();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        assertEquals("completed", h.getString("status"), h.prettify());
        assertEquals(n, h.getLong("counts.created"));

        System.out.printf("BENCH harvest: %d records, %d pages of %d; import %.1f s = %.0f records/s; harvest %.1f s ="
                        + " %.0f records/s; ratio %.2f; heap used before %d MiB, peak %d MiB, after %d MiB"
                        + " (max %d MiB)%n", n, pageCount, PAGE, importSeconds, n / importSeconds, harvestSeconds,
                n / harvestSeconds, (n / harvestSeconds) / (n / importSeconds), heapBefore >> 20, peak.get() >> 20,
                heapAfter >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }
}
