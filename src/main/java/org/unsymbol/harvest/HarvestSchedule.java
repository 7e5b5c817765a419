package org.unsymbol.harvest;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** The scheduled harvest ({@code unsymbol.harvest.schedule.*}, off by default). */
@ApplicationScoped
public class HarvestSchedule {

    private final HarvestService harvests;

    public HarvestSchedule(HarvestService harvests) {
        this.harvests = harvests;
    }

    @Scheduled(identity = "harvest", cron = "${unsymbol.harvest.schedule.cron:0 30 2 * * ?}",
            skipExecutionIf = Off.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void harvest() {
        harvests.scheduled();
    }

    /** Skips every execution unless {@code unsymbol.harvest.schedule.enabled=true}. */
    @ApplicationScoped
    public static class Off implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !ConfigProvider.getConfig().getOptionalValue("unsymbol.harvest.schedule.enabled", Boolean.class)
                    .orElse(false);
        }
    }
}
