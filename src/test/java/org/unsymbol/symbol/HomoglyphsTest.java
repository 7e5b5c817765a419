package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, class 8: Cyrillic and Greek lookalikes inside a Latin symbol are folded to Latin, with a warning. */
class HomoglyphsTest {

    private static final SymbolParser PARSER = SymbolParser.standard();

    @Test
    void tableMapsLookalikesOnly() {
        assertEquals('A', Homoglyphs.toLatin('\u0410')); // Cyrillic А
        assertEquals('C', Homoglyphs.toLatin('\u0421')); // Cyrillic С
        assertEquals('O', Homoglyphs.toLatin('\u039F')); // Greek Ο
        assertEquals('o', Homoglyphs.toLatin('\u043E')); // Cyrillic о
        assertEquals('A', Homoglyphs.toLatin('A'));
        assertEquals('\u0418', Homoglyphs.toLatin('\u0418')); // И is no lookalike
        assertEquals('\u039B', Homoglyphs.toLatin('\u039B')); // Λ neither
        assertTrue(Homoglyphs.isLookalike('\u0415'));
        assertFalse(Homoglyphs.isLookalike('E'));
        assertFalse(Homoglyphs.isLookalike('\u0436')); // ж
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "\u0410/60/285|A/60/285",                          // Cyrillic А
        "\u0410/RES/55/2|A/RES/55/2",
        "F\u0421\u0421C/CP/2015/10/Add.1|FCCC/CP/2015/10/Add.1", // two Cyrillic С
        "CRC/C/\u0410UT/5-6|CRC/C/AUT/5-6",
        "UNEP/\u039FzL.Pro.31/9|UNEP/OzL.Pro.31/9",        // Greek Ο in an unmodelled series
        "\u0405/2016/436|S/2016/436",                      // Cyrillic Ѕ
        "E/\u0421N.4/2004/10|E/CN.4/2004/10",
    })
    void foldsWithAWarning(String written, String canonical) {
        ParseResult r = PARSER.parse(written);
        assertTrue(r.valid(), () -> written + " " + r.findings());
        assertEquals(canonical, r.symbol().get().canonical());
        assertTrue(r.warnings().stream().anyMatch(f -> f.code() == FindingCode.NORMALIZED_HOMOGLYPH),
                () -> r.findings().toString());
    }

    @Test
    void otherCyrillicStaysInvalid() {
        assertFalse(PARSER.parse("\u0416/60/285").valid()); // Ж looks like no Latin letter
        assertFalse(PARSER.parse("\u0414\u043E\u043A/60").valid());
    }
}
