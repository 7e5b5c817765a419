package org.unsymbol.catalogue.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobNumberTest {

    @Test
    void thePrintedFormKeepsTheFiveDigitsOfTheNumber() {
        assertEquals("24-00012", JobNumber.parse("N2400012").orElseThrow().printed());
        assertEquals("N2400012", JobNumber.parse("N2400012").orElseThrow().canonical());
        assertEquals("24-22345", JobNumber.parse("N2422345").orElseThrow().printed());
        assertEquals("24-00012", JobNumber.parse("24-12").orElseThrow().printed());
        assertEquals("24-00012", JobNumber.parse("24-00012").orElseThrow().wire());
    }
}
