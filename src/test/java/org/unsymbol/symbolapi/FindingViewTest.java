package org.unsymbol.symbolapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.unsymbol.platform.problem.Problem;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one wire shape of a finding and of the MALFORMED_SYMBOL problem, without a server. */
class FindingViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SymbolParser PARSER = SymbolParser.standard();

    @Test
    void aFindingIsCodeSeverityMessageStartEndWithTheSeverityInUpperCase() throws Exception {
        ParseResult p = PARSER.parse("a/78/265 Add.l");
        List<FindingView> warnings = FindingView.all(p.warnings());
        assertTrue(warnings.stream().allMatch(f -> f.severity().equals("WARNING")), warnings.toString());
        FindingView ocr = warnings.stream().filter(f -> f.code().equals("NORMALIZED_OCR")).findFirst().orElseThrow();
        assertEquals("{\"code\":\"NORMALIZED_OCR\",\"severity\":\"WARNING\",\"message\":\"" + ocr.message()
                + "\",\"start\":" + ocr.start() + ",\"end\":" + ocr.end() + "}", JSON.writeValueAsString(ocr));
        FindingView error = FindingView.all(PARSER.parse("A/78/265/Rev.").errors()).get(0);
        assertEquals("ERROR", error.severity());
    }

    @Test
    void theProblemCarriesInputTierEveryFindingAndTheSuggestions() {
        ParseResult p = PARSER.parse("S/2024/12/Corr.");
        Problem problem = MalformedSymbol.problem(p).problem();
        assertEquals("MALFORMED_SYMBOL", problem.getCode());
        assertEquals(422, problem.getStatus());
        assertEquals(List.of("input", "tier", "findings", "suggestions"),
                List.copyOf(problem.getExtensions().keySet()));
        assertEquals("S/2024/12/Corr.", problem.getExtensions().get("input"));
        assertEquals("MALFORMED", problem.getExtensions().get("tier"));
        assertEquals(FindingView.all(p.findings()), problem.getExtensions().get("findings"));
        assertEquals(p.suggestions(), problem.getExtensions().get("suggestions"));
        assertTrue(problem.getDetail().startsWith("'S/2024/12/Corr.' is not a valid UN document symbol: "),
                problem.getDetail());
    }

    @Test
    void anEmptyInputStillGetsADetailAndItsFinding() {
        Problem problem = MalformedSymbol.problem(PARSER.parse("")).problem();
        assertEquals("", problem.getExtensions().get("input"));
        assertTrue(!((List<?>) problem.getExtensions().get("findings")).isEmpty());
    }
}
