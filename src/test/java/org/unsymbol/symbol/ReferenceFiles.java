package org.unsymbol.symbol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** The shared reference samples (tab-separated), found beside the clone in CI or under /work/shared. */
final class ReferenceFiles {

    /** A fixed day, so the "current session" rules do not drift: GA session 81 is in course. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    private ReferenceFiles() {
    }

    static Path dir() {
        Path beside = Path.of("..", "shared", "reference");
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/reference");
    }

    /** Each non-blank line split at its first tab: [first column, rest]. */
    static Stream<Arguments> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve(file), StandardCharsets.UTF_8);
            return lines.stream()
                    .filter(l -> !l.isBlank() || l.contains("\t"))
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> {
                        int tab = l.indexOf('\t');
                        return tab < 0 ? Arguments.of(l, "") : Arguments.of(l.substring(0, tab), l.substring(tab + 1));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SymbolParser parser() {
        return new SymbolParser(BodyRegistry.bundled(), CLOCK);
    }
}
