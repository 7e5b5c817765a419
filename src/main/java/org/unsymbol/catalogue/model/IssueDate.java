package org.unsymbol.catalogue.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as catalogues record them ({@code 2024}, {@code 2024-06},
 * {@code 2024-06-21}; MARC 269 also writes {@code 202406} and {@code 20240621}).
 *
 * @param text  the normalized form, with dashes
 * @param first the first day of the period, for sorting and ranges
 * @param last  the last day of the period
 */
public record IssueDate(String text, LocalDate first, LocalDate last) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2}))?)?");

    public static Optional<IssueDate> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(input.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new IssueDate(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new IssueDate(month.toString(), month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new IssueDate(day.toString(), day, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // month 13, 30 February
        }
    }
}
