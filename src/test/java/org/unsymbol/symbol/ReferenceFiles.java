package org.unsymbol.symbol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.unsymbol.testing.Fixtures;

/** The reference samples (tab-separated), kept in {@code src/test/resources/reference}. */
final class ReferenceFiles {

    /** A fixed day, so the "current session" rules do not drift: GA session 81 is in course. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private ReferenceFiles() {
    }

    /** Each non-blank line split at its first tab: [first column, rest]. */
    static Stream<Arguments> rows(String file) {
            return Fixtures.lines(Fixtures.REFERENCE + file).stream()
                    .filter(l -> !l.isBlank() || l.contains("\t"))
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> {
                        int tab = l.indexOf('\t');
                        return tab < 0 ? Arguments.of(l, "") : Arguments.of(l.substring(0, tab), l.substring(tab + 1));
                    });
    }

    static SymbolParser parser() {
        return new SymbolParser(BodyRegistry.bundled(), CLOCK);
    }
}
