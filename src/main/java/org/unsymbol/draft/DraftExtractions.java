package org.unsymbol.draft;

import jakarta.enterprise.context.ApplicationScoped;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The bound on Word and PDF extractions running at once ({@code unsymbol.drafts.max-concurrent-extractions}; by
 * default half the processors, at least one). Extraction is the one piece of draft work whose cost a small body can
 * multiply, so a slot is taken without waiting: when none is free the request answers at once with 503
 * DRAFT_EXTRACTION_BUSY and Retry-After, instead of queueing CPU and heap behind the others.
 */
@ApplicationScoped
public class DraftExtractions {

    static final long RETRY_AFTER_SECONDS = 1;

    private final int slots;
    private final Semaphore permits;

    public DraftExtractions(DraftsConfig config) {
        this.slots = config.maxConcurrentExtractions()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        if (slots < 1) {
            throw new IllegalArgumentException("unsymbol.drafts.max-concurrent-extractions must be at least 1");
        }
        this.permits = new Semaphore(slots);
    }

    public int slots() {
        return slots;
    }

    /** Runs {@code extraction} in a free slot, or refuses with 503 when every slot is taken. */
    <T> T run(Supplier<T> extraction) {
        if (!permits.tryAcquire()) {
            throw new ProblemException(ErrorCode.DRAFT_EXTRACTION_BUSY, "All " + slots + " slots for reading Word "
                    + "and PDF drafts are taken; retry in " + RETRY_AFTER_SECONDS + " s. Text, Markdown and HTML "
                    + "drafts are not affected.")
                    .with("retryAfter", RETRY_AFTER_SECONDS).with("slots", slots)
                    .header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        }
        try {
            return extraction.get();
        } finally {
            permits.release();
        }
    }
}
