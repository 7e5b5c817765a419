package org.unsymbol.draft;

import jakarta.ws.rs.core.MediaType;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The text of a draft body. Text formats are decoded strictly (UTF-8 unless the Content-Type names another charset):
 * a byte sequence that is not text, or a NUL, is refused rather than guessed at. Word documents give their paragraph
 * text with runs joined (a symbol split across runs is whole again; {@link DocxText}); PDFs give the text PDFBox reads
 * in reading order ({@link PdfText}). Both are read within a {@link DraftBudget}. Offsets reported for Word and PDF
 * drafts point into this extracted text.
 */
final class DraftReader {

    private DraftReader() {
    }

    /** The text of a draft; Word and PDF are read within {@code budget} (text formats are bounded by the body). */
    static String read(byte[] body, DraftFormat format, MediaType type, DraftBudget budget) {
        return readDraft(body, format, type, budget).text();
    }

    /** A draft's text and, for a PDF, where each page's text begins in it (null for the other formats). */
    record DraftText(String text, int[] pageStarts) {
    }

    static DraftText readDraft(byte[] body, DraftFormat format, MediaType type, DraftBudget budget) {
        if (body == null || body.length == 0) {
            return new DraftText("", null);
        }
        return switch (format) {
            case PLAIN, MARKDOWN, HTML -> new DraftText(decode(body, charset(type)), null);
            case DOCX -> new DraftText(DocxText.read(body, budget), null);
            case PDF -> {
                PdfText.Paged paged = PdfText.readPages(body, budget);
                yield new DraftText(paged.text(), paged.pageStarts());
            }
        };
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The charset '" + name + "' is not known; send the draft as UTF-8.").with("charset", name);
        }
    }

    static String decode(byte[] body, Charset charset) {
        String text = charset.equals(StandardCharsets.UTF_8) ? utf8(body) : null;
        if (text == null) {
            text = strict(body, charset);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw unreadable("The body contains a NUL character at offset " + nul
                    + ", which text never does; a binary file sent as text?").with("offset", nul);
        }
        return text;
    }

    /**
     * UTF-8 the fast way: the String constructor decodes in bulk (several times faster than a CharsetDecoder on a
     * 10 MB draft), replacing a malformed sequence with U+FFFD instead of reporting it. So a text without U+FFFD is
     * exactly what the strict decoder gives; one with it (malformed, or a U+FFFD the draft really holds) is left to
     * the strict decoder, which refuses or gives the same text. Null when the strict decoder must decide.
     */
    private static String utf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private static String strict(byte[] body, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The body is not valid " + charset.name() + " text (" + e.getMessage()
                    + "); a binary file sent as text? Send Word as " + DraftFormat.DOCX_TYPE
                    + " and PDF as application/pdf.");
        }
        return text;
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) : m;
    }

    static ProblemException unreadable(String detail) {
        return new ProblemException(ErrorCode.UNPROCESSABLE_CONTENT, detail);
    }
}
