package org.unsymbol.platform.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldRefusalsTest {

    @Test
    void neverMoreThanMaxAreHeldAndAReleasedPlaceIsTakenAgain() {
        HeldRefusals held = new HeldRefusals(500, 3);
        assertTrue(held.tryHold());
        assertTrue(held.tryHold());
        assertTrue(held.tryHold());
        assertFalse(held.tryHold(), "a fourth is sent at once");
        assertEquals(3, held.held(), "a refused hold takes nothing");
        held.release();
        assertTrue(held.tryHold());
        assertEquals(3, held.held());
    }

    @Test
    void aZeroHoldHoldsNothing() {
        HeldRefusals held = new HeldRefusals(0, 100);
        assertFalse(held.tryHold());
        assertEquals(0, held.held());
    }

    @Test
    void racingThreadsNeverTakeMoreThanMax() throws Exception {
        HeldRefusals held = new HeldRefusals(500, 50);
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            pool.submit(() -> {
                for (int j = 0; j < 1_000; j++) {
                    if (held.tryHold()) {
                        taken.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(50, taken.get());
        assertEquals(50, held.held());
    }
}
