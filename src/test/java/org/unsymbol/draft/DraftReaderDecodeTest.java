package org.unsymbol.draft;

import org.junit.jupiter.api.Test;
import org.unsymbol.platform.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UTF-8 fast path of {@link DraftReader#decode}: bulk decoding with the strict decoder only when U+FFFD appears
 * must give exactly the strict decoder's answer, text for text and refusal for refusal.
 */
class DraftReaderDecodeTest {

    private static String strict(byte[] b) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void validTextInEveryScriptIsWhatTheStrictDecoderGives() throws CharacterCodingException {
        String text = "\uFEFFResolución 75/240, résolution, резолюция, القرار ٧٥/٢٤٠, 第75/240号决议, 𝐀/78/265 😀\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(strict(body), DraftReader.decode(body, StandardCharsets.UTF_8));
        assertEquals(text, DraftReader.decode(body, StandardCharsets.UTF_8), "a byte-order mark is kept, as before");
    }

    @Test
    void aReplacementCharacterTheDraftReallyHoldsIsKept() throws CharacterCodingException {
        byte[] body = "A/78/265 \uFFFD draft".getBytes(StandardCharsets.UTF_8);
        assertEquals(strict(body), DraftReader.decode(body, StandardCharsets.UTF_8));
        assertTrue(DraftReader.decode(body, StandardCharsets.UTF_8).contains("\uFFFD"));
    }

    @Test
    void malformedBytesAreStillRefused() {
        byte[][] malformed = {
                bytes('A', 0xC3, 0x28),            // a lead byte without its continuation
                bytes('A', 0xED, 0xA0, 0x80),      // an encoded surrogate (CESU-8)
                bytes(0xC0, 0x80),                 // an over-long NUL
                bytes('A', '/', 0xFF, '1'),        // a byte UTF-8 never uses
                bytes('x', 0xE2, 0x82),            // truncated at the end
        };
        for (byte[] body : malformed) {
            assertThrows(CharacterCodingException.class, () -> strict(body), "the strict decoder refuses it too");
            ProblemException e = assertThrows(ProblemException.class,
                    () -> DraftReader.decode(body, StandardCharsets.UTF_8));
            assertEquals("UNPROCESSABLE_CONTENT", e.problem().getCode());
        }
    }

    @Test
    void aNulIsRefusedWithItsOffset() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> DraftReader.decode("ab\0c".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals("UNPROCESSABLE_CONTENT", e.problem().getCode());
        assertTrue(e.getMessage() == null || !e.getMessage().contains("Exception"));
    }

    @Test
    void anotherCharsetIsDecodedStrictlyAsBefore() {
        byte[] latin1 = "résolution".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("résolution", DraftReader.decode(latin1, StandardCharsets.ISO_8859_1));
    }
}
