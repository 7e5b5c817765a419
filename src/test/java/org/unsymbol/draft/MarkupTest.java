package org.unsymbol.draft;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one escape of the Word parts and the printable report. */
class MarkupTest {

    @Test
    void theFiveMarkupCharactersBecomeEntitiesThatXmlAndHtmlBothRead() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;R&amp;D &#39;A/78/265&#39;&lt;/a&gt;",
                Markup.escape("<a href=\"x\">R&D 'A/78/265'</a>"));
    }

    @Test
    void controlCharactersXmlForbidsAreLeftOutAndLineBreaksKept() {
        assertEquals("A/78/265\tS/RES/2719 (2023)\r\nE/2024/1",
                Markup.escape("A/78/265\u0001\t\u001FS/RES/2719 (2023)\r\nE/2024/1\u0000"));
    }

    @Test
    void nullIsTheEmptyString() {
        assertEquals("", Markup.escape(null));
    }
}
