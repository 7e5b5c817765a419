package org.unsymbol.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.unsymbol.extract.ReferenceStatus;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A draft reference's status: the grammar's verdict split by the catalogue, written in lower case. */
class DraftStatusTest {

    @Test
    void theWireNamesAreTheLowerCaseNames() throws Exception {
        assertEquals(List.of("found", "unknown", "malformed", "placeholder", "ambiguous"),
                Arrays.stream(DraftStatus.values()).map(DraftStatus::wireName).toList());
        assertEquals("[\"found\",\"placeholder\"]",
                new ObjectMapper().writeValueAsString(List.of(DraftStatus.FOUND, DraftStatus.PLACEHOLDER)));
    }

    @Test
    void onlyAValidReferenceAsksTheCatalogue() {
        assertEquals(DraftStatus.FOUND, DraftStatus.of(ReferenceStatus.VALID, true));
        assertEquals(DraftStatus.UNKNOWN, DraftStatus.of(ReferenceStatus.VALID, false));
        for (boolean catalogued : new boolean[]{true, false}) {
            assertEquals(DraftStatus.MALFORMED, DraftStatus.of(ReferenceStatus.MALFORMED, catalogued));
            assertEquals(DraftStatus.PLACEHOLDER, DraftStatus.of(ReferenceStatus.PLACEHOLDER, catalogued));
        }
    }
}
