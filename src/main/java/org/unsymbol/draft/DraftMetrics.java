package org.unsymbol.draft;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/** Draft checking as operators see it: time per format and operation, draft sizes, references per draft. */
@ApplicationScoped
public class DraftMetrics {

    private final MeterRegistry registry;

    public DraftMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(DraftFormat format, String operation, long bytes, int references, long nanos) {
        Timer.builder("unsymbol.draft.checks").description("Draft checks and linkifications, server time")
                .tag("format", format.tag()).tag("operation", operation)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        DistributionSummary.builder("unsymbol.draft.size").description("Size of the drafts received")
                .baseUnit("bytes").tag("format", format.tag()).register(registry).record(bytes);
        DistributionSummary.builder("unsymbol.draft.references").description("References found per draft")
                .tag("operation", operation).register(registry).record(references);
    }
}
