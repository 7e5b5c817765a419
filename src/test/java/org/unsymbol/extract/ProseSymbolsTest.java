package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsymbol.symbol.SymbolParser;

/** Lower-case and full-width symbols in prose: found where unambiguous, and the decoys left alone. */
class ProseSymbolsTest {

    private static final SymbolParser PARSER = SymbolParser.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "as set out in a/78/265, the report|A/78/265",
            "see (s/2020/1) and a/res/75/240.|S/2020/1 A/RES/75/240",
            "véase el documento Ａ/78/265|A/78/265",
            "véase A／78／265 y|A/78/265",
            "and/or km/h n/a w/o 1/2/2020 a/b|",
            "https://undocs.org/a/78/265 and www.un.org/a/78/265|",
            "docs/a/78/265 is a path|",
            "xyzq/2021/10 has no registered root|",
            "A/78/265 is found by the extractor already|"})
    void foundWhereUnambiguous(String text, String expected) {
        List<Reference> existing = ReferenceExtractor.standard().extract(text).references();
        List<Reference> found = ProseSymbols.find(text, existing, PARSER);
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ")),
                found.stream().map(Reference::symbol).toList());
        for (Reference r : found) {
            assertEquals(r.text(), text.substring(r.start(), r.end()));
        }
    }
}
