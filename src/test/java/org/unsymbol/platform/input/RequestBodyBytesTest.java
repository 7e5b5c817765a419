package org.unsymbol.platform.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request body reader: every byte, whatever the declared length says, and one copy and a half of the body. */
class RequestBodyBytesTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** A stream that gives at most 1,000 bytes per read, as a socket does. */
    private static InputStream trickle(byte[] b) {
        return new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, 1000));
            }
        };
    }

    @Test
    void everyByteWithTheRightLengthWithoutOneOrAWrongOne() throws IOException {
        for (int n : new int[]{0, 1, 1000, RequestBodyBytes.CHUNK - 1, RequestBodyBytes.CHUNK,
                RequestBodyBytes.CHUNK + 1, 5 * RequestBodyBytes.CHUNK + 17, 3_000_000}) {
            byte[] body = bytes(n);
            assertArrayEquals(body, RequestBodyBytes.read(trickle(body), n), n + " declared");
            assertArrayEquals(body, RequestBodyBytes.read(trickle(body), -1), n + " without a length");
            assertArrayEquals(body, RequestBodyBytes.read(trickle(body), n + 100_000L), n + " announced longer");
            assertArrayEquals(body, RequestBodyBytes.read(trickle(body), n / 3), n + " announced shorter");
        }
    }

    @Test
    void theDeclaredLengthIsReadAsTheEdgeReadsIt() {
        assertEquals(5_101_676, RequestBodyBytes.declared(" 5101676 "));
        assertEquals(-1, RequestBodyBytes.declared(null));
        assertEquals(-1, RequestBodyBytes.declared("five"));
    }

    @Test
    void aDeclaredBodyCostsLessThanOneCopyAndAHalfOfItAndALiarWhatItSent() throws IOException {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] body = bytes(5 << 20);
        RequestBodyBytes.read(trickle(body), body.length); // warm-up
        long before = threads.getCurrentThreadAllocatedBytes();
        byte[] read = RequestBodyBytes.read(trickle(body), body.length);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(body.length, read.length);
        // InputStream.readAllBytes, the REST layer's way, allocated 2x the body (and more)
        assertTrue(allocated < body.length * 1.6, allocated + " bytes for a body of " + body.length);

        byte[] few = bytes(10_000);
        before = threads.getCurrentThreadAllocatedBytes();
        read = RequestBodyBytes.read(trickle(few), 20L << 20);
        allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertArrayEquals(few, read);
        assertTrue(allocated < 1 << 20, allocated + " bytes for 10,000 sent under a 20 MB Content-Length");
    }
}
