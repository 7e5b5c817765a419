package org.unsymbol.catalogue.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ODS job number. The canonical form is a duty-station letter (N New York, G Geneva, V Vienna...) and seven digits,
 * the first two the year, the rest zero-padded: {@code N2422345}. The document prints it as {@code 24-22345}, without
 * the letter, so a printed-only number keeps {@code canonical} empty.
 */
public record JobNumber(String canonical, String printed) {

    // N2422345, N2422345 S (029 $b adds the language letter), N 24-22345
    private static final Pattern CANONICAL = Pattern.compile("([A-Z])\\s?(\\d{2})-?(\\d{5})(?:\\s+[A-Z])?");
    private static final Pattern PRINTED = Pattern.compile("(\\d{2})-(\\d{1,5})");

    public static Optional<JobNumber> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String t = input.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher c = CANONICAL.matcher(t);
        if (c.matches()) {
            String year = c.group(2);
            String number = c.group(3);
            return Optional.of(new JobNumber(c.group(1) + year + number, printed(year, number)));
        }
        Matcher p = PRINTED.matcher(t);
        if (p.matches()) {
            return Optional.of(new JobNumber(null, printed(p.group(1), p.group(2))));
        }
        return Optional.empty();
    }

    /** As printed on the document: the year, a hyphen and the number in five digits ({@code 24-00012}). */
    private static String printed(String year, String number) {
        return year + "-" + "0".repeat(5 - number.length()) + number;
    }

    /** The form written on the wire: the canonical one when known. */
    public String wire() {
        return canonical != null ? canonical : printed;
    }
}
