package org.unsymbol.catalogue.wire;

import org.unsymbol.catalogue.model.RecordViolation;
import org.unsymbol.catalogue.model.RecordViolation.FieldViolation;
import org.unsymbol.platform.problem.ErrorCode;
import org.unsymbol.platform.problem.ProblemException;
import org.unsymbol.symbolapi.MalformedSymbol;

import java.util.List;
import java.util.Map;

/**
 * A record's violation as the API reports it: the RFC 9457 problem of a PUT or PATCH, and the code and detail of an
 * import's rejected line. A malformed primary symbol is the one {@code MALFORMED_SYMBOL} problem (422); anything else
 * is {@code MALFORMED_JSON}, {@code INVALID_CHARACTER} or one {@code VALIDATION_FAILED} (400) listing every violation.
 */
public final class RecordProblems {

    private RecordProblems() {
    }

    public static ProblemException of(RecordViolation violation) {
        if (violation instanceof RecordViolation.NotAnObject) {
            return new ProblemException(ErrorCode.MALFORMED_JSON, "A document is a JSON object ({...}).");
        }
        if (violation instanceof RecordViolation.UnstorableCharacter u) {
            return new ProblemException(ErrorCode.INVALID_CHARACTER, "The value at " + u.field() + " holds "
                    + u.character() + ", a character that no value may contain.").with("field", u.field());
        }
        if (violation instanceof RecordViolation.UncataloguableSymbol s) {
            return MalformedSymbol.problem(s.parse());
        }
        if (violation instanceof RecordViolation.NoSymbol) {
            return new ProblemException(ErrorCode.VALIDATION_FAILED, "The document has no 'symbol'.")
                    .with("violations", List.of(Map.of("field", "symbol", "message", "required")));
        }
        List<FieldViolation> list = ((RecordViolation.InvalidFields) violation).violations();
        FieldViolation first = list.get(0);
        return new ProblemException(ErrorCode.VALIDATION_FAILED, list.size() + " value(s) are not acceptable; "
                + first.field() + ": " + first.message() + ".")
                .with("violations", list.stream().map(f -> Map.of("field", f.field(), "message", f.message()))
                        .toList());
    }
}
