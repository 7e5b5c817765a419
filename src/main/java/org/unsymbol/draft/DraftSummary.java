package org.unsymbol.draft;

import java.util.List;

/**
 * Counts of a draft's references by status. {@code languageMissing} counts found references whose document the
 * catalogue does not hold in the draft's language (they are also counted in {@code found}). A resolved short form
 * counts under its antecedent's status; an ambiguous one under {@code ambiguous}. Per distinct symbol, short forms are
 * not counted (their symbol is their antecedent's).
 */
public record DraftSummary(int references, int found, int unknown, int malformed, int placeholder,
                           int languageMissing, int ambiguous) {

    static DraftSummary of(List<DraftReference> references, List<Boolean> languageMissing) {
        return ofStatuses(references.stream().map(DraftReference::status).toList(), languageMissing);
    }

    public static DraftSummary ofStatuses(List<DraftStatus> references, List<Boolean> languageMissing) {
        int found = 0;
        int unknown = 0;
        int malformed = 0;
        int placeholder = 0;
        int missing = 0;
        int ambiguous = 0;
        for (int i = 0; i < references.size(); i++) {
            switch (references.get(i)) {
                case FOUND -> found++;
                case UNKNOWN -> unknown++;
                case MALFORMED -> malformed++;
                case PLACEHOLDER -> placeholder++;
                case AMBIGUOUS -> ambiguous++;
            }
            if (languageMissing.get(i)) {
                missing++;
            }
        }
        return new DraftSummary(references.size(), found, unknown, malformed, placeholder, missing, ambiguous);
    }
}
