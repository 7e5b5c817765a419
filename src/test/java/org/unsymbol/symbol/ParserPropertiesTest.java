package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Property-style checks with a seeded Random: totality, bounded time, idempotence, round trips. */
class ParserPropertiesTest {

    private static final long SEED = 20261127L;
    private final SymbolParser parser = ReferenceFiles.parser();

    /** Characters that stress the scanner: grammar punctuation, marks, surrogates, controls, look-alikes. */
    private static final String NASTY = "/.-()*[] _%\\:;,#?xXlI0123456789AaSsEeRrCc\u200E\u200F\u061C\uFEFF"
            + "\u2013\u2014\u00A0\uFF0F\uFF21\u0661\u06F7\uD800\uDC00\t\n\u0000\u007F\u2026\"'";

    @Test
    void neverThrowsAndFindingsStayInsideTheInput() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 200_000; i++) {
                String input = randomString(random, random.nextInt(40));
                ParseResult r = parser.parse(input);
                assertNotNull(r);
                assertEquals(input, r.input());
                for (Finding f : r.findings()) {
                    assertTrue(f.start() >= 0 && f.start() <= f.end() && f.end() <= input.length(),
                            () -> "finding " + f + " outside '" + input + "'");
                }
                assertEquals(r.symbol().isPresent(), r.tier() != Tier.MALFORMED);
            }
        });
    }

    @Test
    void mutatedRealSymbolsNeverThrow() {
        Random random = new Random(SEED + 1);
        SymbolCorpus corpus = new SymbolCorpus(random);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder(corpus.next());
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && sb.length() > 0; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                    default -> sb.setCharAt(at, NASTY.charAt(random.nextInt(NASTY.length())));
                }
            }
            String input = sb.toString();
            ParseResult r = parser.parse(input);
            if (r.symbol().isPresent()) {
                String canonical = r.symbol().get().canonical();
                assertEquals(canonical, parser.parse(canonical).symbol().map(DocumentSymbol::canonical)
                        .orElse(null), () -> "not idempotent: '" + input + "' -> " + canonical);
            }
        }
    }

    @Test
    void hugeAndHostileInputsAreBoundedInTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals(FindingCode.TOO_LONG, parser.parse("A/".repeat(500_000)).errors().get(0).code());
            assertEquals(FindingCode.EMPTY_INPUT, parser.parse("").errors().get(0).code());
            assertEquals(FindingCode.EMPTY_INPUT, parser.parse(null).errors().get(0).code());
            assertEquals(FindingCode.EMPTY_INPUT, parser.parse("   \u200F\u200E ").errors().get(0).code());
            assertTrue(parser.parse("\uD800A/78/265").errors().stream()
                    .anyMatch(f -> f.code() == FindingCode.INVALID_CHARACTER));
            assertTrue(parser.parse("A/78/265\u0000").errors().stream()
                    .anyMatch(f -> f.code() == FindingCode.INVALID_CHARACTER));
            parser.parse("(".repeat(500) );
            parser.parse("A/" + "(".repeat(250) + ")".repeat(250));
            parser.parse("-".repeat(511));
            parser.parse("A/1-".repeat(120));
        });
    }

    @Test
    void generatedSymbolsRoundTrip() {
        SymbolCorpus corpus = new SymbolCorpus(new Random(SEED + 2));
        for (int i = 0; i < 50_000; i++) {
            String symbol = corpus.next();
            ParseResult r = parser.parse(symbol);
            assertTrue(r.valid(), () -> symbol + ": " + r.findings());
            DocumentSymbol s = r.symbol().orElseThrow();
            assertEquals(symbol, s.canonical());
            assertEquals(s, parser.parse(symbol.toLowerCase(java.util.Locale.ROOT)).symbol().orElseThrow());
            assertEquals(s.key(), DocumentSymbol.keyOf(s.canonical()));
        }
    }

    private static String randomString(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : NASTY.charAt(random.nextInt(NASTY.length())));
        }
        return sb.toString();
    }
}
