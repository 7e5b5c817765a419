package org.unsymbol.catalogue.model;

import org.unsymbol.symbol.ParseResult;

import java.util.List;

/**
 * Why a record cannot be catalogued, as a value: what the validator finds and the importer reports. The API edge
 * turns it into a problem (RecordProblems, in the wire package); nothing here knows HTTP.
 */
public sealed interface RecordViolation {

    /** A field and what is wrong with its value. */
    record FieldViolation(String field, String message) {
    }

    /** The line or body is JSON but not an object. */
    record NotAnObject() implements RecordViolation {
    }

    /**
     * A value holds a character no value may contain (U+0000, an unpaired surrogate).
     *
     * @param field     the JSON pointer of the value
     * @param character the character, described ("U+0000 at offset 3")
     */
    record UnstorableCharacter(String field, String character) implements RecordViolation {
    }

    /** The primary symbol is not one a document may be catalogued under (malformed, or a placeholder). */
    record UncataloguableSymbol(ParseResult parse) implements RecordViolation {
    }

    /** No primary symbol at all. */
    record NoSymbol() implements RecordViolation {
    }

    /** Field-level violations, every one found, in input order (never empty). */
    record InvalidFields(List<FieldViolation> violations) implements RecordViolation {
        public InvalidFields {
            violations = List.copyOf(violations);
        }
    }
}
