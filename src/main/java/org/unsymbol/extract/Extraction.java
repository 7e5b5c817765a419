package org.unsymbol.extract;

import org.unsymbol.lang.Language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the extractor found in one text.
 *
 * @param references every reference, in input order (by start, then as cited)
 * @param language   the language given by the caller, or else detected from the text; empty when neither
 * @param notices    what the extractor did or declined to do (capped ranges, repaired lines)
 */
public record Extraction(List<Reference> references, Optional<Language> language, List<Notice> notices) {

    public Extraction {
        references = List.copyOf(references);
        notices = List.copyOf(notices);
    }

    /** The distinct canonical symbols, in order of first appearance. */
    public List<String> symbols() {
        Set<String> seen = new LinkedHashSet<>();
        for (Reference r : references) {
            seen.add(r.symbol());
        }
        return List.copyOf(seen);
    }
}
