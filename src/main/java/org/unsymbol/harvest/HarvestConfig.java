package org.unsymbol.harvest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The OAI-PMH harvest ({@code unsymbol.harvest.*}). Nothing is ever fetched while {@code base-url} is unset. */
@ConfigMapping(prefix = "unsymbol.harvest")
public interface HarvestConfig {

    /** The repository's OAI-PMH base URL, e.g. https://digitallibrary.un.org/oai2d; unset: no harvest. */
    Optional<String> baseUrl();

    /** The name harvests, their lock and their ledger are kept under. */
    @WithDefault("undl")
    String source();

    @WithDefault("marcxml")
    String metadataPrefix();

    /** Requests per second at most (the pause between two requests is 1/rate). */
    @WithDefault("0.5")
    double rate();

    /** Retries of one request (503/429, 5xx, broken or unreadable responses) before the harvest fails. */
    @WithDefault("6")
    int maxRetries();

    /** The first backoff; it doubles on each retry up to {@link #maxBackoff()}. */
    @WithDefault("2S")
    Duration backoff();

    /** The longest wait between two tries, Retry-After included (a longer Retry-After is capped to this). */
    @WithDefault("5M")
    Duration maxBackoff();

    /** One response, from the request to its last byte. */
    @WithDefault("120S")
    Duration responseTimeout();

    /** The largest response read; a larger one is refused while it is read. */
    @WithDefault("64M")
    MemorySize maxResponseSize();

    /** A contact URL put into the User-Agent (else the public base URL, if set). */
    Optional<String> contactUrl();

    Schedule schedule();

    interface Schedule {
        /** Harvest on a schedule (incremental once a full harvest completed); off by default. */
        @WithDefault("false")
        boolean enabled();

        /** Quartz-style cron: seconds minutes hours day-of-month month day-of-week. */
        @WithDefault("0 30 2 * * ?")
        String cron();
    }
}
