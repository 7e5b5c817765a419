package org.unsymbol.catalogue;

import org.junit.jupiter.api.Test;
import org.unsymbol.catalogue.model.DocumentFilter;
import org.unsymbol.catalogue.wire.DocumentJson;
import org.unsymbol.catalogue.wire.RecordValidator;
import org.unsymbol.symbol.BodyRegistry;
import org.unsymbol.symbol.SymbolParser;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The catalogue's checks read symbols with the parser they are given, clock included (plain JUnit, no container). A
 * General Assembly session is plausible up to the one in course, which opens in September: session 80 opened on
 * 1 September 2025. {@code q} is looked up as a symbol only when the grammar finds it plausible, so the same search
 * is a title search the day before and a symbol lookup on the day.
 */
class CatalogueQueryClockTest {

    private static SymbolParser parserOn(String instant) {
        return new SymbolParser(BodyRegistry.bundled(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static DocumentFilter search(SymbolParser parser, String q) {
        return new CatalogueQuery(parser).filter(null, null, null, null, null, null, null, null, q);
    }

    @Test
    void aSessionNotYetOpenByTheParsersClockIsSearchedAsWords() {
        DocumentFilter before = search(parserOn("2025-08-31T23:00:00Z"), "A/80/1");

        assertNull(before.symbolKey());
        assertNotNull(before.text());
    }

    @Test
    void theSameQueryIsASymbolLookupOnceTheSessionOpens() {
        DocumentFilter on = search(parserOn("2025-09-01T00:00:00Z"), "A/80/1");

        assertEquals("A/80/1", on.symbolKey());
        assertNull(on.text());
    }

    @Test
    void theValidatorCataloguesAFutureSessionUnderEitherClock() {
        // a plausibility doubt (here: a session after the one in course) still catalogues, as CatalogueSymbols says;
        // the clock decides the doubt, never whether the record is refused
        DocumentJson json = DocumentJson.input("A/80/1", null, null, null, null, null, null, null, null, null, null,
                null);
        for (String instant : new String[] {"2025-08-31T23:00:00Z", "2025-09-01T00:00:00Z"}) {
            RecordValidator.Checked checked = new RecordValidator(parserOn(instant)).check(json, null);
            assertNull(checked.violation(), instant);
            assertEquals("A/80/1", checked.record().key(), instant);
        }
    }
}
