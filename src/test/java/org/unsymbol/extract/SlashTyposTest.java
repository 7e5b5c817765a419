package org.unsymbol.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Slash typos in running text are references the editor must see, reported malformed with the grammar's repair, and a
 * symbol is never read across a space into the next word.
 */
class SlashTyposTest {

    private static List<Reference> refs(String text) {
        return ReferenceExtractor.standard().extract(text).references();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "el documento A//78/1 y el informe          | A//78/1   | A/78/1",
            "el documento A/78//1 y el informe          | A/78//1   | A/78/1",
            "see A/HRC/55/ and the report               | A/HRC/55/ | A/HRC/55",
            "voir le document E/CN.4/2005/, et          | E/CN.4/2005/ | E/CN.4/2005",
    })
    void aDoubledOrTrailingSlashIsMalformedWithItsRepair(String text, String written, String suggestion) {
        List<Reference> r = refs(text);
        assertEquals(1, r.size(), r.toString());
        assertEquals(written, r.get(0).text());
        assertEquals(ReferenceStatus.MALFORMED, r.get(0).status());
        assertEquals(suggestion, r.get(0).suggestions().isEmpty() ? null : r.get(0).suggestions().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "la resolución A/RES/75/ del 31 de diciembre | A/RES/75/",
            "A/HRC/55/ or A/HRC/56/ and                  | A/HRC/55/",
    })
    void aTrailingSlashNeverJoinsTheNextWord(String text, String first) {
        assertEquals(first, refs(text).get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "see https://undocs.org//A/78/1 now",
            "a path //A/78/2 here",
            "the code AB//CD here",
    })
    void urlsAndPathsAreStillNotSymbols(String text) {
        assertEquals(List.of(), refs(text).stream().map(Reference::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "el documento A/AC.292/ 2024/L.1 y   | A/AC.292/2024/L.1",
            "the report A/78/ 265 and            | A/78/265",
    })
    void aSpaceAfterASlashBeforeAComponentIsStillJoined(String text, String symbol) {
        assertEquals(symbol, refs(text).get(0).symbol());
    }
}
