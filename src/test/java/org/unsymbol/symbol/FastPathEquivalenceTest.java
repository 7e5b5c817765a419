package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical fast path answers only when the full pipeline would find the input plausible with no error, and then
 * with the same symbol, field for field, and the same warnings. Checked on the reference samples, on generated canonical symbols, and on
 * mutations of them written with the characters of canonical symbols (so that many mutants still reach the fast path).
 */
class FastPathEquivalenceTest {

    private static final long SEED = 20261128L;
    /** Characters of canonical symbols and the case changes that make a symbol non-canonical. */
    private static final String CANONICAL_CHARS = "/.-() 0123456789ASERCLVXIDMPBaddorrevsubmn*";

    private final SymbolParser parser = ReferenceFiles.parser();
    private final CanonicalFastPath fastPath = new CanonicalFastPath(
            new SymbolRules(BodyRegistry.bundled(), ReferenceFiles.CLOCK));
    private final CaseAndSpaceFastPath caseAndSpace = new CaseAndSpaceFastPath(fastPath);

    static Stream<Arguments> referenceInputs() {
        return Stream.of("symbols-valid.txt", "symbols-invalid.txt", "symbols-normalize.txt")
                .flatMap(ReferenceFiles::rows)
                .map(a -> Arguments.of(a.get()[0]));
    }

