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
}
