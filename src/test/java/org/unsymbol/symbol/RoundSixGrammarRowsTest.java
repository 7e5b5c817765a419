package org.unsymbol.symbol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unsymbol.symbol.GrammarRows.canonical;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar rules written from the round-six failures (issue 12): the pre-ISO two-letter State code of 1990s
 * treaty-body documents ({@code UK}). The examples are made up for the rule, not the corpus rows.
 */
class RoundSixGrammarRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CEDAW/C/UK/2|CEDAW/C/UK/2",
        "CRC/C/UK/CO/1|CRC/C/UK/CO/1",
        "CEDAW/C/UK/3/Add.3|CEDAW/C/UK/3/Add.3",
        // decoys: other two-letter codes are no State's place, and GBR stays as it is
        "CEDAW/C/US/3|MALFORMED",
        "CEDAW/C/XY/3|MALFORMED",
        "CEDAW/C/GBR/7|CEDAW/C/GBR/7"})
    void preIsoStateCode(String written, String expected) {
        assertEquals(expected, canonical(written));
    }
}
