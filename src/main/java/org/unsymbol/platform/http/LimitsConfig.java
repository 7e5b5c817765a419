package org.unsymbol.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request body limits per endpoint ({@code unsymbol.limits.*}). */
@ConfigMapping(prefix = "unsymbol.limits")
public interface LimitsConfig {

    /** Largest request body of an ordinary API call (JSON, symbol lists). */
    @WithDefault("1M")
    MemorySize body();

    /** Largest draft sent to /api/v1/drafts (text, HTML, Word, PDF). */
    @WithDefault("20M")
    MemorySize draftBody();

    /** Longest request URI (path and query) answered; longer is 414 URI_TOO_LONG. */
    @WithDefault("4K")
    MemorySize uri();

    /** Largest sum of request header lines; larger is 431 HEADERS_TOO_LARGE. */
    @WithDefault("20K")
    MemorySize headers();

    /**
     * How long a "busy" refusal (503 with Retry-After, given before the body is read) is held before it is sent. A
     * client that ignores Retry-After and posts again the moment it is answered would otherwise make the service
     * answer hundreds of refusals a second (measured: ~650/s from six clients posting bombs), and that, not the work
     * refused, was what slowed every other client. Held on a timer, with the request paused: no thread and no body.
     * {@code 0} sends at once.
     */
    @WithDefault("500ms")
    java.time.Duration busyHold();

    /** At most this many refusals held at once; past it, refusals are sent at once (a bound on held connections). */
    @WithDefault("256")
    int busyHoldMax();
}
