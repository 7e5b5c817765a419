package org.unsymbol.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.unsymbol.testing.WithDatabase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.unsymbol.catalogue.CatalogueTestData.uniqueSymbol;

/**
 * Title search as people search (issue 16): accents either way, stems in each title's language, Chinese substrings,
 * the last word as a prefix, ranked results paged by cursor, hostile queries. Each test works under a fresh base
 * symbol and filters on it ({@code prefix}), so the other tests' documents in the shared database do not count.
 */
@QuarkusTest
@WithDatabase
class TitleSearchTest {

    private static final String SEARCH = "/api/v1/documents";

    /** Imports one document per title map ({lang: title}) as base/1, base/2, ...; returns the base. */
    private static String catalogue(List<Map<String, String>> titles) {
        String base = uniqueSymbol();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            StringBuilder versions = new StringBuilder();
            for (Map.Entry<String, String> v : titles.get(i).entrySet()) {
                versions.append(versions.length() == 0 ? "" : ", ").append('"').append(v.getKey())
                        .append("\": {\"title\": \"").append(v.getValue()).append("\"}");
            }
            lines.add("{\"symbol\": \"" + base + "/Add." + (i + 1) + "\", \"versions\": {" + versions + "}}");
        }
        ImportResourceTest.post("application/x-ndjson", String.join("\n", lines)).then().statusCode(200)
                .body("rejectedTotal", equalTo(0));
        return base;
    }

    private static Map<String, String> title(String lang, String title) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(lang, title);
        return m;
    }

    /** The numbers n of base/Add.n found by q under base, in the order given. */
    private static List<Integer> found(String base, String q) {
        Response r = given().queryParam("prefix", base + "/").queryParam("q", q).queryParam("limit", 1000)
                .get(SEARCH);
        r.then().statusCode(200);
        List<Integer> out = new ArrayList<>();
        for (String symbol : r.jsonPath().getList("items.symbol", String.class)) {
            out.add(Integer.parseInt(symbol.substring(symbol.lastIndexOf('.') + 1)));
        }
        return out;
    }

    private static List<Integer> sorted(List<Integer> found) {
        List<Integer> s = new ArrayList<>(found);
        s.sort(null);
        return s;
    }

    @Test
    void accentsDoNotMatterEitherWay() {
        String base = catalogue(List.of(
                title("es", "Organización de los trabajos del octavo período de sesiones"),
                title("fr", "Office des Nations Unies à Genève"),
                title("en", "Geneve office, without its accent"),
                title("es", "Los periodos de sesiones, escrito sin tilde")));
        assertEquals(List.of(1, 4), sorted(found(base, "periodos")));
        assertEquals(List.of(1, 4), sorted(found(base, "períodos ")));
        assertEquals(List.of(1, 4), sorted(found(base, "PERÍODO ")), "singular, upper case");
        assertEquals(List.of(2, 3), sorted(found(base, "geneve ")));
        assertEquals(List.of(2, 3), sorted(found(base, "Genève ")));
        assertEquals(List.of(1), found(base, "organizacion trabajos"));
        assertEquals(List.of(), found(base, "ginebra "), "no false friend");
    }

    @Test
    void stemsInEachTitlesLanguageAndTheLastWordAsAPrefix() {
        String base = catalogue(List.of(
                title("en", "Draft third annual progress report of the working group"),
                title("fr", "Rapport sur les progrès accomplis par les commissions régionales"),
                title("es", "Informes nacionales presentados por los Estados"),
                title("ru", "Доклады комитетов по правам человека"),
                title("ar", "تقرير المنظمات الإقليمية إلى الدول الأعضاء"),
                title("en", "Programme budget for the biennium")));
        assertEquals(List.of(1, 2), sorted(found(base, "progres")), "prefix of progress, French progrès");
        assertEquals(List.of(1), found(base, "progresses "), "English plural to singular");
        assertEquals(List.of(1), found(base, "annual reports "));
        assertEquals(List.of(1), found(base, "working groups "));
        assertEquals(List.of(2), found(base, "progres "), "a finished word is not a prefix: progrès only");
        assertEquals(List.of(2), found(base, "régionale "), "French singular finds the plural");
        assertEquals(List.of(2), found(base, "progrès accompli "));
        assertEquals(List.of(3), found(base, "informe nacional "), "Spanish singular finds the plural");
        assertEquals(List.of(3), found(base, "presentado "));
        assertEquals(List.of(), found(base, "estado "), "a Spanish stop word has no stem: found as written");
        assertEquals(List.of(3), found(base, "estado"), "or as a prefix while typed");
        assertEquals(List.of(4), found(base, "доклад комитета "), "Russian singular finds the plural");
        assertEquals(List.of(4), found(base, "правами "));
        assertEquals(List.of(5), found(base, "منظمة "), "Arabic singular finds the plural with its article");
        assertEquals(List.of(5), found(base, "دولة "), "Arabic: the singular finds الدول");
        assertEquals(List.of(6), found(base, "programme budg"), "prefix of the last word only");
        assertEquals(List.of(), found(base, "progr budget"), "earlier words are whole words");
        assertEquals(List.of(1), found(base, "report of the working group"), "stop words as written");
        assertEquals(List.of(), found(base, "report on the working group"), "... are asked for too");
    }

    @Test
    void chineseTitlesAreFoundBySubstring() {
        String base = catalogue(List.of(
                title("zh", "关于可持续发展的2030年议程执行情况的报告"),
                title("zh", "秘书长关于儿童与武装冲突的报告"),
                title("en", "Report on the 2030 Agenda for Sustainable Development")));
        assertEquals(List.of(1), found(base, "可持续发展"));
        assertEquals(List.of(1), found(base, "持续发"), "a substring inside a run");
        assertEquals(List.of(1), found(base, "年议程执行"));
        assertEquals(List.of(1, 2), sorted(found(base, "报告")));
        assertEquals(List.of(2), found(base, "武装冲突 秘书长"), "two substrings, both required");
        assertEquals(List.of(2), found(base, "冲"), "one character");
        assertEquals(List.of(), found(base, "发展议程"), "characters that are not adjacent in the title");
        assertEquals(List.of(1), found(base, "2030年议程"), "digits and Han together");
        assertEquals(List.of(1, 3), sorted(found(base, "2030")));
    }

    @Test
    void resultsAreRankedBestFirst() {
        String base = catalogue(List.of(
                title("en", "Letter dated 5 May 2024 from the Permanent Representative of a Member State addressed to "
                        + "the President of the Security Council"),
                title("en", "Security Council"),
                title("en", "Nuclear weapons and other arms"),
                title("en", "Nuclear and chemical weapons"),
                title("en", "Chemical weapons in the region")));
        List<Integer> council = found(base, "security council");
        assertEquals(List.of(2, 1), council, "the short title that is just the words first");
        List<Integer> weapons = found(base, "nuclear or chemical weapons");
        assertEquals(3, weapons.size());
        assertEquals(4, weapons.get(0), "the title with every word above those with some: " + weapons);
        given().queryParam("prefix", base + "/").queryParam("q", "security council").queryParam("facets", true)
                .get(SEARCH).then().statusCode(200).body("facets.language.en", equalTo(2));
    }

    @Test
    void cursorPagingOverRankedResultsHasNoDuplicatesAndNoGaps() {
        // 61 titles with many equal ranks (same length, same words) and many different ones
        List<Map<String, String>> titles = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            String filler = " and other matters".repeat(i % 5);
            titles.add(title(i % 2 == 0 ? "en" : "fr", (i % 3 == 0 ? "Human rights council " : "Rights ")
                    + "situation report" + filler));
        }
        String base = catalogue(titles);
        List<Integer> all = found(base, "rights situation");
        assertEquals(61, all.size());
        List<Integer> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("prefix", base + "/").queryParam("q", "rights situation")
                    .queryParam("limit", 4).queryParam("cursor", cursor).get(SEARCH);
            page.then().statusCode(200);
            for (String symbol : page.jsonPath().getList("items.symbol", String.class)) {
                paged.add(Integer.parseInt(symbol.substring(symbol.lastIndexOf('.') + 1)));
            }
            cursor = page.jsonPath().getString("next");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("cursor=" + cursor));
            }
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(16, pages);
        assertEquals(61, new HashSet<>(paged).size(), "no document twice");
        assertEquals(all, paged, "the pages, joined, are the single page: same order, nothing skipped");
        assertNotEquals(sorted(all), all, "ranked, not in key order");
        given().queryParam("q", "rights situation").queryParam("cursor", SearchService.encode("A/1")).get(SEARCH)
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("cursor"));
        given().queryParam("prefix", base).queryParam("cursor", SearchService.encodeRanked(0.5f, 1)).get(SEARCH)
                .then().statusCode(400).body("parameter", equalTo("cursor"));
    }

    @Test
    void queryOperatorsOfWebSearch() {
        String base = catalogue(List.of(
                title("en", "Annual report of the committee"),
                title("en", "Report of the committee on its annual session"),
                title("en", "Annual budget of the committee")));
        assertEquals(List.of(1), found(base, "\"annual report\""), "a phrase");
        assertEquals(List.of(3), found(base, "annual -report"), "an exclusion");
        assertEquals(List.of(1, 2, 3), sorted(found(base, "report or budget committee")));
        assertEquals(List.of(1, 2), sorted(found(base, "annual & report | (committee)")), "operators are separators");
    }

    @Test
    void hostileQueriesAreAnsweredNeverAFailure() {
        String base = catalogue(List.of(title("en", "Ordinary title of a document")));
        List<String> hostile = new ArrayList<>(List.of("!&|:*()", "a:* & !b | (c)", "'", "''", "\\", "\\\\'",
                "\"", "\"unterminated phrase", "-", "--x", "- -", "or", "or or or", "title or", "-title", "<->",
                "<2>", "!!title", "title:*", "title:A", "':*", "'a':*", "é\u0301\u0300", "\u0301", "½ ¼", "👍🏽",
                "\u200f\u202e title", "\ufeff", "\ud800", "title\ud800", "ti\u0000tle", "%", "_", "*", "?",
                "\u3000\u3000", "可", "，。「」", "null", "NaN", "1e999", "ti'tle", "ti\\tle", "$$", "$1",
                "a".repeat(499), "ab ".repeat(33), "x ".repeat(250), "title ".repeat(20) + "-"));
        for (String q : hostile) {
            Response r = given().queryParam("q", q).queryParam("prefix", base + "/").get(SEARCH);
            int status = r.statusCode();
            if (status == 400) {
                assertEquals("application/problem+json", r.contentType().split(";")[0], q);
                assertTrue(List.of("INVALID_PARAMETER", "INVALID_CHARACTER")
                        .contains(r.jsonPath().getString("code")), q + ": " + r.asString());
            } else if (status != 200) {
                fail("q=" + q + " gave " + status + ": " + r.asString());
            }
        }
        given().queryParam("q", "title".repeat(101)).get(SEARCH).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
        given().queryParam("q", "ab ".repeat(33)).get(SEARCH).then().statusCode(400).body("parameter", equalTo("q"));
        assertEquals(List.of(), found(base, "!&|:*()"), "no word: nothing found");
        assertEquals(List.of(1), found(base, "(title) & !document"), "operators are separators, not operators");
        assertEquals(List.of(1), found(base, "title:*"));
        assertEquals(List.of(), found(base, "-title"), "only an exclusion finds nothing");
    }
}
