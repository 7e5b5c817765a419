package org.unsymbol.extract;

import org.unsymbol.lang.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unsymbol.symbol.SymbolKind;

/** The Spanish draft A/AC.292/2024/L.1 end to end: its references, exactly, and nothing else. */
class SeedDraftExtractionTest {

    private static final String DRAFT = ReferenceFiles.seedDraft();
    private static final Extraction RESULT = ReferenceExtractor.standard().extract(DRAFT);

    @Test
    void findsExactlyTheSixteenReferencesAndThePlaceholder() {
        Set<String> documents = Set.of("A/77/275", "A/78/265", "A/AC.292/2023/INF/7", "A/AC.292/2024/INF/2",
                "A/AC.292/2024/INF/4", "A/AC.292/2023/4", "A/AC.292/2023/INF/6", "A/AC.292/2024/1",
                "A/AC.292/2024/INF/1", "A/AC.292/2024/4", "A/AC.292/2024/INF/3", "A/AC.292/2021/1");
        Set<String> expected = new TreeSet<>(documents);
        expected.addAll(List.of("A/RES/75/240", "A/AC.292/2024/L.1", "A/DEC/77/512", "A/DEC/78/541",
                "A/AC.292/2024/CRP.X"));
        assertEquals(expected, new TreeSet<>(RESULT.symbols()));
    }

    @Test
    void statusesKindsAndDerivation() {
        Map<String, Reference> bySymbol = new TreeMap<>();
        RESULT.references().forEach(r -> bySymbol.putIfAbsent(r.symbol(), r));
        Reference placeholder = bySymbol.get("A/AC.292/2024/CRP.X");
        assertEquals(ReferenceStatus.PLACEHOLDER, placeholder.status());
        assertEquals("A/AC.292/2024/CRP.X", placeholder.text());
        List<String> notPlaceholders = RESULT.references().stream()
                .filter(r -> r.status() != ReferenceStatus.VALID).map(Reference::symbol).distinct().toList();
        assertEquals(List.of("A/AC.292/2024/CRP.X"), notPlaceholders);

        Reference resolution = bySymbol.get("A/RES/75/240");
        assertTrue(resolution.derived());
        assertEquals(SymbolKind.RESOLUTION, resolution.kind());
        assertEquals("75/240", resolution.text());
        assertEquals(SymbolKind.DECISION, bySymbol.get("A/DEC/78/541").kind());
        assertTrue(bySymbol.get("A/DEC/77/512").derived());
        assertFalse(bySymbol.get("A/78/265").derived());
    }

    @Test
    void countsEveryOccurrenceWithExactOffsets() {
        Map<String, Long> counts = RESULT.references().stream()
                .collect(Collectors.groupingBy(Reference::symbol, TreeMap::new, Collectors.counting()));
        assertEquals(3L, counts.get("A/RES/75/240")); // [75/240](#) twice, "resolución 75/240 de la Asamblea"
        assertEquals(3L, counts.get("A/DEC/78/541")); // "77/512 y 78/541", and two "decisión 78/541"
        assertEquals(2L, counts.get("A/78/265"));
        assertEquals(2L, counts.get("A/AC.292/2021/1"));
        for (Reference r : RESULT.references()) {
            assertEquals(r.text(), DRAFT.substring(r.start(), r.end()));
        }
    }

    @Test
    void nothingFromDatesYearsUrlsOrAgendaItems() {
        for (Reference r : RESULT.references()) {
            assertFalse(r.text().contains("2021-2025"), r.toString());
            assertFalse(r.text().matches("\\d{1,2}"), r.toString());
            assertFalse(r.text().contains("unoda"), r.toString());
        }
        assertEquals(Language.ES, RESULT.language().orElseThrow());
    }
}