    @ParameterizedTest
    @MethodSource("referenceInputs")
    void referenceSamplesAgree(String input) {
        assertAgrees(input);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A/78/265", "A/78/265/Add.1/Corr.2", "S/RES/2719 (2023)", "A/RES/217 (III)", "A/RES/3541 (XXX)",
        "A/55/305-S/2000/809", "E/CN.4/Sub.2/2005/L.10", "CCPR/C/95/D/1479/2006", "S/RES/2719/2023", "S/RES/2000/2023", "A/RES/78",
        "A/DEC/78/501", "A/81/1", "A/82/1", "A/30/1", "S/1993/1", "S/2027/1", "A/RES/4000 (XV)", "A/RES/1 (XXXI)",
        "A/78/0", "A/78/265/Add.0", "ST/SGB/2019/8", "A/HRC/WG.6/1/BHR/1", "TD/B/WP.29/1", "E/CN.4/1990/SR.5",
        "A/C.1/78/L.5", "A/AC.109/2000/L.18", "A/RES/ES-10/22", "A/78/265 (Part I)", "A/78/L.5/Rev.1",
        "A/RES/69/274 A", "UNEP/GC.4/Res.1", "A/78/SUB.2/1", "A/78/ADD.1", "X/78/1", "A/XX/1", "S/PV.9999",
        "S/PRST/2023/1", "A/RES/78/1-S/RES/2719 (2023)", "A/78/1-", "-A/78/1", "A/78/1-S", "E/2023/1",
    })
    void edgeCasesAgree(String input) {
        assertAgrees(input);
    }

    @Test
    void generatedAndMutatedSymbolsAgree() {
        Random random = new Random(SEED);
        SymbolCorpus corpus = new SymbolCorpus(random);
        int fast = 0;
        int clean = 50_000;
        for (int i = 0; i < clean; i++) {
            if (assertAgrees(corpus.next())) {
                fast++;
            }
        }
        // the fast path is the common path: generated canonical symbols nearly all take it
        assertTrue(fast > clean * 9 / 10, "fast path taken for only " + fast + " of " + clean);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder(corpus.next());
            int edits = 1 + random.nextInt(2);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                char ch = CANONICAL_CHARS.charAt(random.nextInt(CANONICAL_CHARS.length()));
                switch (random.nextInt(4)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, ch);
                    case 2 -> sb.setCharAt(at, ch);
                    default -> sb.setCharAt(at, Character.toLowerCase(sb.charAt(at)));
                }
            }
            assertAgrees(sb.toString());
            assertAgrees(sb.toString().toUpperCase(Locale.ROOT));
        }
    }

    /** True when the fast path answered (and agreed). */
    private boolean assertAgrees(String input) {
        assertAgrees(input, caseAndSpace.parse(input)); // every input also tries the second fast path
        return assertAgrees(input, fastPath.parse(input));
    }

    /** True when the fast path answered {@code fastResult} (and agreed with the full pipeline). */
    private boolean assertAgrees(String input, ParseResult fastResult) {
        if (fastResult == null) {
            return false;
        }
        ParseResult full = parser.parseFully(input, true);
        DocumentSymbol fast = fastResult.symbol().orElseThrow();
        assertEquals(Tier.PLAUSIBLE, full.tier(), () -> "fast path accepted '" + input + "': " + full.findings());
        assertEquals(full.findings(), fastResult.findings(), input);
        assertTrue(full.findings().stream().noneMatch(Finding::isError), input);
        assertEquals(List.of(), full.suggestions(), input);
        assertEquals(Tier.PLAUSIBLE, fastResult.tier(), input);
        assertEquals(input, fastResult.input(), input);
        assertNotNull(full.symbol().orElse(null), input);
        assertEquals(describe(full.symbol().get()), describe(fast), input);
        assertEquals(describe(full.symbol().get()), describe(parser.parse(input).symbol().orElseThrow()), input);
        return true;
    }

    private static List<Object> describe(DocumentSymbol s) {
        List<Object> fields = new ArrayList<>(List.of(s.canonical(), s.key(), s.root(), s.bodies(), s.series(),
                s.session(), s.year(), s.nature(), s.number(), s.modifiers(), s.parentheticals(), s.reissued(),
                s.kind(), s.part(), s.baseCanonical(), s.isJoint()));
        if (s.isJoint()) {
            for (DocumentSymbol single : s.singles()) {
                fields.add(describe(single));
            }
        }
        return fields;
    }

    /**
     * Symbols as people type them (case, stray spaces, a space for the slash before a modifier): the second fast path
     * takes most of them and answers exactly as the full pipeline, warnings and offsets included.
     */
    @Test
    void retypedSymbolsAgree() {
        Random random = new Random(SEED + 1);
        SymbolCorpus corpus = new SymbolCorpus(random);
        int taken = 0;
        int total = 100_000;
        for (int i = 0; i < total; i++) {
            String input = retype(corpus.next(), random);
            if (assertAgrees(input, caseAndSpace.parse(input))) {
                taken++;
            }
            assertAgrees(input, fastPath.parse(input));
        }
        assertTrue(taken > total / 2, "second fast path taken for only " + taken + " of " + total);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a/hrc/38/14", "A /78/265", "A/ 78 /265", "A/78/265 Add.1", "A/78/265 add.1", "A/78/265 ADD.1",
        "A/78/265/ADD.1", "A/78/SUB.2/1", "E/CN.4/SUB.2/2005/1", "e/cn.4/sub.2/2005/l.10/add.1", "s/res/2719 (2023)",
        "a/res/217 (iii)", "A/RES/217 (iii)", "A/RES/217  (III)", "A/55/305 - S/2000/809", "a/55/305-s/2000/809",
        "UN /78/1", "doc /78/1", "Un Doc A/78/1", "A/78/265 Summary", "A/78/265 add1", "A/78/265 Add .1",
        "A/78/265 .1", "A. /78/1", "unep/gc.4/res.1", "UNEP/GC.4/RES.1", "A/78/l", "A/78/265/Corr.l", "A/78/xx",
        "A/AC.292/2024/crp.x", "A/78/265/add", "A/78/265 Rev.1 Add.2", "A/C.1/78/l.5/rev.1", "s/prst/2023/1",
        "A/78/265 A", "A/RES/69/274 a", "A/78/265 and 266", "ccpr/c/95/d/1479/2006", "A/78/0", "a/30/1",
    })
    void retypedEdgeCasesAgree(String input) {
        assertAgrees(input);
    }

    /** One to three of the ways people retype a symbol. */
    private static String retype(String symbol, Random random) {
        String s = symbol;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            s = switch (random.nextInt(7)) {
                case 0 -> s.toLowerCase(Locale.ROOT);
                case 1 -> s.toUpperCase(Locale.ROOT);
                case 2 -> insertAround(s, '/', random);
                case 3 -> insertAround(s, '.', random);
                case 4 -> s.replaceFirst("/(Add|Corr|Rev|Amend)\\.", random.nextBoolean() ? " $1." : "  $1.");
                case 5 -> s.replace(" (", random.nextBoolean() ? "  (" : "(");
                default -> {
                    int at = random.nextInt(s.length());
                    char c = s.charAt(at);
                    yield s.substring(0, at) + (Character.isUpperCase(c) ? Character.toLowerCase(c)
                            : Character.toUpperCase(c)) + s.substring(at + 1);
                }
            };
        }
        return s;
    }

    /** One or two spaces before or after a random occurrence of {@code c}. */
    private static String insertAround(String s, char c, Random random) {
        List<Integer> at = new ArrayList<>();
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            return s;
        }
        int i = at.get(random.nextInt(at.size())) + (random.nextBoolean() ? 1 : 0);
        return s.substring(0, i) + (random.nextBoolean() ? " " : "  ") + s.substring(i);
    }

    @Test
    void nonCanonicalInputIsLeftToTheFullPipeline() {
        for (String input : List.of("a/78/265", "A/78/265 ", " A/78/265", "A /78/265", "A/78/265/ADD.1",
                "A/78/265*", "A/78/265.", "S/RES/2719(2023)", "A/RES/217 (iii)", "UN Doc. A/78/265", "A_78_265",
                "A/78/265/Add.1/")) {
            assertNull(fastPath.parse(input), input);
        }
    }
}
