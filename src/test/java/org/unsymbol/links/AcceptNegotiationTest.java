package org.unsymbol.links;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcceptNegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "NONE|REDIRECT",
            "*/*|REDIRECT",
            "text/html|REDIRECT",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8|REDIRECT",
            "application/json|JSON",
            "application/json, */*;q=0.1|JSON",
            "text/html;q=0.5, application/json|JSON",
            "application/json;q=0.2, application/x-bibtex;q=0.9|BIBTEX",
            "application/x-research-info-systems|RIS",
            "application/vnd.citationstyles.csl+json|CSL_JSON",
            "application/*|JSON",
            "image/png, */*;q=0.1|REDIRECT",
            "application/json;q=0, */*|REDIRECT",
            "image/png|NONE",
            "application/json;q=0|NONE",
            "garbage|NONE",
            "text/x-bibliography; style=apa|BIBLIOGRAPHY",
            "text/x-bibliography;q=0.9, application/json;q=0.5|BIBLIOGRAPHY",
    })
    void choosesByQualityThenSpecificity(String accept, String expected) {
        Optional<Representation> chosen = AcceptNegotiation.choose(accept);
        assertEquals(expected == null ? Optional.empty() : Optional.of(Representation.valueOf(expected)), chosen);
    }

    @org.junit.jupiter.api.Test
    void theChosenRangeHandsBackItsParameters() {
        AcceptNegotiation.Choice c = AcceptNegotiation.negotiate(
                "application/json;q=0.1, text/x-bibliography; Style=\"chicago-author-date\"; locale=fr-FR; q=0.9").get();
        assertEquals(Representation.BIBLIOGRAPHY, c.representation());
        assertEquals(java.util.Map.of("style", "chicago-author-date", "locale", "fr-FR"), c.parameters());
        assertEquals(java.util.Map.of(), AcceptNegotiation.negotiate("*/*; style=apa").get().parameters());
    }
}
