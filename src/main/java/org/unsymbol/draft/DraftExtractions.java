package org.unsymbol.draft;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import org.unsymbol.platform.http.Admission;
import org.unsymbol.platform.http.RoutedPath;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bound on Word and PDF extractions running at once ({@code unsymbol.drafts.max-concurrent-extractions}; by
 * default half the processors, at least one). Extraction is the one piece of draft work whose cost a small body can
 * multiply, so a slot is taken without waiting: when none is free the request answers at once with 503
 * DRAFT_EXTRACTION_BUSY and Retry-After, instead of queueing CPU and heap behind the others.
 */
@ApplicationScoped
public class DraftExtractions implements Admission {

    static final long RETRY_AFTER_SECONDS = 1;
    private static final String DRAFTS = "/api/v1/drafts/";

    /** The JVM options that make {@link Thread#MIN_PRIORITY} an OS nice value of 19 (Linux; elsewhere harmless). */
    public static final String PRIORITY_FLAGS = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19";

    private final int slots;
    private final Semaphore permits;
    private final ExecutorService pool;

    public DraftExtractions(DraftsConfig config) {
        this.slots = config.maxConcurrentExtractions()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        if (slots < 1) {
            throw new IllegalArgumentException("unsymbol.drafts.max-concurrent-extractions must be at least 1");
        }
        this.permits = new Semaphore(slots);
        AtomicInteger named = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(slots, work -> {
            Thread t = new Thread(work, "draft-extraction-" + named.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    public int slots() {
        return slots;
    }

    /**
     * A Word or PDF draft while every slot is taken is refused at the edge, before its body is read: otherwise a
     * client could make the service take in megabytes only to answer 503 (measured with six clients posting bombs:
     * 1,201 of 1,226 answers were 503, each after its whole body had been read).
     */
    @Override
    public Optional<ProblemException> refuse(RoutedPath path, String method, String contentType) {
        if (permits.availablePermits() > 0 || !"POST".equals(method) || !path.under(DRAFTS) || contentType == null) {
            return Optional.empty();
        }
        try {
            DraftFormat format = DraftFormat.of(MediaType.valueOf(contentType));
            return format.isText() ? Optional.empty() : Optional.of(busy());
        } catch (IllegalArgumentException | ProblemException e) {
            return Optional.empty(); // not a draft format: the resource answers 415
        }
    }

    /**
     * Runs {@code extraction} in a free slot, or refuses with 503 when every slot is taken. The extraction runs on
     * one of {@code slots} threads kept at the lowest priority: within its budget a Word or PDF draft may still take a
     * core for a second, and that second must go to the event loops and every other request first. The JVM maps the
     * priority to the OS only when launched with {@link #PRIORITY_FLAGS} (every launch path is; a JVM without them
     * ignores priorities): the extracting threads then run at nice 19. They are created at that priority and never
     * raised again, since an unprivileged process (a container's user) may lower a thread's priority but not restore
     * it; that is why the work is handed to them rather than run on the request's worker thread.
     */
    <T> T run(Supplier<T> extraction) {
        if (!permits.tryAcquire()) {
            throw busy();
        }
        try {
            return pool.submit(extraction::get).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            permits.release();
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private ProblemException busy() {
        return new ProblemException(ErrorCode.DRAFT_EXTRACTION_BUSY, "All " + slots + " slots for reading Word "
                + "and PDF drafts are taken; retry in " + RETRY_AFTER_SECONDS + " s. Text, Markdown and HTML "
                + "drafts are not affected.")
                .with("retryAfter", RETRY_AFTER_SECONDS).with("slots", slots)
                .header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
    }
}
