package org.unsymbol.catalogue.model;

import java.util.Optional;

/**
 * A stored relation between two documents, named as seen from the document that states it; each has an inverse, as
 * seen from the other side ({@code A/C.3/78/L.60 adopted-as A/RES/78/243} is {@code A/RES/78/243 draft A/C.3/78/L.60}).
 * The Add./Corr./Rev./Amend. family is not stored: it follows from the symbols.
 */
public enum RelationType {
    ADOPTED_AS("adopted-as", "draft"),
    DRAFT("draft", "adopted-as"),
    REPLACES("replaces", "replaced-by"),
    REPLACED_BY("replaced-by", "replaces"),
    CITES("cites", "cited-by"),
    CITED_BY("cited-by", "cites"),
    RELATED("related", "related");

    private final String wire;
    private final String inverse;

    RelationType(String wire, String inverse) {
        this.wire = wire;
        this.inverse = inverse;
    }

    public String wire() {
        return wire;
    }

    public RelationType inverse() {
        return parse(inverse).orElseThrow();
    }

    public static Optional<RelationType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (RelationType r : values()) {
            if (r.wire.equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
