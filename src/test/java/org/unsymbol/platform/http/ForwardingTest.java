package org.unsymbol.platform.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forwarded headers are trusted only from named proxies; the shipped k8s config names them. */
class ForwardingTest {

    @Test
    void forwardingWithoutTrustedProxiesDoesNotStart() {
        assertThrows(IllegalStateException.class, () -> Forwarding.check(true, Optional.empty()));
        assertThrows(IllegalStateException.class, () -> Forwarding.check(true, Optional.of(List.of(" "))));
        assertDoesNotThrow(() -> Forwarding.check(true, Optional.of(List.of("10.0.0.0/8"))));
        assertDoesNotThrow(() -> Forwarding.check(false, Optional.empty()));
    }

    @Test
    void theShippedKubernetesConfigNamesItsTrustedProxies() throws IOException {
        String config = Files.readString(Path.of("k8s/configmap.yaml"));
        assertTrue(config.contains("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING: \"true\""), config);
        assertTrue(config.matches("(?s).*\\n\\s*QUARKUS_HTTP_PROXY_TRUSTED_PROXIES: \"[0-9./,:a-fA-F ]+\".*"), config);
    }
}
