package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsymbol.lang.Language;

/**
 * Issue 12, classes 3, 4, 6 and 13 in running text: combined treaty-body reports kept whole, plural modifiers expanded,
 * the reissue asterisk dropped, and a well-formed symbol of an unregistered series reported as valid. Passages are
 * real (src/test/resources/corpus/passages/passages.jsonl, with their sources there) or the issue's own examples.
 * Expected lists are canonical symbols in text order, then (after {@code ||}) statuses where they matter.
 */
class CombinedPluralReissueExtractionTest {

    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    private static List<String> symbols(String text) {
        return EXTRACTOR.extract(text, Language.EN).references().stream().map(Reference::symbol).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // class 3, real: en-002, en-003, en-050, en-051, es-008 (OHCHR docstore and copies)
        "the consolidated third and fourth periodic reports of Germany (CRC/C/DEU/3-4) and the written replies"
                + " (CRC/C/DEU/Q/3-4/Add.1)|CRC/C/DEU/3-4;CRC/C/DEU/Q/3-4/Add.1",
        "the nineteenth to twenty-second reports of Germany, submitted in one document (CERD/C/DEU/19-22), at its"
                + " 2337th and 2338th meetings|CERD/C/DEU/19-22",
        "(CEDAW/C/FRA/7-8 and Add.1; CEDAW/C/FRA/Q/7-8 and Add.1)"
                + "|CEDAW/C/FRA/7-8;CEDAW/C/FRA/7-8/Add.1;CEDAW/C/FRA/Q/7-8;CEDAW/C/FRA/Q/7-8/Add.1",
        "las respuestas escritas a la lista de cuestiones (CRC/C/ESP/Q/5-6/Add.1), que han permitido"
                + "|CRC/C/ESP/Q/5-6/Add.1",
        "the issue's forms: CRC/C/DEU/5-6, CEDAW/C/FRA/7\u20138 and CRC/C/NZL/Q/3-4/Add.1."
                + "|CRC/C/DEU/5-6;CEDAW/C/FRA/7-8;CRC/C/NZL/Q/3-4/Add.1",
        // counter-examples: ranges elsewhere keep today's reading
        "(see CRC/C/SR.2448 and 2449)|CRC/C/SR.2448;CRC/C/SR.2449",
        "A/C.3/59/SR.24-26|A/C.3/59/SR.24;A/C.3/59/SR.25;A/C.3/59/SR.26",
        "the protocol report CRC/C/OPAC/DEU/1-2 here|CRC/C/OPAC/DEU/1",
        "CRC/C/DEU/1-20 is not a combined report|CRC/C/DEU/1",
        // class 4, the issue's examples
        "E/CN.4/2004/Adds.1 and 2|E/CN.4/2004/Add.1;E/CN.4/2004/Add.2",
        "E/CN.4/2003/12/Corrs.1 and 2|E/CN.4/2003/12/Corr.1;E/CN.4/2003/12/Corr.2",
        "E/CN.4/2004/Adds.1-3|E/CN.4/2004/Add.1;E/CN.4/2004/Add.2;E/CN.4/2004/Add.3",
        "A/59/100 and Adds.1 and 2|A/59/100;A/59/100/Add.1;A/59/100/Add.2",
        "A/59/100 Adds.1-2|A/59/100/Add.1;A/59/100/Add.2",
        // class 4 elisions, real: en-003 (OHCHR), en-120 and en-121 (legal.un.org ILC document lists), fr-005 (un.org)
        "(CERD/C/SR.2337 and SR.2338), held on 5 and 6 May 2015|CERD/C/SR.2337;CERD/C/SR.2338",
        "A/CN.4/238 + Add.1\u20132 Observations of Member States|A/CN.4/238;A/CN.4/238/Add.1;A/CN.4/238/Add.2",
        "A/CN.4/620 + Add.1 Topical summary|A/CN.4/620;A/CN.4/620/Add.1",
        "(A/50/141 et Corr.2 et Add.1 à 3). L’Assemblée"
                + "|A/50/141;A/50/141/Corr.2;A/50/141/Add.1;A/50/141/Add.2;A/50/141/Add.3",
        "A/C.3/59/SR.24 to 26|A/C.3/59/SR.24;A/C.3/59/SR.25;A/C.3/59/SR.26",
        // counter-examples: a date after "to", a count after "and", a word that only ends like the type
        "draft A/78/L.1 to 3 May|A/78/L.1",
        "A/78/265 and 3 others|A/78/265",
        "A/78/PV.1 and CSR.2|A/78/PV.1",
        // class 6, real: en-089 (un.org/disarmament), en-132 (cited UN Doc.)
        "08-Jan-08 BWC/MSP/2007/WP.9* Proposal for improving national implementation|BWC/MSP/2007/WP.9",
        "UN Doc. PCNICC/1999/INF/3*, is available online|PCNICC/1999/INF/3",
        "the report A/58/323* of the Secretary-General|A/58/323",
        // joint symbols of reissues with a spaced dash, real: en-019 (isa.org.jm), en-021 (a copy of ISBA/25/A/2)
        "ISBA/21/C/15* \u2013 ISBA/21/A/6* Decision of the Assembly|ISBA/21/C/15-ISBA/21/A/6",
        "ISBA/25/A/10- ISBA/25/C/31 Decision|ISBA/25/A/10-ISBA/25/C/31",
        // counter-examples: a spaced dash between two symbols without a reissue mark is a list, not a joint symbol
        "A/78/1 \u2013 A/78/2|A/78/1;A/78/2",
        "A/78/1 - S/2023/5|A/78/1;S/2023/5",
    })
    void findsEachDocumentOnce(String text, String expected) {
        assertEquals(List.of(expected.split(";")), symbols(text));
    }

    @Test
    void pluralModifierRangesAreCapped() {
        List<String> got = symbols("A/59/100/Adds.1-500");
        assertEquals(WrittenSymbols.RANGE_CAP + 1, got.size());
        assertEquals("A/59/100/Add.1", got.get(0));
    }

    @Test
    void theReissueNoteReachesTheReference() {
        Reference r = EXTRACTOR.extract("the report A/58/323* of", Language.EN).references().get(0);
        assertEquals(ReferenceStatus.VALID, r.status());
        assertEquals("A/58/323*", r.text());
        assertEquals(org.unsymbol.symbol.FindingCode.NORMALIZED_REISSUE_MARK, r.findings().get(0).code());
    }

    @Test
    void anUnregisteredSeriesIsAValidReferenceButAPressReleaseIsNone() {
        ReferenceExtractor organsOnly = new ReferenceExtractor(new org.unsymbol.symbol.SymbolParser(
                new org.unsymbol.symbol.BodyRegistry(org.unsymbol.symbol.BodyRegistry.bundled().all().stream()
                        .filter(b -> b.isRoot() && b.prefix().length() == 1).toList()),
                java.time.Clock.systemUTC()));
        List<Reference> refs = organsOnly.extract("UN-Women (UNW/2021/10) and the press release SC/6784 and "
                + "SEA/2125", Language.EN).references();
        assertEquals(List.of("UNW/2021/10"), refs.stream().map(Reference::symbol).toList());
        assertEquals(ReferenceStatus.VALID, refs.get(0).status());
        assertEquals(org.unsymbol.symbol.FindingCode.UNREGISTERED_ROOT, refs.get(0).findings().get(0).code());
    }
}
