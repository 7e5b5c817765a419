package org.unsymbol.platform.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The bearer keys that may write ({@code unsymbol.api-keys}, env {@code UNSYMBOL_API_KEYS}, comma-separated). Only
 * their SHA-256 digests are kept, and a presented key is compared digest to digest with
 * {@link MessageDigest#isEqual}, so neither the comparison time nor a heap dump gives a key away.
 */
@ApplicationScoped
public class ApiKeys {

    private static final String SCHEME = "Bearer ";

    private final List<byte[]> digests;

    public ApiKeys(@ConfigProperty(name = "unsymbol.api-keys") Optional<List<String>> keys) {
        this.digests = keys.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(ApiKeys::digest).toList();
    }

    public boolean any() {
        return !digests.isEmpty();
    }

    /**
     * Why a request with this {@code Authorization} header may not write, or empty when it may: the one check behind
     * {@link WriteAccess} and the endpoints whose writes depend on a parameter.
     */
    public Optional<String> refusal(String authorization) {
        if (!any()) {
            return Optional.of("Writes are disabled: the service has no API keys configured (unsymbol.api-keys).");
        }
        if (authorization == null || authorization.isBlank()) {
            return Optional.of("This request changes data and needs 'Authorization: Bearer <key>'.");
        }
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !accepts(authorization.substring(SCHEME.length()).strip())) {
            return Optional.of("The bearer key is not valid.");
        }
        return Optional.empty();
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean match = false;
        for (byte[] d : digests) {
            match |= MessageDigest.isEqual(d, candidate); // no early exit: every key costs the same
        }
        return match;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
