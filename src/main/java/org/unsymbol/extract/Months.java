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

    /** A month's name proper (not the Spanish and French "de" of "8 de junio" that {@link #isMonth} also takes). */
    static boolean isMonthName(CharSequence s, int from, int to) {
        return !(to - from == 2 && (s.charAt(from) == 'd' || s.charAt(from) == 'D')) && isMonth(s, from, to);
    }

    static boolean isMonth(CharSequence s, int from, int to) {
        return NAMES.contains(s.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
    }
}
