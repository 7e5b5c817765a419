package org.unsymbol.draft;

import org.unsymbol.extract.Annotator;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Locale;

/**
 * How linkify shows problems and treats wrong links: {@code marks} (HTML: none, mark or link), {@code footnotes}
 * (Markdown), {@code comments} (Word), {@code fixLinks} (replace an existing link that names another document or
 * goes outside the allowed hosts). The defaults change nothing but the links.
 */
public record LinkifyOptions(Annotator.MarkStyle marks, boolean footnotes, boolean comments, boolean fixLinks) {

    public static final LinkifyOptions DEFAULT = new LinkifyOptions(Annotator.MarkStyle.NONE, false, false, false);

    public static LinkifyOptions parse(String marks, String problems, Boolean comments, Boolean fixLinks) {
        return new LinkifyOptions(markStyle(marks), footnotes(problems), Boolean.TRUE.equals(comments),
                Boolean.TRUE.equals(fixLinks));
    }

    private static Annotator.MarkStyle markStyle(String value) {
        if (value == null || value.isBlank()) {
            return Annotator.MarkStyle.NONE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> Annotator.MarkStyle.NONE;
            case "mark" -> Annotator.MarkStyle.MARK;
            case "link" -> Annotator.MarkStyle.LINK;
            default -> throw new ProblemException(ErrorCode.INVALID_PARAMETER,
                    "marks '" + value + "' is not known; use none (default), mark or link.").with("parameter", "marks");
        };
    }

    private static boolean footnotes(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> false;
            case "footnotes" -> true;
            default -> throw new ProblemException(ErrorCode.INVALID_PARAMETER,
                    "problems '" + value + "' is not known; use none (default) or footnotes.")
                    .with("parameter", "problems");
        };
    }
}
