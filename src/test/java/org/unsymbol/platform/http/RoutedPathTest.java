package org.unsymbol.platform.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edge's no-allocation fast path for a path that is already canonical must decide exactly as the long way. */
class RoutedPathTest {

    @Test
    void theFastPathAgreesWithDotSegmentRemovalOnEveryShortPath() {
        char[] alphabet = {'/', '.', 'a', '%'};
        int checked = 0;
        for (int length = 0; length <= 8; length++) {
            int[] digits = new int[length];
            for (long n = 0, total = (long) Math.pow(alphabet.length, length); n < total; n++) {
                long k = n;
                StringBuilder path = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    digits[i] = (int) (k % alphabet.length);
                    k /= alphabet.length;
                    path.append(alphabet[digits[i]]);
                }
                String p = path.toString();
                assertEquals(RoutedPath.removeDotSegments(p).equals(p), RoutedPath.isCanonical(p), p);
                assertEquals(RoutedPath.removeDotSegments(p), RoutedPath.canonical(p), p);
                checked++;
            }
        }
        assertTrue(checked > 80_000);
    }

    @Test
    void aPlainPathIsItsOwnDecodedView() {
        String written = "/r/fr/A/78/265";
        RoutedPath path = RoutedPath.of(written, written);
        assertSame(written, path.decoded());
        assertTrue(path.under("/r/"));
    }

    @Test
    void oddSpellingsStillTakeTheLongWay() {
        assertEquals("/api/v1/imports", RoutedPath.of("/q/../api/v1/imports", "/api/v1/imports").decoded());
        assertEquals("/api/v1/imports", RoutedPath.of("/api/v1//x/..%2Fimports", "/api/v1//x/..%2Fimports").decoded());
        assertEquals("/a/b/", RoutedPath.canonical("/a/./b/"));
        assertEquals("/", RoutedPath.canonical(""));
        assertFalse(RoutedPath.isCanonical("/a/.."));
        assertTrue(RoutedPath.isCanonical("/a/.../b/"));
    }
}
