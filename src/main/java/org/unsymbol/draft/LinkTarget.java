package org.unsymbol.draft;

import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;

import java.util.Locale;

/** Where the links of a checked draft point. */
public enum LinkTarget {
    /** This service's stable {@code /r/{lang}/{symbol}} link, which follows the catalogue as it changes. */
    RESOLVER,
    /** undocs.org directly (the Digital Library for decisions, which undocs does not serve). */
    UNDOCS,
    /** The ODS PDF directly (the Digital Library for decisions, which have no ODS file). */
    ODS;

    public static LinkTarget parse(String value) {
        if (value == null || value.isBlank()) {
            return RESOLVER;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "resolver", "r" -> RESOLVER;
            case "undocs" -> UNDOCS;
            case "ods" -> ODS;
            default -> throw new ProblemException(ErrorCode.INVALID_PARAMETER,
                    "target '" + value + "' is not known; use resolver (default), undocs or ods.")
                    .with("parameter", "target");
        };
    }
}
