package org.unsymbol.draft;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.unsymbol.platform.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A lexical pass over a page's content stream, before the glyph dry run ({@code PdfText.GlyphCount}), that proves the
 * page over the glyph budget without building a single PDFBox token: the dry run parses every operator through
 * PDFBox's tokenizer (~250 bytes of garbage each), and a page of 2 million {@code Tj} cost ~12 MB of garbage per
 * request to reach glyph 50,001, which under six clients posting bombs was most of what the collector had to clear.
 * <p>
 * It decides only what it can prove exactly as the dry run would count it, and otherwise says nothing (the dry run
 * runs as before): a single content stream without a filter or with FlateDecode alone; every font of the page's
 * resources a simple font without glyph procedures (Type 1, TrueType: one byte, one glyph, as the dry run counts a
 * simple font; a missing font is PDFBox's default Helvetica, the same); {@code Tj} with one string operand and
 * {@code TJ} with one array of strings and numbers, inside {@code BT ... ET} (where PDFBox shows text); every other
 * operator counted once, as the budget counts them, and any operator that runs others or other streams ({@code '},
 * {@code "}, {@code TD}, {@code T*}, {@code Do}, {@code gs}, inline images) or any token it does not fully read
 * (escapes in strings, dictionaries, a malformed number) ends the pass undecided. The page is refused only when its
 * shown bytes pass the glyph budget at an operator the operator budget still allows: the same problem the dry run
 * raises, at the same glyph.
 */
final class ShownText {

    private ShownText() {
    }

    /** Throws the glyph problem when the page provably exceeds the glyph budget first; otherwise returns. */
    static void refuseOverBudget(PDPage page, DraftBudget budget) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (!(contents instanceof COSStream stream) || !onlySimpleFonts(page.getResources())) {
            return;
        }
        COSBase filters = stream.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters);
        if (filters != null && !flate) {
            return;
        }
        Lexer lexer = new Lexer(budget);
        try (InputStream raw = stream.createRawInputStream()) {
            if (flate) {
                Filter filter = FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE);
                filter.decode(raw, lexer, stream, 0);
            } else {
                raw.transferTo(lexer);
            }
        } catch (ProblemException e) {
            throw e; // the time budget, charged while lexing
        } catch (IOException | RuntimeException e) {
            // decided (Stop, perhaps wrapped), undecided, or a damaged stream: only a proof counts, below
        }
        if (lexer.over) {
            budget.glyphsOnPage(lexer.shown > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) lexer.shown);
        }
    }

    private static boolean onlySimpleFonts(PDResources resources) {
        if (resources == null) {
            return true;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (!(font instanceof PDType1Font) && !(font instanceof PDTrueTypeFont)) {
                    return false; // composite (codes of 1-4 bytes, only mapped ones counted), Type 3, or unreadable
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Ends the pass (decided or undecided). */
    private static final class Stop extends RuntimeException {
        private static final Stop INSTANCE = new Stop();

        private Stop() {
            super(null, null, false, false);
        }
    }

    /** A push lexer of content-stream bytes, state by state, so a token may span two writes. */
    static final class Lexer extends OutputStream {
        private static final int NORMAL = 0, COMMENT = 1, LITERAL = 2, HEX = 3, TOKEN = 4, ANGLE = 5;
        private static final int NONE = 0, STRING = 1, ARRAY = 2, OTHER = 3;

        private final DraftBudget budget;
        private final long operatorsLeft;
        private final byte[] token = new byte[16];
        private int tokenLength;
        private int state = NORMAL;
        private int depth;
        private int hexDigits;
        private long stringBytes;
        private boolean inArray;
        private long arrayBytes;
        private int operands;
        private int first = NONE;
        private long firstBytes;
        private boolean inText;
        private long operators;
        private long seen;
        long shown;
        boolean over;
        boolean undecided;

        Lexer(DraftBudget budget) {
            this.budget = budget;
            this.operatorsLeft = budget.maxOperators - budget.operators();
        }

        @Override
        public void write(int b) {
            if (over || undecided) {
                return;
            }
            step(b & 0xFF);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (over || undecided) {
                throw Stop.INSTANCE;
            }
            for (int i = off; i < off + len; i++) {
                step(b[i] & 0xFF);
            }
            seen += len;
            if (seen > 1 << 20) {
                seen = 0;
                budget.time();
            }
        }

        private void giveUp() {
            undecided = true;
            throw Stop.INSTANCE;
        }

        private static boolean white(int c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
        }

        private static boolean delimiter(int c) {
            return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                    || c == '/' || c == '%';
        }

        private void step(int c) {
            switch (state) {
                case COMMENT -> {
                    if (c == '\n' || c == '\r') {
                        state = NORMAL;
                    }
                }
                case LITERAL -> {
                    if (c == '\\' || c == '\r') {
                        giveUp(); // escapes, and a CR (CR LF is one byte in a string): not counted here
                    } else if (c == '(') {
                        depth++;
                        stringBytes++;
                    } else if (c == ')' && --depth == 0) {
                        state = NORMAL;
                        operand(STRING, stringBytes);
                    } else {
                        stringBytes++;
                    }
                }
                case ANGLE -> {
                    if (c == '<') {
                        giveUp(); // a dictionary
                    }
                    state = HEX;
                    hexDigits = 0;
                    step(c);
                }
                case HEX -> {
                    if (c == '>') {
                        state = NORMAL;
                        operand(STRING, (hexDigits + 1) / 2);
                    } else if (Character.digit(c, 16) >= 0) {
                        hexDigits++;
                    } else if (!white(c)) {
                        giveUp();
                    }
                }
                case TOKEN -> {
                    if (white(c) || delimiter(c)) {
                        endToken();
                        state = NORMAL;
                        step(c);
                    } else if (tokenLength == token.length) {
                        giveUp();
                    } else {
                        token[tokenLength++] = (byte) c;
                    }
                }
                default -> normal(c);
            }
        }

        private void normal(int c) {
            if (white(c)) {
                return;
            }
            switch (c) {
                case '%' -> state = COMMENT;
                case '(' -> {
                    state = LITERAL;
                    depth = 1;
                    stringBytes = 0;
                }
                case '<' -> state = ANGLE;
                case '[' -> {
                    if (inArray) {
                        giveUp();
                    }
                    inArray = true;
                    arrayBytes = 0;
                }
                case ']' -> {
                    if (!inArray) {
                        giveUp();
                    }
                    inArray = false;
                    operand(ARRAY, arrayBytes);
                }
                case ')', '>', '{', '}' -> giveUp();
                default -> {
                    state = TOKEN;
                    tokenLength = 0;
                    token[tokenLength++] = (byte) c;
                }
            }
        }

        private void operand(int kind, long bytes) {
            if (inArray) {
                if (kind != STRING && kind != OTHER) {
                    giveUp();
                }
                arrayBytes += kind == STRING ? bytes : 0;
                return;
            }
            if (operands++ == 0) {
                first = kind;
                firstBytes = bytes;
            }
        }

        private void endToken() {
            int c = token[0];
            if (c == '/') {
                if (inArray) {
                    giveUp(); // TJ takes strings and numbers
                }
                operand(OTHER, 0);
            } else if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
                number();
                operand(OTHER, 0);
            } else if (is("true") || is("false") || is("null")) {
                if (inArray) {
                    giveUp();
                }
                operand(OTHER, 0);
            } else {
                operator();
            }
        }

        private void number() {
            boolean digits = false;
            boolean dot = false;
            for (int i = 0; i < tokenLength; i++) {
                int c = token[i];
                if (c >= '0' && c <= '9') {
                    digits = true;
                } else if (c == '.' && !dot) {
                    dot = true;
                } else if (i > 0 || (c != '+' && c != '-')) {
                    giveUp();
                }
            }
            if (!digits) {
                giveUp();
            }
        }

        private void operator() {
            if (inArray) {
                giveUp();
            }
            for (int i = 0; i < tokenLength; i++) {
                int c = token[i];
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '*') {
                    giveUp(); // ' and " run other operators; anything else is not an operator read here
                }
            }
            if (++operators > operatorsLeft) {
                giveUp(); // the operator budget speaks first
            }
            if (is("BT")) {
                inText = true;
            } else if (is("ET")) {
                inText = false;
            } else if (is("Tj") || is("TJ")) {
                if (!inText || operands != 1 || first != (is("Tj") ? STRING : ARRAY)) {
                    giveUp();
                }
                shown += firstBytes;
                if (shown > budget.maxGlyphsPerPage) {
                    over = true;
                    throw Stop.INSTANCE;
                }
            } else if (is("TD") || is("T*") || is("Do") || is("gs") || is("BI") || is("ID") || is("EI")
                    || is("d0") || is("d1")) {
                giveUp(); // runs other operators or streams, or is not page text
            }
            operands = 0;
            first = NONE;
        }

        private boolean is(String word) {
            if (word.length() != tokenLength) {
                return false;
            }
            for (int i = 0; i < tokenLength; i++) {
                if (token[i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
