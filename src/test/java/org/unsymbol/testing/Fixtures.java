package org.unsymbol.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one lookup for test fixtures: files under {@code src/test/resources}, read from the test class path, so the
 * suite runs from a clone anywhere (nothing is read from outside the repository).
 */
public final class Fixtures {

    /** The reference samples copied into the repository from the project's source material. */
    public static final String REFERENCE = "reference/";

    /** The real Spanish draft report the service was built around (16 references and a placeholder). */
    public static final String SEED_DRAFT = REFERENCE + "draft-report-A_AC.292_2024_L.1-es.md";

    private Fixtures() {
    }

    /** The bytes of a fixture, by its path under {@code src/test/resources}. */
    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test fixture missing from src/test/resources: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture as UTF-8 text. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** A fixture's lines. */
    public static List<String> lines(String path) {
        return text(path).lines().toList();
    }

    /** The seed draft's text. */
    public static String seedDraft() {
        return text(SEED_DRAFT);
    }
}
