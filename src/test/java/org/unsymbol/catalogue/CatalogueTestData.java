package org.unsymbol.catalogue;

import io.restassured.specification.RequestSpecification;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Unique symbols (the test database is shared by every test of a run) and authenticated requests. */
final class CatalogueTestData {

    static final String KEY = "test-key";
    private static final AtomicInteger COUNTER = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 90000));

    private CatalogueTestData() {
    }

    /** A fresh, plausible symbol of a subsidiary body that no other test uses: A/AC.292/2022/&lt;n&gt;. */
    static String uniqueSymbol() {
        return "A/AC.292/2022/" + COUNTER.incrementAndGet();
    }

    static RequestSpecification writer() {
        return given().header("Authorization", "Bearer " + KEY).contentType("application/json");
    }

    /** A full wire document with an English and a Spanish version. */
    static String document(String symbol, String enTitle) {
        return """
                {"symbol": "%s", "distribution": "LTD", "date": "2024-06-21", "originalLanguage": "en",
                 "body": "Open-ended working group on security of and in the use of information and communications technologies 2021-2025",
                 "session": "Eighth substantive session",
                 "agendaItems": [{"agenda": "A/AC.292/2021/1", "item": "7", "title": "Adoption of annual progress reports"}],
                 "subjects": ["INFORMATION SECURITY", "TELECOMMUNICATIONS"],
                 "versions": {
                   "en": {"title": "%s", "jobNumber": "N2417543", "released": "2024-06-24",
                          "files": [{"format": "pdf", "url": "https://documents.un.org/api/symbol/access?s=%s&l=en&t=pdf", "size": 120345}]},
                   "es": {"title": "Proyecto de informe", "jobNumber": "24-11036"}
                 }}""".formatted(symbol, enTitle, symbol);
    }
}
