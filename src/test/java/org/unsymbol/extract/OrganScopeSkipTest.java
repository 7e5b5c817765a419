package org.unsymbol.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unsymbol.extract.CitedNumbers.Num;
import org.unsymbol.extract.CitedNumbers.Organ;
import org.unsymbol.extract.Lexicon.Word;

/**
 * The organ scope jumps to the last sentence-ending line break before a citation instead of reading every character
 * (a speed-up: that break clears the scope). This checks the jump changes no answer: on texts built at random from
 * organ names, sentence ends, line breaks, quotes, Chinese names and possessive citations in several languages, a
 * skipping scope and one that reads every character give the same organ for every citation, for every combination
 * of the resolve flags, and hold the same organs and subject.
 */
class OrganScopeSkipTest {

    private static final List<String> PIECES = List.of(
            "The Security Council", "The General Assembly", "the General Assembly", ", in its resolution ",
            "Recalling its resolution ", "resolution ", "the Council", "the Commission on Narcotic Drugs",
            "The Economic and Social Commission for Asia and the Pacific, Recalling ", "la Asamblea General",
            "el Consejo de Seguridad", "la resolución ", "l'Assemblée générale", "sa résolution ",
            "Совет Безопасности", "свою резолюцию ", "大会", "安全理事会", "人权理事会", "委员会", "其第", "号决议",
            "第", "2118", "70/1", "45/179", "51/241", "1267 (1999)", "62/1", "9/1", "2 (I)", "S-10/2", "ES-10/2",
            ".", ". ", ".\n", ".\n\n", "\n", "\n\n", ";", ", ", ": ", "\"", "”", "» ", "*", "_", " ", "  ",
            "\u2029", "\u2028", "\r\n", "。", "。\n", "?\n", "! ", "U.N. ", "Res. ", "and ", "y ", "met today",
            "The report", "Human Rights Council", "Economic and Social Council", "UNMIK", "adopted at its ninth "
            + "session ", "мировой ", "مجلس الأمن", "قرارها ", "الجمعية العامة");

    @Test
    void skippingChangesNoAnswer() {
        Random random = new Random(20261201L);
        int citations = 0;
        int possessiveNear = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 5 + random.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = sb.toString();
            int flags = random.nextInt(8);
            boolean possessive = (flags & 1) != 0;
            boolean bareOk = (flags & 2) != 0;
            boolean nearest = (flags & 4) != 0;
            Organ local = random.nextInt(4) == 0 ? Organ.COUNCIL : Organ.NONE;
            Word kind = random.nextBoolean() ? Word.RESOLUTION : Word.DECISION;
            OrganScope skipping = new OrganScope(text, text.toCharArray(), true);
            OrganScope reading = new OrganScope(text, text.toCharArray(), false);
            for (int i = 0; i < text.length(); i++) {
                if (!Chars.isDigit(text.charAt(i)) || i > 0 && Chars.isDigit(text.charAt(i - 1))) {
                    continue;
                }
                Num num = CitedNumbers.parseNumber(text, i);
                if (num == null) {
                    continue;
                }
                citations++;
                int at = i;
                Organ a = skipping.resolve(i, kind, num, local, possessive, bareOk, nearest);
                Organ b = reading.resolve(i, kind, num, local, possessive, bareOk, nearest);
                assertEquals(b, a, () -> "at " + at + " in " + text.replace("\n", "\\n"));
                assertEquals(reading.at(at), skipping.at(at), () -> "organs at " + at + " in " + text);
                assertEquals(reading.subjectAt(at), skipping.subjectAt(at), () -> "subject at " + at + " in " + text);
                if (possessive && local == Organ.NONE) {
                    possessiveNear++;
                }
                i = Math.max(i, num.end - 1);
            }
        }
        assertTrue(citations > 5_000, "citations checked: " + citations);
        assertTrue(possessiveNear > 500, "possessive citations checked: " + possessiveNear);
    }
}
