package org.unsymbol.resolve;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.junit.jupiter.api.Test;
import org.unsymbol.lang.Language;
import org.unsymbol.links.LinkState;
import org.unsymbol.links.LinkStateJson;
import org.unsymbol.links.Links;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbolapi.FindingView;
import org.unsymbol.testing.PlainResolver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written {@link ResolutionJson} writes exactly what Jackson's reflective record serializer writes, for every
 * shape a resolution takes: valid and invalid, catalogued or not, with and without title, fallback, warnings,
 * suggestions and checked links. The reference is the same mapper with the custom serializer switched off by a
 * mix-in, so a field added to {@link Resolution}, {@link Links} or {@link LinkStateJson} and not to the writer fails
 * here.
 */
class ResolutionJsonTest {

    /** Resolution's annotations, minus the custom serializer. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = JsonSerializer.None.class)
    private interface Reflective {
    }

    private static final ObjectMapper FAST = new ObjectMapper();
    private static final ObjectMapper REFLECTIVE = new ObjectMapper().addMixIn(Resolution.class, Reflective.class);

    @Test
    void theReferenceReallyIsTheReflectiveSerializer() throws Exception {
        // guards the guard: if the mix-in did not switch the writer off, both sides would be the same code
        Resolution r = Resolution.invalid("A//1", SymbolParser.standard().parse("A//1"));
        Object reflective = REFLECTIVE.getSerializerProviderInstance().findValueSerializer(Resolution.class);
        Object fast = FAST.getSerializerProviderInstance().findValueSerializer(Resolution.class);
        assertTrue(reflective instanceof com.fasterxml.jackson.databind.ser.BeanSerializer, reflective.toString());
        assertTrue(fast instanceof ResolutionJson, fast.toString());
        assertEquals(REFLECTIVE.writeValueAsString(r), FAST.writeValueAsString(r));
    }

    @Test
    void everyResolverAnswerIsWrittenAsTheReflectiveSerializerWritesIt() throws Exception {
        PlainResolver p = new PlainResolver()
                .with("A/78/265", Language.EN, Language.EN, Language.ES)
                .with("S/RES/2719 (2023)", Language.EN, Language.AR, Language.ZH, Language.EN, Language.FR,
                        Language.RU, Language.ES)
                .with("E/CN.4/2005/L.10/Add.1", Language.FR)
                .checked(PlainResolver.odsPdf("A/78/265", Language.FR), LinkState.Status.MISSING)
                .checked(PlainResolver.odsPdf("A/78/265", Language.EN), LinkState.Status.OK)
                .checked(PlainResolver.odsPdf("A/78/265", Language.RU), LinkState.Status.FAILING);
        List<String> inputs = List.of("A/78/265", "a/78/265", "S/RES/2719 (2023)", "S/RES/2719(2023)",
                "E/CN.4/2005/L.10/Add.1", "A/79/1", "A/DEC/59/552", "CRC/C/DEU/5-6", "A/58/323*", "А/34/33",
                "A/AC.292/2024/CRP.X", "A//78/265", "", "not a symbol", "A/HRC/RES/53/1", "UNW/2021/10");
        List<Optional<Language>> languages = new ArrayList<>(List.of(Optional.empty()));
        Arrays.stream(Language.values()).map(Optional::of).forEach(languages::add);
        int compared = 0;
        for (String input : inputs) {
            for (Optional<Language> lang : languages) {
                for (String accept : new String[] {null, "fr-CH, fr;q=0.9, en;q=0.8", "xx"}) {
                    List<Resolution> answers = p.resolver.resolveAll(List.of(input), lang, accept);
                    for (Resolution r : answers) {
                        assertEquals(REFLECTIVE.writeValueAsString(r), FAST.writeValueAsString(r), input + " " + lang);
                        compared++;
                    }
                }
            }
        }
        assertEquals(inputs.size() * languages.size() * 3, compared);
    }

    @Test
    void fieldsNoResolverAnswerHasYetAreWrittenTheSameToo() throws Exception {
        Map<String, LinkStateJson> health = new LinkedHashMap<>();
        health.put("document", new LinkStateJson("ok", Instant.EPOCH.toString(), Instant.EPOCH.toString(), 0.875,
                200, "pdf"));
        health.put("odsPdf", LinkStateJson.UNCHECKED);
        health.put("odsDoc", null);
        List<Resolution> shapes = List.of(
                new Resolution("x", null, false, null, null, null, null, null, null, null, null,
                        List.of(new FindingView("MALFORMED", "ERROR", "quote \" and é and \u0000", 0, 1)),
                        List.of(), List.of("A/1", "A/2"), null, null),
                new Resolution("y", "A/1", true, false, "document", "fr", "en", true, List.of("en"), "T\u00edtulo",
                        new Links("d", null, null, null, "dl"), null,
                        List.of(new FindingView("W", "WARNING", "m", 3, 4)), null, "missing", health),
                new Resolution("z", "A/2", true, true, "resolution", "ar", "ar", false, List.of(), null,
                        new Links("d", "u", "p", "w", "dl"), null, List.of(), null, "available", Map.of()));
        for (Resolution r : shapes) {
            assertEquals(REFLECTIVE.writeValueAsString(r), FAST.writeValueAsString(r));
        }
        // and a difference would be seen: the two serializers are compared, not one with itself
        assertNotEquals(REFLECTIVE.writeValueAsString(shapes.get(0)), FAST.writeValueAsString(shapes.get(1)));
    }
}
