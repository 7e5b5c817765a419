package org.unsymbol.draft;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * What reading one Word or PDF draft may cost: characters of text, bytes inflated, PDF pages, operators and glyphs
 * per page, and wall-clock time. The readers charge it as they go, so a hostile file is stopped while it is being
 * read, never after it has been read whole. Exceeding a budget throws a {@link ProblemException} that names the
 * budget ({@code budget}) and its {@code limit}: 413 DRAFT_TEXT_TOO_LARGE for text and pages, 422 DRAFT_TOO_COMPLEX
 * for work. Not thread-safe: one request, one budget.
 */
final class DraftBudget {

    /** The budgets a problem can name. */
    enum Kind {
        CHARACTERS("characters", ErrorCode.DRAFT_TEXT_TOO_LARGE, "characters of text"),
        PAGES("pages", ErrorCode.DRAFT_TEXT_TOO_LARGE, "pages"),
        INFLATED_BYTES("inflated-bytes", ErrorCode.DRAFT_TOO_COMPLEX, "bytes once decompressed"),
        OPERATORS("operators", ErrorCode.DRAFT_TOO_COMPLEX, "PDF content-stream operators"),
        GLYPHS_PER_PAGE("glyphs-per-page", ErrorCode.DRAFT_TOO_COMPLEX, "glyphs on one PDF page"),
        TIME("time-ms", ErrorCode.DRAFT_TOO_COMPLEX, "milliseconds of reading");

        final String name;
        final ErrorCode code;
        final String unit;

        Kind(String name, ErrorCode code, String unit) {
            this.name = name;
            this.code = code;
            this.unit = unit;
        }
    }

    final int maxChars;
    final long maxInflated;
    final int maxPages;
    final long maxOperators;
    final int maxGlyphsPerPage;
    private final long maxNanos;
    private final long deadline;

    private long chars;
    private long inflated;
    private long operators;

    DraftBudget(int maxChars, long maxInflated, int maxPages, long maxOperators, int maxGlyphsPerPage, long maxNanos) {
        this.maxChars = maxChars;
        this.maxInflated = maxInflated;
        this.maxPages = maxPages;
        this.maxOperators = maxOperators;
        this.maxGlyphsPerPage = maxGlyphsPerPage;
        this.maxNanos = maxNanos;
        this.deadline = System.nanoTime() + maxNanos;
    }

    static DraftBudget of(DraftsConfig config) {
        return new DraftBudget(config.maxTextChars(), config.maxInflatedBytes().asLongValue(), config.maxPdfPages(),
                config.maxPdfOperators(), config.maxPdfGlyphsPerPage(), config.maxExtractionTime().toNanos());
    }

    /** Charges {@code n} more characters of extracted text. */
    void chars(int n) {
        chars += n;
        if (chars > maxChars) {
            throw exceeded(Kind.CHARACTERS, maxChars, "The draft holds more than " + maxChars
                    + " characters of text; split it, or send the part to check.");
        }
    }

    /** Charges {@code n} more bytes produced by a decompressor, and checks the clock. */
    void inflated(long n) {
        inflated += n;
        if (inflated > maxInflated) {
            throw exceeded(Kind.INFLATED_BYTES, maxInflated, "The draft decompresses to more than " + maxInflated
                    + " bytes (a compression bomb, or far larger than a draft).");
        }
        time();
    }

    /** Refuses a single stream that inflates to {@code bytes}, past the whole budget on its own. */
    void inflatedStream(long bytes) {
        throw exceeded(Kind.INFLATED_BYTES, maxInflated, "A stream of the draft decompresses to more than "
                + maxInflated + " bytes on its own (a compression bomb, or far larger than a draft).");
    }

    /** Charges one content-stream operator; every 4,096 also checks the clock. */
    void operator() {
        if (++operators > maxOperators) {
            throw exceeded(Kind.OPERATORS, maxOperators, "The PDF runs more than " + maxOperators
                    + " content-stream operators.");
        }
        if ((operators & 0xFFF) == 0) {
            time();
        }
    }

    void page(int number) {
        if (number > maxPages) {
            throw exceeded(Kind.PAGES, maxPages, "The PDF has more than " + maxPages + " pages; send the part to check.");
        }
    }

    void glyphsOnPage(int glyphs) {
        if (glyphs > maxGlyphsPerPage) {
            throw exceeded(Kind.GLYPHS_PER_PAGE, maxGlyphsPerPage, "A page of the PDF draws more than "
                    + maxGlyphsPerPage + " glyphs, which no page of text does.");
        }
    }

    /** Stops the reading once its time is up. */
    void time() {
        if (System.nanoTime() - deadline > 0) {
            long ms = maxNanos / 1_000_000;
            throw exceeded(Kind.TIME, ms, "Reading the draft took longer than " + ms + " ms.");
        }
    }

    private static ProblemException exceeded(Kind kind, long limit, String detail) {
        return new ProblemException(kind.code, detail + " Budget '" + kind.name + "': " + limit + " " + kind.unit + ".")
                .with("budget", kind.name).with("limit", limit);
    }

    /** A decompressed stream that charges every byte it gives to this budget. */
    InputStream inflating(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    inflated(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    inflated(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                inflated(skipped);
                return skipped;
            }
        };
    }

    /** An output that discards what a decoder writes and charges it to this budget. */
    OutputStream counting() {
        return counting(new long[1]);
    }

    /** The same, also adding what it was written to {@code written[0]}. */
    OutputStream counting(long[] written) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
                inflated(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written[0] += len;
                inflated(len);
            }
        };
    }

    /** The content-stream operators charged so far. */
    long operators() {
        return operators;
    }
}
