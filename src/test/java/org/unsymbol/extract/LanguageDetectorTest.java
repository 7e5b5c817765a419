package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;

/** The Latin-script guess reads its words by scanning letter runs; it must read the words the regex split read. */
class LanguageDetectorTest {

    /** The word reading it replaced: a split of the lower-cased sample on runs of non-letters. */
    private static Optional<Language> bySplit(String sample) {
        int en = 0;
        int fr = 0;
        int es = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            switch (w) {
                case "the", "of", "and", "to", "in", "is", "which" -> en++;
                case "le", "les", "des", "et", "du", "une", "est", "dans" -> fr++;
                case "el", "los", "las", "y", "del", "una", "por", "con" -> es++;
                case "la", "de", "en", "que" -> {
                    fr++;
                    es++;
                }
                default -> { }
            }
        }
        if (en == 0 && fr == 0 && es == 0) {
            return Optional.empty();
        }
        if (en >= fr && en >= es) {
            return Optional.of(Language.EN);
        }
        return Optional.of(fr > es ? Language.FR : Language.ES);
    }

    // counted words in several cases, longer words that contain them, letters a split treats specially: a
    // supplementary letter (U+20000), a lone surrogate, a combining accent (not a letter), the dotted capital I
    // (lower-cased to two chars), digits and punctuation
    private static final String[] PIECES = {"the", "THE", "The", "of", "and", "which", "whichever", "la", "La", "de",
        "en", "que", "le", "les", "dans", "el", "los", "y", "del", "una", "por", "con", "et", "une", "est", "is",
        "\uD840\uDC00", "\uD840", "\u0301", "\u0130", "é", "ñ", "A/78/265", "1", ",", ".", " ", "  ", "\n", "-", "'",
        "\u00A0", "x", "ß"};

    @Test
    void readsTheWordsTheSplitRead() {
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String sample = sb.toString();
            assertEquals(bySplit(sample), LanguageDetector.latinLanguage(sample), () -> "sample: " + sample);
        }
    }

    @Test
    void readsTheWordsTheSplitReadInTheFixtures() throws Exception {
        for (String text : new String[]{org.unsymbol.testing.Fixtures.seedDraft(), "The Council and the Assembly",
            "la resolución y el informe de la Asamblea", "les résolutions et la décision"}) {
            assertEquals(bySplit(text), LanguageDetector.latinLanguage(text));
        }
    }
}
