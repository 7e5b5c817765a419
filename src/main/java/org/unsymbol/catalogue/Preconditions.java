package org.unsymbol.catalogue;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Optional;

/**
 * The conditional headers of a write (RFC 9110 §13): {@code If-Match} with the ETag the client read, or {@code *};
 * {@code If-None-Match: *} to create only. ETags are the document's version, quoted: {@code "3"}.
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @param currentVersion the version of the live document, empty when there is none */
    public void check(Optional<Long> currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            boolean ok = currentVersion.isPresent() && (ifMatch.strip().equals("*")
                    || Arrays.stream(ifMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals(etag(currentVersion.get()))));
            if (!ok) {
                ProblemException failed = new ProblemException(ErrorCode.PRECONDITION_FAILED, currentVersion
                        .map(v -> "The document changed since it was read: its ETag is now " + etag(v)
                                + ", not " + ifMatch.strip() + ". Read it again and reapply the change.")
                        .orElse("If-Match was given but there is no such document."));
                currentVersion.ifPresent(v -> failed.with("currentVersion", v).header("ETag", etag(v)));
                throw failed;
            }
        }
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*") && currentVersion.isPresent()) {
            throw new ProblemException(ErrorCode.PRECONDITION_FAILED,
                    "If-None-Match: * asks to create only, and the document exists already.")
                    .with("currentVersion", currentVersion.get());
        }
    }
}
