package org.unsymbol.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client rate limit ({@code unsymbol.rate-limit.*}). */
@ConfigMapping(prefix = "unsymbol.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Tokens a client may spend at once; a request costs 1, a batch 1 per item. */
    @WithDefault("20000")
    long capacity();

    /** Tokens given back per second. */
    @WithDefault("2000")
    long refillPerSecond();
}
