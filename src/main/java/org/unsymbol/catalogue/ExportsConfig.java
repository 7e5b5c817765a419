package org.unsymbol.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bulk export ({@code unsymbol.exports.*}): how many at once, how much per database read, how long a write may stall. */
@ConfigMapping(prefix = "unsymbol.exports")
public interface ExportsConfig {

    /** Exports streaming at the same time; one more is refused with 503 EXPORTS_BUSY and Retry-After. */
    @WithDefault("4")
    int maxConcurrent();

    /** Documents read per database round trip; the connection goes back to the pool before they are written. */
    @WithDefault("500")
    int chunkSize();

    /** A write the client does not take within this time (it stopped reading) closes the connection. */
    @WithDefault("30S")
    Duration writeTimeout();
}
