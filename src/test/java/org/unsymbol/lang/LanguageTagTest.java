package org.unsymbol.lang;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Language#fromTag} reads the tag in place; it must answer what the plain definition answers (strip, cut at
 * the first '-' or else '_', two letters compared ignoring case), for every tag built from a set of awkward
 * characters: non-ASCII letters whose case maps to ASCII (long s, dotless i, Kelvin sign), spaces, separators.
 */
class LanguageTagTest {

    private static Optional<Language> definition(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip();
        int dash = primary.indexOf('-');
        if (dash < 0) {
            dash = primary.indexOf('_');
        }
        if (dash >= 0) {
            primary = primary.substring(0, dash);
        }
        if (primary.length() != 2) {
            return Optional.empty();
        }
        for (Language l : Language.values()) {
            if (l.name().equalsIgnoreCase(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @Test
    void answersAsTheDefinitionForEveryAwkwardTag() {
        String chars = "aAeEfFnNrRsSuUzZhHx\u017f\u0131\u212a\u00e9 -_\u00a0\u2003";
        List<String> tags = new ArrayList<>();
        tags.add(null);
        tags.add("");
        for (char a : chars.toCharArray()) {
            tags.add(String.valueOf(a));
            for (char b : chars.toCharArray()) {
                String two = "" + a + b;
                tags.add(two);
                tags.add(" " + two + "\t");
                tags.add(two + "-419");
                tags.add(two + "_CH");
                tags.add(two + "x");
                for (char c : " -_".toCharArray()) {
                    tags.add(two + c + "Hans");
                }
            }
        }
        int known = 0;
        for (String tag : tags) {
            Optional<Language> expected = definition(tag);
            assertEquals(expected, Language.fromTag(tag), String.valueOf(tag));
            known += expected.isPresent() ? 1 : 0;
        }
        // the set really holds tags of every language, in both cases, with regions and spaces
        assertEquals(true, known > 100, "known tags: " + known);
        assertEquals(Optional.of(Language.ES), Language.fromTag("e\u017f"));
        assertEquals(Optional.of(Language.ZH), Language.fromTag(" zh-Hans "));
        assertEquals(Optional.empty(), Language.fromTag("eng"));
    }
}
