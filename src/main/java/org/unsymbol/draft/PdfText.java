package org.unsymbol.draft;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.unsymbol.platform.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The text of a PDF draft, as PDFBox's {@link PDFTextStripper} reads it, within a {@link DraftBudget}:
 * <ol>
 * <li>before PDFBox parses anything, every Flate stream in the raw bytes is inflated into a small scratch buffer and
 * measured, so no single stream that decompresses past the inflation budget ever reaches PDFBox (it decodes a stream
 * whole, on the heap, when it first reads it: xref and object streams while loading, content streams while
 * extracting);</li>
 * <li>once loaded, every stream the text extractor may decode (all but images and attachments, page contents always)
 * is decoded through PDFBox's own filters into a counting sink, and the total is charged to the budget;</li>
 * <li>the page count is checked against the page budget;</li>
 * <li>while extracting, every content-stream operator and every glyph of a page is charged (the stripper keeps a
 * page's glyphs to order them: a page of two million {@code Tj} took 1.6 GB), and every character of text
 * written; a page whose content could pass the glyph budget is first proved over it from its bytes when that can
 * be done exactly ({@link ShownText}), else by a dry run of the stripper ({@code GlyphCount}).</li>
 * </ol>
 */
final class PdfText {

    /** Codecs of images: the text extractor never decodes them. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

    private PdfText() {
    }

    static String read(byte[] body, DraftBudget budget) {
        return readPages(body, budget).text();
    }

    /** The text and the offset in it where each page's text begins (page 1 at index 0). */
    record Paged(String text, int[] pageStarts) {
    }

    static Paged readPages(byte[] body, DraftBudget budget) {
        measureFlateStreams(body, budget);
        try (PDDocument doc = Loader.loadPDF(body)) {
            budget.time();
            int pages = doc.getNumberOfPages();
            budget.page(pages);
            Map<COSStream, Long> decoded = measureDecodedStreams(doc, budget);
            StringBuilder text = new StringBuilder();
            BudgetedStripper stripper = new BudgetedStripper(doc, budget, text, pages, decoded);
            stripper.writeText(doc, new BudgetedWriter(text, budget));
            return new Paged(text.toString(), java.util.Arrays.copyOf(stripper.pageStarts, stripper.pagesSeen));
        } catch (InvalidPasswordException e) {
            throw DraftReader.unreadable("The PDF is encrypted with a password; send an unprotected copy.");
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DraftReader.unreadable("The body is not a readable PDF: " + DraftReader.reason(e));
        }
    }

    /**
     * Inflates every zlib stream that follows a {@code stream} keyword in the raw bytes, into a scratch buffer, and
     * refuses the file when one inflates past the budget. No parsing: it sees what PDFBox will see, whatever the
     * xref says.
     */
    static void measureFlateStreams(byte[] body, DraftBudget budget) {
        byte[] scratch = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            int from = 0;
            while (true) {
                int data = nextStreamData(body, from);
                if (data < 0) {
                    return;
                }
                budget.time();
                inflater.reset();
                inflater.setInput(body, data, body.length - data);
                long out = 0;
                long unchecked = 0;
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        int n = inflater.inflate(scratch);
                        out += n;
                        unchecked += n;
                        if (out > budget.maxInflated) {
                            budget.inflatedStream(out);
                        }
                        if (unchecked > 16 << 20) {
                            budget.time();
                            unchecked = 0;
                        }
                    }
                } catch (DataFormatException e) {
                    // not zlib data, or damaged: PDFBox will make of it what it can, and cannot inflate more
                }
                from = data + (int) Math.max(1, Math.min(inflater.getBytesRead(), Integer.MAX_VALUE));
            }
        } finally {
            inflater.end();
        }
    }

    /** The offset of the data after the next {@code stream} keyword and its end of line, or -1. */
    private static int nextStreamData(byte[] b, int from) {
        for (int i = Math.max(from, 0); i + 6 < b.length; i++) {
            if (b[i] == 's' && (i < 3 || b[i - 3] != 'e' || b[i - 2] != 'n' || b[i - 1] != 'd') && b[i + 1] == 't' && b[i + 2] == 'r' && b[i + 3] == 'e' && b[i + 4] == 'a'
                    && b[i + 5] == 'm') {
                int j = i + 6;
                if (j < b.length && b[j] == '\r') {
                    j++;
                }
                if (j < b.length && b[j] == '\n') {
                    return j + 1;
                }
                if (j > i + 6) {
                    return j; // a bare CR, which some writers use
                }
            }
        }
        return -1;
    }

    /**
     * Decodes every stream the extractor may read through PDFBox's filters into a counting sink; gives the decoded
     * size of each stream measured (of the streams without a filter, none).
     */
    private static Map<COSStream, Long> measureDecodedStreams(PDDocument doc, DraftBudget budget) throws IOException {
        Map<COSStream, Long> seen = new IdentityHashMap<>();
        for (PDPage page : doc.getPages()) {
            budget.time();
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream s) {
                measure(s, budget, seen);
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSStream s) {
                        measure(s, budget, seen);
                    }
                }
            }
        }
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            budget.time();
            COSObject object = cos.getObjectFromPool(key);
            if (object != null && object.getObject() instanceof COSStream s
                    && !COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))
                    && !COSName.EMBEDDED_FILE.equals(s.getCOSName(COSName.TYPE))) {
                measure(s, budget, seen);
            }
        }
        return seen;
    }

    private static void measure(COSStream stream, DraftBudget budget, Map<COSStream, Long> seen) throws IOException {
        if (seen.containsKey(stream)) {
            return;
        }
        seen.put(stream, 0L);
        List<COSName> filters = new ArrayList<>();
        COSBase f = stream.getFilters();
        if (f instanceof COSName name) {
            filters.add(name);
        } else if (f instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
            return;
        }
        InputStream in = stream.createRawInputStream();
        long[] last = {0};
        try {
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                if (i == filters.size() - 1) {
                    filter.decode(in, budget.counting(last), stream, i);
                } else {
                    ByteArrayOutputStream stage = new ByteArrayOutputStream() {
                        @Override
                        public synchronized void write(byte[] b, int off, int len) {
                            budget.inflated(len);
                            super.write(b, off, len);
                        }

                        @Override
                        public synchronized void write(int b) {
                            budget.inflated(1);
                            super.write(b);
                        }
                    };
                    filter.decode(in, stage, stream, i);
                    in.close();
                    in = new ByteArrayInputStream(stage.toByteArray());
                }
            }
        } catch (IOException e) {
            // a damaged stream: PDFBox decodes no more of it than this did
        } finally {
            in.close();
            seen.put(stream, last[0]);
        }
    }

    /** PDFBox's text stripper, charging operators and glyphs as it runs. */
    private static final class BudgetedStripper extends PDFTextStripper {
        private final PDDocument doc;
        private final DraftBudget budget;
        private final StringBuilder text;
        /** Where each page's text begins in {@code text}: the page the report gives a reference. */
        private final int[] pageStarts;
        /** The decoded size of the streams measured before extraction. */
        private final Map<COSStream, Long> decoded;
        private int pagesSeen;
        private int glyphs;

        BudgetedStripper(PDDocument doc, DraftBudget budget, StringBuilder text, int pages,
                         Map<COSStream, Long> decoded) {
            this.doc = doc;
            this.budget = budget;
            this.text = text;
            this.pageStarts = new int[Math.max(0, pages)];
            this.decoded = decoded;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs = 0;
            budget.time();
            if (pagesSeen < pageStarts.length) {
                pageStarts[pagesSeen++] = text.length();
            }
            if (contentBytes(page) > budget.maxGlyphsPerPage) {
                ShownText.refuseOverBudget(page, budget); // a proof without PDFBox's tokens, when one is at hand
                GlyphCount.refuseOverBudget(doc, page, budget);
            }
            super.startPage(page);
        }

        /**
         * The decoded bytes of the page's own content streams. Every glyph a content stream shows directly takes at
         * least one byte of it, so a page under the glyph budget in bytes can only exceed it through forms, which
         * the extraction itself still stops.
         */
        private long contentBytes(PDPage page) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            long bytes = 0;
            if (contents instanceof COSStream s) {
                bytes = size(s);
            } else if (contents instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.getObject(i) instanceof COSStream s) {
                        bytes += size(s);
                    }
                }
            }
            return bytes;
        }

        private long size(COSStream s) {
            Long measured = decoded.get(s);
            return measured != null && measured > 0 ? measured : s.getLength();
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.operator();
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            budget.glyphsOnPage(++glyphs);
            super.processTextPosition(text);
        }
    }

    /**
     * A dry run of one page through the same text stripper (the same operators, fonts, forms and text state) that
     * counts the glyphs it would give and builds none of them: PDFBox's stripper keeps ~1 KB per glyph (its
     * position, matrices, the overlap map), so a page of 2 million {@code Tj} allocated ~55 MB before the glyph
     * budget stopped it. The count is the extraction's own: a glyph is what becomes a text position (every code of
     * a simple font; a code of a composite font that maps to Unicode). When the page would exceed the glyph budget
     * before the operators budget runs out, the same glyph problem is raised before the extraction builds anything;
     * otherwise the extraction runs and charges as always. Run only for pages whose content could hold that many
     * glyphs and that {@link ShownText} could not decide from their bytes.
     */
    private static final class GlyphCount extends PDFTextStripper {
        private final DraftBudget budget;
        private final PDPage page;
        private long operators;
        private int glyphs;

        private GlyphCount(DraftBudget budget, PDPage page) {
            this.budget = budget;
            this.page = page;
            this.operators = budget.operators();
            // the stripper processes the pages numbered from its start to its end page; this one processes only
            // {@code page} (processPages), as number 1 (where the stripper's count begins)
            setStartPage(1);
            setEndPage(1);
        }

        /** Throws the glyph problem of {@code page} if it draws more glyphs than the budget allows. */
        static void refuseOverBudget(PDDocument doc, PDPage page, DraftBudget budget) {
            GlyphCount count = new GlyphCount(budget, page);
            try {
                count.writeText(doc, Writer.nullWriter());
            } catch (OperatorsFirst | IOException e) {
                // the operator budget would stop it first, or the page is damaged: the extraction says which
            }
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators > budget.maxOperators) {
                throw new OperatorsFirst();
            }
            if ((operators & 0xFFF) == 0) {
                budget.time();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processPages(PDPageTree pages) throws IOException {
            processPage(page);
        }

        @Override
        protected void showText(byte[] string) throws IOException {
            PDFont font = getGraphicsState().getTextState().getFont();
            if (font == null) {
                glyphs(string.length); // PDFBox shows it in its default font, Helvetica: one byte, one glyph
                return;
            }
            InputStream in = new ByteArrayInputStream(string);
            int shown = 0;
            while (in.available() > 0) {
                int code = font.readCode(in);
                if (font instanceof PDSimpleFont || font.toUnicode(code) != null) {
                    shown++;
                }
            }
            glyphs(shown);
        }

        private void glyphs(int n) {
            glyphs += n;
            if (glyphs > budget.maxGlyphsPerPage) {
                budget.glyphsOnPage(glyphs);
            }
        }

        /** The operators budget runs out on this page before its glyphs do. */
        private static final class OperatorsFirst extends RuntimeException {
            OperatorsFirst() {
                super(null, null, false, false);
            }
        }
    }

    /** The extracted text, charged character by character. */
    private static final class BudgetedWriter extends Writer {
        private final StringBuilder text;
        private final DraftBudget budget;

        BudgetedWriter(StringBuilder text, DraftBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            budget.chars(len);
            text.append(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            budget.chars(len);
            text.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
