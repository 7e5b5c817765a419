package org.unsymbol.catalogue.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One MARC bibliographic record as read from MARCXML: its data fields, in order, with their subfields. */
final class MarcRecord {

    record Subfield(char code, String value) {
    }

    record Field(String tag, char ind1, char ind2, List<Subfield> subfields) {

        List<String> all(char code) {
            return subfields.stream().filter(s -> s.code() == code).map(Subfield::value)
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        Optional<String> first(char code) {
            List<String> values = all(code);
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    final long line;
    final List<Field> fields = new ArrayList<>();

    MarcRecord(long line) {
        this.line = line;
    }

    List<Field> fields(String tag) {
        return fields.stream().filter(f -> f.tag().equals(tag)).toList();
    }

    Optional<String> first(String tag, char code) {
        return fields(tag).stream().flatMap(f -> f.all(code).stream()).findFirst();
    }

    List<String> all(String tag, char code) {
        return fields(tag).stream().flatMap(f -> f.all(code).stream()).toList();
    }
}
