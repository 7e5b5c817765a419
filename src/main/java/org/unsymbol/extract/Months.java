package org.unsymbol.extract;

import java.util.Locale;
import java.util.Set;

/** Month names in the six languages: a number followed by one is a date, never a list item. */
final class Months {

    private static final Set<String> NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
            "octubre", "noviembre", "diciembre",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря",
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يونيو", "يوليه", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "تشرين", "de");

    private Months() {
    }

    /** The first and second of the two Syriac months of one name: تشرين الأول (October), كانون الثاني (January). */
    private static final Set<String> QUALIFIERS = Set.of("الأول", "الاول", "الثاني", "الثانى");

    static boolean isMonth(CharSequence s, int from, int to) {
        return NAMES.contains(s.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
    }

    /** A month's own name, not the "de" of "8 de septiembre" that {@link #isMonth} also takes. */
    static boolean isMonthName(CharSequence s, int from, int to) {
        return !(to - from == 2 && (s.charAt(from) | 0x20) == 'd' && (s.charAt(from + 1) | 0x20) == 'e')
                && isMonth(s, from, to);
    }

    /** True when a month name follows the number ending at {@code d}: "15 October", "8 de septiembre", "6 آب". */
    static boolean monthFollows(CharSequence s, int d) {
        int k = Words.skipSpace(s, d, 2);
        long w = Words.after(s, k);
        if (w < 0 || Words.start(w) != k) {
            return false;
        }
        if (Words.end(w) - k == 2 && Words.startsWith(s, k, "de")) {
            k = Words.skipSpace(s, Words.end(w), 2);
            w = Words.after(s, k);
            if (w < 0 || Words.start(w) != k) {
                return false;
            }
        }
        return isMonthName(s, k, Words.end(w));
    }

    /** After the qualifier of a Syriac month name ending at {@code e} ("تشرين الأول"), or {@code e}. */
    static int qualifierEnd(CharSequence s, int e) {
        int k = Words.skipSpace(s, e, 2);
        long w = Words.after(s, k);
        if (w >= 0 && Words.start(w) == k && QUALIFIERS.contains(s.subSequence(k, Words.end(w)).toString())) {
            return Words.end(w);
        }
        return e;
    }
}
