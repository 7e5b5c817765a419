package org.unsymbol.draft;

import com.fasterxml.jackson.annotation.JsonValue;
import org.unsymbol.extract.ReferenceStatus;

import java.util.Locale;

/**
 * The status of a draft's reference on the wire: the grammar's {@link ReferenceStatus}, with {@code VALID} split by
 * the catalogue into {@link #FOUND} and {@link #UNKNOWN}. Written in lower case ({@link #wireName()}).
 */
public enum DraftStatus {
    /** Valid and catalogued. */
    FOUND,
    /** Valid, not catalogued. */
    UNKNOWN,
    /** Symbol-shaped but failing the grammar. */
    MALFORMED,
    /** A drafting placeholder ({@code CRP.X}, {@code L.xx}). */
    PLACEHOLDER,
    /** A short form ("ibid.", "dicha resolución") that could stand for two or more references: never guessed. */
    AMBIGUOUS;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The status of a reference the grammar judged {@code status}, and that the catalogue holds or not. */
    public static DraftStatus of(ReferenceStatus status, boolean catalogued) {
        return switch (status) {
            case VALID -> catalogued ? FOUND : UNKNOWN;
            case MALFORMED -> MALFORMED;
            case PLACEHOLDER -> PLACEHOLDER;
        };
    }
}
