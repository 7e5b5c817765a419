package org.unsymbol.extract;

import org.unsymbol.testing.Fixtures;

/** Reads the reference material kept in {@code src/test/resources/reference}. */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static String read(String name) {
        return Fixtures.text(Fixtures.REFERENCE + name);
    }

    static String seedDraft() {
        return Fixtures.seedDraft();
    }
}
