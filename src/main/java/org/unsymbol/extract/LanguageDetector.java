package org.unsymbol.extract;

import org.unsymbol.lang.Language;

import java.util.Locale;
import java.util.Optional;

/**
 * Guesses which of the six official languages a text is in: by script for Arabic, Chinese and Russian, by frequent
 * short words for English, French and Spanish. Reads at most the first 64K characters.
 */
final class LanguageDetector {

    private static final int SAMPLE = 1 << 16;

    private LanguageDetector() {
    }

    static Optional<Language> detect(String s) {
        int n = Math.min(s.length(), SAMPLE);
        int arabic = 0;
        int cjk = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Chars.isArabic(c)) {
                arabic++;
            } else if (Chars.isCjk(c)) {
                cjk++;
            } else if (Chars.isCyrillic(c)) {
                cyrillic++;
            } else if (Chars.isAsciiLetter(c) || c >= '\u00C0' && c <= '\u024F') {
                latin++;
            }
        }
        int max = Math.max(Math.max(arabic, cjk), Math.max(cyrillic, latin));
        if (max == 0) {
            return Optional.empty();
        }
        if (max == arabic) {
            return Optional.of(Language.AR);
        }
        if (max == cjk || cjk * 2 > latin) {
            return Optional.of(Language.ZH);
        }
        if (max == cyrillic) {
            return Optional.of(Language.RU);
        }
        return latinLanguage(s.substring(0, n));
    }

    static Optional<Language> latinLanguage(String sample) {
        int en = 0;
        int fr = 0;
        int es = 0;
        String lower = sample.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) { // the runs of letters (code points, as a split on [^\\p{L}]+ reads them), without a regex
            int cp = lower.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (i - start > 5) {
                continue; // longer than any counted word ("which"): not copied
            }
            switch (lower.substring(start, i)) {
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
}
