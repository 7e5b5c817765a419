package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsymbol.lang.Language;

/**
 * Two forms of issue 12 found after the merge of its rules: a root that carries its session number (UNIDO's Industrial
 * Development Board {@code IDB.50/Dec.11}, its General Conference {@code GC.18/INF/4}: the real forms of corpus
 * en-082 and en-084, varied here), and a GA session/number followed by the year it was adopted ("resolution 76/142
 * (2021)", en-065), which is never a Security Council resolution, whatever the year says.
 */
class SessionRootAndDatedNumberTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    private static List<String> symbols(String text) {
        return EXTRACTOR.extract(text, Language.EN).references().stream().map(Reference::symbol).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the agenda adopted in decision IDB.47/Dec.3, as well as|IDB.47/Dec.3",
        "In November 2019 the Board adopted IDB.47/Dec.9 introducing|IDB.47/Dec.9",
        "(see GC.19/INF/2 and IDB.52/1/Add.1).|GC.19/INF/2;IDB.52/1/Add.1",
        // not a root with a session: lower case, one letter, four digits, a sales number, an ISO standard
        "see No.5/2020 and art.12/3 of the law|",
        "ISO.9001/2015 certification|",
        "the publication E.77.I.6 and A.1/2|",
    })
    void rootsNumberedWithTheirSession(String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertEquals(want, symbols(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in General Assembly resolution 76/142 (2021), Member States|A/RES/76/142",
        "as requested in resolution 70/1 (2015) and|A/RES/70/1",
        "recalling resolutions 55/2 (2000) and 60/1 (2005)|A/RES/55/2;A/RES/60/1",
        // the Council's own numbers keep their year
        "Security Council resolution 1325 (2000)|S/RES/1325 (2000)",
        "resolution 2719 (2023) of the Council|S/RES/2719 (2023)",
    })
    void aSessionNumberWithAYearIsAnAssemblyResolution(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), symbols(text));
    }

    /** A placeholder is refused by the grammar, and still says what it stands for: the draft's reader needs the kind. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "see A/AC.292/2024/CRP.X for the list|CONFERENCE_ROOM_PAPER",
        "the draft A/79/L.xx will be|DRAFT",
        "in E/CN.6/2025/WP.X above|WORKING_PAPER",
        "in A/HRC/58/XX above|DOCUMENT",
    })
    void aPlaceholderKeepsTheKindOfItsSeries(String text, String kind) {
        List<Reference> refs = EXTRACTOR.extract(text, Language.EN).references();
        assertEquals(1, refs.size(), refs.toString());
        assertEquals(ReferenceStatus.PLACEHOLDER, refs.get(0).status());
        assertEquals(kind, refs.get(0).kind().name());
    }
}
