package org.unsymbol.harvest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body read within a byte budget and a deadline: past either, the next read throws. (A server that stops
 * sending is cut by the client's watchdog, which closes the stream at the deadline.)
 */
final class BudgetedInputStream extends FilterInputStream {

    /** The response broke its budget; the message says which. */
    static final class OverBudget extends IOException {
        OverBudget(String message) {
            super(message);
        }
    }

    private final long maxBytes;
    private final long deadlineNanos;
    private long read;

    BudgetedInputStream(InputStream in, long maxBytes, long deadlineNanos) {
        super(in);
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
        check(1);
        int b = super.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check(len);
        int n = super.read(b, off, (int) Math.min(len, maxBytes - read + 1));
        if (n > 0) {
            read += n;
        }
        if (read > maxBytes) {
            throw new OverBudget("the response is larger than " + maxBytes + " bytes");
        }
        return n;
    }

    private void check(int wanted) throws IOException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new OverBudget("the response took longer than its time budget");
        }
        if (read > maxBytes) {
            throw new OverBudget("the response is larger than " + maxBytes + " bytes");
        }
    }

    long bytesRead() {
        return read;
    }
}
