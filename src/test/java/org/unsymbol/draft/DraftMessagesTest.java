package org.unsymbol.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;

/** The six bundles: every code has its message in each, the same keys everywhere, and the language is negotiated. */
class DraftMessagesTest {

    @Test
    void everyFindingCodeHasAMessageInAllSixLanguages() {
        for (Language l : DraftMessages.LANGUAGES) {
            ResourceBundle bundle = DraftMessages.bundle(l);
            for (FindingCode code : FindingCode.values()) {
                String key = "finding." + code.name();
                assertTrue(bundle.containsKey(key), l + " lacks " + key);
                assertFalse(bundle.getString(key).isBlank(), l + " " + key);
            }
        }
    }

    @Test
    void theSixBundlesHaveTheSameKeysAndPlaceholders() {
        Set<String> english = new TreeSet<>(DraftMessages.bundle(Language.EN).keySet());
        for (Language l : DraftMessages.LANGUAGES) {
            ResourceBundle bundle = DraftMessages.bundle(l);
            assertEquals(english, new TreeSet<>(bundle.keySet()), l.code());
            for (String key : english) {
                String en = DraftMessages.bundle(Language.EN).getString(key);
                for (String p : new String[]{"{0}", "{1}", "{2}"}) {
                    assertEquals(en.contains(p), bundle.getString(key).contains(p), l + " " + key + " " + p);
                }
            }
        }
    }

    @Test
    void bundlesAreReadAsUtf8() {
        assertEquals("«X» ocupa el lugar del número.", DraftMessages.of(Language.ES)
                .finding(new Finding(FindingCode.PLACEHOLDER_NUMBER, FindingCode.PLACEHOLDER_NUMBER.severity(),
                        "'X' stands in for the number.", 0, 1), "X", "A/AC.292/2024/CRP.X"));
        assertTrue(DraftMessages.of(Language.AR).text("note.placeholder").startsWith("عنصر نائب"));
        assertTrue(DraftMessages.of(Language.ZH).text("note.placeholder").startsWith("起草占位符"));
    }

    @Test
    void langThenAcceptLanguageThenEnglish() {
        assertEquals(Language.ES, DraftMessages.choose(Optional.of(Language.ES), "fr").language());
        assertEquals(Language.FR, DraftMessages.choose(Optional.empty(), "fr-CA, en;q=0.5").language());
        assertEquals(Language.RU, DraftMessages.choose(Optional.empty(), "de;q=0.2, ru;q=0.9").language());
        assertEquals(Language.EN, DraftMessages.choose(Optional.empty(), null).language());
        assertEquals(Language.EN, DraftMessages.choose(Optional.empty(), "ja").language());
        assertEquals(Language.EN, DraftMessages.choose(Optional.of(Language.DE), "es").language());
    }

    @Test
    void listsAreJoinedInTheLanguage() {
        assertEquals("A/1, A/2 o A/3", DraftMessages.of(Language.ES).or(java.util.List.of("A/1", "A/2", "A/3")));
        assertEquals("A/1或A/2", DraftMessages.of(Language.ZH).or(java.util.List.of("A/1", "A/2")));
    }
}
