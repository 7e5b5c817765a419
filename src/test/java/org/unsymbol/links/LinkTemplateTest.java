package org.unsymbol.links;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinkTemplateTest {

    @Test
    void aSymbolKeepsItsSlashesAndParenthesesInAPath() {
        LinkTemplate t = LinkTemplate.compile("https://undocs.org/{lang}/{symbol}");
        assertEquals("https://undocs.org/fr/S/RES/6%20(1946)", t.expand(Map.of("lang", "fr", "symbol", "S/RES/6 (1946)")));
    }

    @Test
    void inAQueryParenthesesAndSpacesAreEncoded() {
        LinkTemplate t = LinkTemplate.compile("https://documents.un.org/api/symbol/access?s={s}&l={lang}&t=pdf");
        assertEquals("https://documents.un.org/api/symbol/access?s=S/PV.6201%28Resumption1%29&l=en&t=pdf",
                t.expand(Map.of("s", "S/PV.6201(Resumption1)", "lang", "en")));
        assertEquals("https://documents.un.org/api/symbol/access?s=A%26B%3Dc%23x&l=en&t=pdf",
                t.expand(Map.of("s", "A&B=c#x", "lang", "en")));
    }

    @Test
    void controlCharactersAndHostileCharactersNeverSurviveEncoding() {
        LinkTemplate t = LinkTemplate.compile("https://undocs.org/{lang}/{symbol}");
        String link = t.expand(Map.of("lang", "en", "symbol", "A/1\r\nSet-Cookie: x@evil.example\\..?#%"));
        assertEquals("https://undocs.org/en/A/1%0D%0ASet-Cookie%3A%20x%40evil.example%5C..%3F%23%25", link);
    }

    @Test
    void nonAsciiIsPercentEncodedAsUtf8() {
        LinkTemplate t = LinkTemplate.compile("https://undocs.org/{lang}/{symbol}");
        assertEquals("https://undocs.org/en/%EF%BC%A1", t.expand(Map.of("lang", "en", "symbol", "Ａ")));
    }

    @Test
    void aTemplateMustFixSchemeAndHost() {
        assertThrows(IllegalArgumentException.class, () -> LinkTemplate.compile("//{host}/x"));
        assertThrows(IllegalArgumentException.class, () -> LinkTemplate.compile("https://{host}/x"));
        assertThrows(IllegalArgumentException.class, () -> LinkTemplate.compile("https://undocs.org/{lang"));
    }
}
