package org.unsymbol.platform.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bound on busy refusals held before they are sent ({@code unsymbol.limits.busy-hold}, {@code busy-hold-max}):
 * a held refusal costs a paused connection and a timer, so there are never more than {@code max} of them; past that a
 * refusal is sent at once, as it is when the hold is zero.
 */
final class HeldRefusals {

    private final long millis;
    private final int max;
    private final AtomicInteger held = new AtomicInteger();

    HeldRefusals(long millis, int max) {
        this.millis = millis;
        this.max = max;
    }

    long millis() {
        return millis;
    }

    /** Takes a place for one held refusal; false (and nothing taken) when holding is off or every place is taken. */
    boolean tryHold() {
        if (millis <= 0) {
            return false;
        }
        for (int n = held.get(); n < max; n = held.get()) {
            if (held.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Gives back a place taken by {@link #tryHold()}. */
    void release() {
        held.decrementAndGet();
    }

    int held() {
        return held.get();
    }
}
