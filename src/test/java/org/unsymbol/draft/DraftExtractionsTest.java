package org.unsymbol.draft;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word and PDF extraction runs in a bounded number of slots, on threads that yield the CPU to everything else. */
class DraftExtractionsTest {

    private final DraftExtractions extractions = new DraftExtractions(new SmallRyeConfigBuilder()
            .withConverter(MemorySize.class, 100, new MemorySizeConverter())
            .withConverter(Duration.class, 100, new DurationConverter())
            .withDefaultValue("unsymbol.drafts.max-concurrent-extractions", "2")
            .withMapping(DraftsConfig.class).build().getConfigMapping(DraftsConfig.class));

    @AfterEach
    void stop() {
        extractions.stop();
    }

    @Test
    void extractionRunsAtTheLowestPriorityAndTheCallerKeepsItsOwn() {
        int caller = Thread.currentThread().getPriority();
        int inside = extractions.run(() -> Thread.currentThread().getPriority());
        assertEquals(Thread.MIN_PRIORITY, inside);
        assertEquals(caller, Thread.currentThread().getPriority());
    }

    /** With the launch paths' JVM options (the test JVM has them too) the OS sees the extracting thread at nice 19. */
    @Test
    void theOsRunsTheExtractingThreadAtNice19() throws Exception {
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .containsAll(java.util.List.of(DraftExtractions.PRIORITY_FLAGS.split(" "))),
                "the test JVM is launched with " + DraftExtractions.PRIORITY_FLAGS);
        Path self = Path.of("/proc/thread-self/stat");
        if (!Files.exists(self)) {
            return; // not Linux: priorities are the JVM's business there
        }
        String inside = extractions.run(() -> read(self));
        String caller = read(self);
        assertEquals("19", nice(inside));
        assertEquals("0", nice(caller));
    }

    @Test
    void problemsAndErrorsComeBackUnchanged() {
        ProblemException tooComplex = new ProblemException(ErrorCode.DRAFT_TOO_COMPLEX, "too complex");
        assertSame(tooComplex, assertThrows(ProblemException.class, () -> extractions.run(() -> {
            throw tooComplex;
        })));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> extractions.run(() -> {
            throw error;
        })));
    }

    @Test
    void aThirdExtractionWhileTwoRunIsRefusedAtOnceAndASlotIsFreedAfterwards() throws Exception {
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = callers.submit(() -> extractions.run(() -> hold(running, release)));
            Future<?> b = callers.submit(() -> extractions.run(() -> hold(running, release)));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            ProblemException busy = assertThrows(ProblemException.class, () -> extractions.run(() -> 1));
            assertEquals(ErrorCode.DRAFT_EXTRACTION_BUSY.name(), busy.problem().getCode());
            release.countDown();
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
            assertEquals(3, extractions.run(() -> 3));
        } finally {
            release.countDown();
            callers.shutdownNow();
        }
    }

    private static Object hold(CountDownLatch running, CountDownLatch release) {
        running.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Field 19 of /proc/.../stat (the 17th after the command name in parentheses). */
    private static String nice(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
    }
}
