package org.unsymbol.platform.http;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edge's cheap per-request parts give what their expensive forms gave. */
class EdgeHandlersTest {

    @Test
    void aNewRequestIdIsARandomVersion4Uuid() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = EdgeHandlers.newRequestId();
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version());
            assertEquals(2, uuid.variant());
            assertEquals(id, uuid.toString());
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void theRememberedHostNeverLetsAnImplausibleOneThrough() {
        assertTrue(PublicBaseUrl.plausibleHost("unsymbol.example.org"));
        assertTrue(PublicBaseUrl.plausibleHost("unsymbol.example.org")); // the remembered one
        assertFalse(PublicBaseUrl.plausibleHost("unsymbol.example.org/evil"));
        assertFalse(PublicBaseUrl.plausibleHost("a b"));
        assertTrue(PublicBaseUrl.plausibleHost("unsymbol.example.org"));
        assertTrue(PublicBaseUrl.plausibleHost("[::1]:8080"));
        assertFalse(PublicBaseUrl.plausibleHost(""));
        assertFalse(PublicBaseUrl.plausibleHost("[::1]:8080 "));
        assertTrue(PublicBaseUrl.plausibleHost(null));
    }
}
