package org.unsymbol.catalogue.io;

import org.unsymbol.catalogue.wire.CatalogueJson;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Newline-delimited JSON, one document per line, read straight from the byte stream in 64 KiB chunks: a line is
 * parsed from its bytes and dropped, so memory stays constant whatever the body size. A line longer than
 * {@link #MAX_LINE} bytes is rejected (and skipped) rather than buffered. Blank lines are ignored.
 */
public final class NdjsonSource implements RecordSource {

    public static final int MAX_LINE = 1 << 20;

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[8192];
    private long lineNumber;
    private boolean end;

    public NdjsonSource(InputStream in) {
        this.in = in;
    }

    @Override
    public SourceItem next() throws IOException {
        while (!end) {
            lineNumber++;
            int length = 0;
            boolean tooLong = false;
            boolean newline = false;
            while (!newline) {
                if (chunkPos == chunkEnd && !fill()) {
                    end = true;
                    break;
                }
                int stop = chunkPos;
                while (stop < chunkEnd && chunk[stop] != '\n') {
                    stop++;
                }
                int n = stop - chunkPos;
                if (length + n > MAX_LINE) {
                    tooLong = true;
                } else if (!tooLong) {
                    if (length + n > line.length) {
                        line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(line.length * 2, length + n)));
                    }
                    System.arraycopy(chunk, chunkPos, line, length, n);
                    length += n;
                }
                newline = stop < chunkEnd;
                chunkPos = newline ? stop + 1 : stop;
            }
            if (tooLong) {
                return SourceItem.failed(lineNumber, new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE,
                        "The line is longer than " + MAX_LINE + " bytes."));
            }
            int start = lineNumber == 1 && startsWithBom(length) ? 3 : 0;
            while (length > start && isSpace(line[length - 1])) {
                length--;
            }
            while (start < length && isSpace(line[start])) {
                start++;
            }
            if (start == length) {
                continue;
            }
            try {
                return SourceItem.of(lineNumber, CatalogueJson.readDocument(line, start, length - start));
            } catch (ProblemException e) {
                return SourceItem.failed(lineNumber, e);
            }
        }
        return null;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, chunk.length);
        while (n == 0) {
            n = in.read(chunk, 0, chunk.length);
        }
        chunkPos = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }

    private boolean startsWithBom(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
