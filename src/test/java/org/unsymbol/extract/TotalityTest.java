package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any input, however hostile: no exception, linear time, every span inside the input and equal to its text. */
class TotalityTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();
    private static final String ALPHABET = "AESLCRPVIXaelr0123456789٠١٢٣/ /.-–()[]*#…,;:&\n\tدإطو号决议第"
            + "resolution résolutions резолюция القرار decision and y et и Add.Corr.Rev.Amend.SR.L.RES/ "
            + "\u0000\u0007\u200F\uFEFF\uD800\uDC00";

    private static void checkSpans(String text, Extraction x) {
        for (Reference r : x.references()) {
            assertTrue(r.start() >= 0 && r.start() <= r.end() && r.end() <= text.length(), r.toString());
            assertEquals(r.text(), text.substring(r.start(), r.end()));
            assertTrue(r.findings().stream().allMatch(f -> f.start() >= r.start() && f.end() <= r.end()),
                    r.toString());
        }
    }

    @Test
    void randomStringsNeverThrowAndKeepSpansExact() {
        Random random = new Random(20240621L);
        for (int round = 0; round < 3000; round++) {
            int length = random.nextInt(200);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            checkSpans(text, EXTRACTOR.extract(text));
        }
    }

    @Test
    void edgeInputs() {
        for (String text : List.of("", "/", "//", "A/", "A/1", "1/", "/1", "A/RES/", "resolution", "resolution ",
                "resolution 7", "resolution 75/", "第", "号决议", "A/78/265 and", "A/78/265 and Corr.",
                "SR.1-", "A/C.3/59/SR.24-", "A/C.3/59/SR.24-99999999999", "(", ")", "A/RES/1 (", "\uD800",
                "A/78/\uDC00", "A/61/L.", "A/61/L. و", "قرار ٢ (د", "قرار ٢ (د - ", "S-", "ES-10/", "[...]")) {
            checkSpans(text, EXTRACTOR.extract(text));
        }
        assertEquals(List.of(), EXTRACTOR.extract(null).references());
    }

    private static String noise(int size, long seed, String... pieces) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 64);
        while (sb.length() < size) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static final String[] SYMBOL_PIECES = {"A/", "78/", "265", " and ", "Corr.", "1", ", ", "SR.", "-",
        "resolution ", "75/240", " (", "XV", ")", "/", "...", "\n", "S-10/", "第", "号决议", "A/C.3/59/SR.1-400",
        " y Add.", "https://x/", "<a href=\"", "`", "[", "](#)"};

    @Test
    void oneMegabyteOfProseWithSymbolsIsFast() {
        String[] pieces = new String[SYMBOL_PIECES.length + 4];
        System.arraycopy(SYMBOL_PIECES, 0, pieces, 0, SYMBOL_PIECES.length);
        pieces[20] = "A/C.3/59/SR.1-4"; // long ranges belong to the dense test: here they would be most of the output
        pieces[SYMBOL_PIECES.length] = " el grupo de trabajo examinó los temas 3, 5 y 6 del programa el 21 de junio de 2024 ";
        pieces[SYMBOL_PIECES.length + 1] = " the Committee took note of the report of the Secretary-General (2021-2025) ";
        pieces[SYMBOL_PIECES.length + 2] = " وإذ تشير إلى قرارها المؤرخ ١ شباط/فبراير ١٩٤٦ بشأن ";
        pieces[SYMBOL_PIECES.length + 3] = " 又重申大会在2014年7月31日决定 ";
        String text = noise(1 << 20, 7, pieces);
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(text));
        checkSpans(text, x);
        String annotated = Annotator.annotate(text, Annotator.links(x.references(), r -> "u"), Annotator.Mode.MARKDOWN);
        assertTrue(annotated.length() >= text.length());
    }

    @Test
    void denseSymbolNoiseIsTotal() {
        String text = noise(1 << 17, 11, SYMBOL_PIECES);
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(text));
        checkSpans(text, x);
        for (Annotator.Mode mode : Annotator.Mode.values()) {
            Annotator.annotate(text, Annotator.links(x.references(), r -> "u"), mode);
        }
    }

    @Test
    void longRunsWithoutSeparatorsStayLinear() {
        String slashes = "A" + "/1".repeat(200_000);
        String digits = "resolution " + "1".repeat(300_000);
        String letters = "A".repeat(300_000) + "/1";
        String list = "resolutions 1/1" + ", 1/1".repeat(50_000);
        for (String text : List.of(slashes, digits, letters, list)) {
            Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EXTRACTOR.extract(text));
            checkSpans(text, x);
        }
    }

    @Test
    void capsRangesAndSaysSo() {
        Extraction x = EXTRACTOR.extract("records A/C.3/59/SR.1-5000 were issued");
        assertEquals(1 + WrittenSymbols.RANGE_CAP, x.references().size());
        assertTrue(x.notices().stream().anyMatch(n -> n.code() == NoticeCode.RANGE_CAPPED));
        assertTrue(x.references().stream().noneMatch(r -> r.symbol().equals("A/C.3/59/SR.5000")));
    }
}
