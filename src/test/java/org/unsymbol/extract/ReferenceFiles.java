package org.unsymbol.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared reference material: {@code ../shared/reference} beside the repository, else {@code /work/shared}. */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static String read(String name) {
        for (Path dir : new Path[] {Path.of("..", "shared", "reference"), Path.of("/work/shared/reference")}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("reference file not found: " + name);
    }

    static String seedDraft() {
        return read("draft-report-A_AC.292_2024_L.1-es.md");
    }
}
