package org.unsymbol.extract;

import java.util.EnumSet;
import java.util.Set;
import org.unsymbol.extract.CitedNumbers.Num;
import org.unsymbol.extract.CitedNumbers.Organ;
import org.unsymbol.extract.Lexicon.Word;

/**
 * Which body issued a cited resolution or decision when the words next to the citation do not say: the organs named
 * earlier in the sentence or the paragraph ("la resolución 2118" after "Consejo de Seguridad"; "Recalling its
 * resolutions ..." after "The Security Council,").
 *
 * <p>The scope is carried through the extractor's one pass: it is read forward, lazily, up to the citation being
 * decided, never backwards, so each character is looked at once per extraction. It holds the organs named in the
 * latest sentence (or clause ended by {@code ;}) that named any, within the current paragraph: a new sentence naming an
 * organ replaces them, a paragraph break clears them. A bare head ("the Council", "la Asamblea", "委员会") that names an
 * organ already in scope refers back to it and changes nothing. The subject of the paragraph (an organ named at the
 * start of a sentence: "The Security Council, Recalling its ...") is what "its" refers to.
 *
 * <p>Never a guess when two organs compete: a citation whose number fits more than one organ in scope, or that fits
 * none while another body (a commission, a conference of the parties) is named, gives no reference.
 */
final class OrganScope {

    private static final int MAX_PHRASE = 12;
    /** "the General Assembly, in its resolution": at most this many characters from the organ to the keyword. */
    private static final int NEAR_POSSESSIVE = 12;
    /** An organ named among the first words of a sentence is its subject ("On the first day, the Meeting took"). */
    private static final int SUBJECT_WORDS = 6;

    private final CharSequence s;
    /** The text's characters: the forward scan reads every one of them, and an array read is cheaper than charAt. */
    private final char[] a;
    private int scanned;
    /** The organs of the latest naming sentence of this paragraph, and the heads (assembly, council...) they had. */
    private final EnumSet<Organ> organs = EnumSet.noneOf(Organ.class);
    private final EnumSet<Word> heads = EnumSet.noneOf(Word.class);
    private boolean sentenceNamed;
    /** The first and the latest organ named in that sentence. */
    private Organ first = Organ.NONE;
    private Organ last = Organ.NONE;
    /** The first organ was named among the first words of its sentence: the sentence's subject. */
    private boolean firstEarly;
    private int sentenceWords;
    private int phraseStartWord;
    private Organ subject = Organ.NONE;
    private Word subjectHead;
    /** True until the first word of the sentence has been read. */
    private boolean sentenceStart = true;
    private boolean phraseAtStart;
    private final EnumSet<Word> phrase = EnumSet.noneOf(Word.class);
    private int phraseWords;
    /** Where the words of the open phrase end, and where the latest organ phrase of the sentence ended. */
    private int phraseEnd;
    private int lastEnd = -1;
    private char lastMark = '.';
    private int newlines;

    /*
     * Skipping: a line break right after a sentence end (only white space and quotes between) clears the whole scope,
     * so the scan may jump to the last such break before a citation instead of reading every character up to it. The
     * one thing the jump cannot know is lastEnd (a Chinese organ name registers without setting it, so an older value
     * can still be read); it is recovered, only if resolve asks for it, by replaying the skipped text on a copy of the
     * scope taken before the jump, stopping where the scope stopped (each stop closes the open phrase).
     */
    /** False on the replay copy: it reads every character. */
    private final boolean skips;
    private boolean lastEndKnown = true;
    private OrganScope beforeSkip;
    private int[] stops = new int[8];
    private int stopCount;

    OrganScope(CharSequence s) {
        this(s, s.toString().toCharArray());
    }

    /** @param chars the characters of {@code s} (the extractor's own copy, so the text is not copied twice) */
    OrganScope(CharSequence s, char[] chars) {
        this(s, chars, true);
    }

    /** @param skips false reads every character (the reference the skipping scan is tested against) */
    OrganScope(CharSequence s, char[] chars, boolean skips) {
        this.s = s;
        this.a = chars;
        this.skips = skips;
    }

    /** A copy of {@code o}'s state that never skips: the replay of a skipped stretch. */
    private OrganScope(OrganScope o) {
        this.s = o.s;
        this.a = o.a;
        this.skips = false;
        scanned = o.scanned;
        organs.addAll(o.organs);
        heads.addAll(o.heads);
        sentenceNamed = o.sentenceNamed;
        first = o.first;
        last = o.last;
        firstEarly = o.firstEarly;
        sentenceWords = o.sentenceWords;
        phraseStartWord = o.phraseStartWord;
        subject = o.subject;
        subjectHead = o.subjectHead;
        sentenceStart = o.sentenceStart;
        phraseAtStart = o.phraseAtStart;
        phrase.addAll(o.phrase);
        phraseWords = o.phraseWords;
        phraseEnd = o.phraseEnd;
        lastEnd = o.lastEnd;
        lastMark = o.lastMark;
        newlines = o.newlines;
    }

    // ------------------------------------------------------------------------------------------------ deciding

    /**
     * The organ for a citation at {@code pos} whose own words gave {@code local} (NONE, or COUNCIL for "the Council").
     * Returns {@link Organ#OTHER} when the scope says "not a body with a series" or "two organs compete".
     *
     * @param possessive the keyword was "its/sa/su/свою/其" or carried an Arabic possessive suffix
     * @param bareNumberOk a bare number (no slash, no parenthetical) may be attributed from the scope: it stands right
     *                     after the keyword and is not a date
     */
    Organ resolve(int pos, Word kind, Num num, Organ local, boolean possessive, boolean bareNumberOk) {
        return resolve(pos, kind, num, local, possessive, bareNumberOk, false);
    }

    /**
     * @param nearest the organ named last before the citation decides when it fits the number: Chinese names the
     *                issuer before the citation, across its date and title (大会1997年7月31日题为“...”的第51/241号决议)
     */
    Organ resolve(int pos, Word kind, Num num, Organ local, boolean possessive, boolean bareNumberOk,
            boolean nearest) {
        advance(pos);
        boolean bare = num.session == null && num.paren == null;
        if (bare && !bareNumberOk) {
            return local;
        }
        if (possessive && local == Organ.NONE && sentenceNamed && last != Organ.OTHER && last != Organ.NONE
                && lastEnd() >= 0 && pos - lastEnd() <= NEAR_POSSESSIVE && fits(kind, last, num)) {
            return last; // "Recalling that the General Assembly, in its resolution 45/179": its is the Assembly's
        }
        if (possessive && subject != Organ.NONE && (local != Organ.COUNCIL || subjectHead == Word.COUNCIL)) {
            if (subject == Organ.OTHER) {
                return Organ.OTHER; // "The Commission on Narcotic Drugs, ... Recalling its resolution 62/1"
            }
            if (fits(kind, subject, num)) {
                return subject;
            }
        }
        if (organs.isEmpty()) {
            return local;
        }
        if (nearest && sentenceNamed && last != Organ.OTHER && (local != Organ.COUNCIL || isCouncil(last))
                && fits(kind, last, num)) {
            return last;
        }
        if (first == Organ.OTHER && firstEarly && local != Organ.COUNCIL && !num.parenYear) {
            return Organ.OTHER; // "The Conference of the Parties adopted at its ninth session resolution 9/1"
        }
        Organ only = null;
        int fitting = 0;
        String onlySeries = null;
        boolean sameSeries = true;
        for (Organ o : organs) {
            if (o == Organ.OTHER) {
                continue; // named, but not first: "set by the General Assembly on the advice of the Committee"
            }
            if (local == Organ.COUNCIL && !isCouncil(o)) {
                continue;
            }
            if (fits(kind, o, num)) {
                String series = CitedNumbers.competingSeries(new CitedNumbers.Context(kind, o), num);
                sameSeries &= onlySeries == null || onlySeries.equals(series);
                onlySeries = series;
                only = o;
                fitting++;
            }
        }
        if (fitting == 1 || fitting > 1 && sameSeries) {
            return only; // "2334 (2016)" with the Assembly and the Council named: both readings are S/RES/2334 (2016)
        }
        if (fitting >= 1) {
            return Organ.OTHER; // two organs compete
        }
        if (num.parenYear || local == Organ.COUNCIL) {
            return local; // "1267 (1999)" has the Security Council's shape whoever is named
        }
        if (organs.equals(EnumSet.of(Organ.OTHER)) && (local != Organ.NONE || possessive)) {
            // "its resolutions 2 (I)" after "[without reference to a Main Committee]": its is the unnamed subject's;
            // otherwise a number no organ in scope can have issued is the named body's ("by resolution 565(XXVII)"
            // after ECLAC), never the General Assembly's by default
            return local;
        }
        if (!organs.contains(Organ.OTHER) && onlyCouncils() && !possessive && local == Organ.NONE
                && kind == Word.DECISION) {
            return local; // "选举安全理事会五个非常任理事国(…第58/403号决定)": the Council elected, the Assembly decided
        }
        return Organ.OTHER; // the organs named cannot have issued this number: not the General Assembly's either
    }

    /** Every organ in scope is a council (Security, ECOSOC, Human Rights): none of them numbers decisions 58/403. */
    private boolean onlyCouncils() {
        for (Organ o : organs) {
            if (!isCouncil(o)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Word kind, Organ o, Num num) {
        return CitedNumbers.competingSeries(new CitedNumbers.Context(kind, o), num) != null;
    }

    private static boolean isCouncil(Organ o) {
        return o == Organ.SECURITY_COUNCIL || o == Organ.HUMAN_RIGHTS_COUNCIL || o == Organ.ECOSOC;
    }

    /** The organs in scope at {@code pos} (for tests). */
    Set<Organ> at(int pos) {
        advance(pos);
        return EnumSet.copyOf(organs.isEmpty() ? EnumSet.of(Organ.NONE) : organs);
    }

    /** The subject of the paragraph at {@code pos} (for tests). */
    Organ subjectAt(int pos) {
        advance(pos);
        return subject;
    }

    // ------------------------------------------------------------------------------------------------ scanning

    /** Where the latest organ phrase ended, replaying a skipped stretch first if it left that unknown. */
    private int lastEnd() {
        if (!lastEndKnown) {
            for (int k = 0; k < stopCount; k++) {
                beforeSkip.advance(stops[k]);
            }
            lastEnd = beforeSkip.lastEnd;
            lastEndKnown = true;
            beforeSkip = null;
            stopCount = 0;
        }
        return lastEnd;
    }

    private void advance(int to) {
        char[] a = this.a;
        int n = Math.min(to, a.length);
        int i = scanned;
        if (skips && n > i) {
            if (!lastEndKnown) {
                if (stopCount == stops.length) {
                    stops = java.util.Arrays.copyOf(stops, stopCount * 2);
                }
                stops[stopCount++] = to;
            }
            int reset = lastReset(i, n);
            if (reset >= 0) {
                if (lastEndKnown) {
                    beforeSkip = new OrganScope(this);
                    stopCount = 0;
                    stops[stopCount++] = to;
                    lastEndKnown = false;
                }
                clearAt();
                i = reset + 1;
            }
        }
        while (i < n) {
            char c = a[i];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                closePhrase();
                if (c != '\r') {
                    newline(c == '\u2029');
                }
                i++;
            } else if (isCjk(c)) {
                closePhrase();
                if (c == '会' || c == '會') {
                    chinese(i);
                }
                sentenceStart = false;
                i++;
            } else if (Chars.isWordChar(c)) {
                int j = i + 1;
                while (j < a.length && Chars.isWordChar(a[j]) && !isCjk(a[j])) {
                    j++;
                }
                word(i, j);
                newlines = 0;
                i = j;
            } else if (Chars.isWhite(c) || Chars.isFormatMark(c) || c == '"' || c == '“' || c == '”' || c == '«'
                    || c == '»' || c == '*' || c == '_') {
                i++;
            } else {
                closePhrase();
                newlines = 0;
                punctuation(i, c);
                i++;
            }
        }
        if (n > scanned) {
            closePhrase();
            scanned = Math.max(i, n);
        }
    }

    /**
     * The last line break in {@code [from, to)} that clears the scope whatever came before it: a \n, U+2028 or U+2029
     * whose nearest earlier character outside white space, format marks and quotes is a sentence end; or -1.
     */
    private int lastReset(int from, int to) {
        for (int r = to - 1; r >= from; r--) {
            char c = a[r];
            if (c == '\n' || c == '\u2029' || c == '\u2028') {
                int k = r - 1;
                while (k >= 0 && r - k < 64 && isSoft(a[k])) {
                    k--;
                }
                if (k >= 0 && r - k < 64 && isTerminator(a[k])) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** A character the scan passes without changing the last mark: white space, format marks, quotes, emphasis. */
    private static boolean isSoft(char c) {
        return Chars.isWhite(c) || Chars.isFormatMark(c) || c == '"' || c == '“' || c == '”' || c == '«' || c == '»'
                || c == '*' || c == '_';
    }

    /** The state a clearing line break leaves (newline below with a sentence end as the last mark). */
    private void clearAt() {
        phrase.clear();
        phraseWords = 0;
        newlines = 1;
        clearSentence();
    }

    /** What a sentence end forgets: every organ named, the subject, and the sentence's own state. */
    private void clearSentence() {
        organs.clear();
        heads.clear();
        subject = Organ.NONE;
        subjectHead = null;
        first = Organ.NONE;
        last = Organ.NONE;
        sentenceNamed = false;
        sentenceStart = true;
        sentenceWords = 0;
        lastMark = '.';
    }

    private void newline(boolean paragraphSeparator) {
        newlines++;
        boolean end = isTerminator(lastMark);
        boolean continues = lastMark == ',' || lastMark == ';' || lastMark == ':' || lastMark == '،' || lastMark == '؛'
                || lastMark == '，' || lastMark == '；' || lastMark == '：' || lastMark == '、' || lastMark == '-';
        if (end || (newlines >= 2 || paragraphSeparator) && !continues) {
            clearSentence();
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟';
    }

    private void punctuation(int i, char c) {
        if ((c == '[' || c == ']' || c == '.' || c == '…') && inElision(i)) {
            return; // "[...]": an editor's cut, no sentence end; the paragraph it stands in goes on
        }
        lastMark = c;
        if (c == ';' || c == '；' || c == '؛' || c == '。' || c == '！' || c == '？') {
            endSentence();
        } else if ((c == '!' || c == '?' || c == '؟') && (i + 1 >= s.length() || Chars.isWhite(s.charAt(i + 1)))) {
            endSentence(); // "第一?三条": an OCR question mark inside a title is no sentence end
        } else if (c == '.' && isSentenceDot(i)) {
            endSentence();
        } else if (!(c == '(' || c == ')' || c == '[' || c == ']' || c == '\'' || c == '‘' || c == '’')) {
            sentenceStart = false;
        }
    }

    /** True when {@code i} is inside an elision mark "[...]" or "[…]" (a bracket, one ellipsis or two to four dots). */
    private boolean inElision(int i) {
        int n = s.length();
        int open = i;
        while (open >= 0 && i - open < 5 && s.charAt(open) != '[') {
            if (s.charAt(open) != '.' && s.charAt(open) != '…' && s.charAt(open) != ']') {
                return false;
            }
            open--;
        }
        if (open < 0 || s.charAt(open) != '[') {
            return false;
        }
        int close = open + 1;
        while (close < n && close - open < 6 && (s.charAt(close) == '.' || s.charAt(close) == '…')) {
            close++;
        }
        return close < n && s.charAt(close) == ']' && close > open + 1 && i <= close
                && (close - open == 2 ? s.charAt(open + 1) == '…' : close - open >= 3);
    }

    /** A full stop followed by a space, not a run of dots and not after an abbreviation or a single letter. */
    private boolean isSentenceDot(int i) {
        int n = s.length();
        int k = i + 1;
        while (k < n && k - i < 3 && (s.charAt(k) == ')' || s.charAt(k) == '"' || s.charAt(k) == '”'
                || s.charAt(k) == '»' || s.charAt(k) == '\'' || s.charAt(k) == '’')) {
            k++; // "(See Press Release SEA/2125.) On the first day"
        }
        if (k < n && !Chars.isWhite(s.charAt(k)) || i > 0 && s.charAt(i - 1) == '.'
                || i + 1 < n && s.charAt(i + 1) == '.') {
            return false;
        }
        long w = Words.before(s, i + 1);
        if (w < 0) {
            return true;
        }
        int len = Words.end(w) - Words.start(w);
        if (Words.end(w) != i) {
            return true; // "(1999)." "A/78/265."
        }
        if (len == 1) {
            return false; // "U.N.", "S. Kumar"
        }
        Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
        if (cls == Word.RESOLUTION || cls == Word.DECISION || cls == Word.DOCUMENT) {
            return len > 3; // "Res.", "Dec.", "Doc."
        }
        return !(len <= 5 && ABBREVIATIONS.contains(s.subSequence(Words.start(w), i).toString().toLowerCase()));
    }

    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "núm", "para", "paras", "art", "arts",
            "mr", "mrs", "ms", "dr", "st", "vol", "pp", "cf", "op", "cit", "chap", "sect", "ann", "suppl", "add",
            "corr", "rev", "inc", "etc", "párr", "av", "nº", "ст", "п", "пп", "см", "г", "гг");

    private void endSentence() {
        sentenceWords = 0;
        sentenceNamed = false;
        sentenceStart = true;
    }

    private void word(int a, int b) {
        sentenceWords++;
        char c = s.charAt(a);
        boolean open = phraseWords > 0 || Character.isUpperCase(c) || Chars.isArabic(c)
                || b - a > 2 && (s.charAt(a + 1) == '\'' || s.charAt(a + 1) == '’') && Character.isUpperCase(s.charAt(a + 2));
        if (!open) {
            sentenceStart = false;
            return;
        }
        Word w = Lexicon.classify(s, a, b);
        Organ sofar = w == Word.CONJUNCTION || isCapitalisedArticle(w, a, b) ? CitedNumbers.organOf(phrase) : Organ.NONE;
        if (sofar != Organ.NONE && sofar != Organ.COUNCIL) {
            closePhrase(); // "the General Assembly and the Human Rights Council": two organs, not one
            sentenceStart = false;
            return;
        }
        if (isPhraseWord(w) || w == Word.CONJUNCTION && phraseWords > 0) {
            if (phraseWords == 0) {
                phraseAtStart = sentenceStart;
                phraseStartWord = genitive(a) ? SUBJECT_WORDS + 1 : sentenceWords;
            }
            phrase.add(w);
            phraseWords++;
            phraseEnd = b;
            if (phraseWords >= MAX_PHRASE) {
                closePhrase();
            }
        } else {
            closePhrase();
        }
        sentenceStart = false;
    }

    /** Articles that, capitalised, start a new organ phrase: a title ran into a preamble ("... Council The General"). */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "el", "les", "los", "las");

    /**
     * A capitalised article after a complete organ name: "Report of the Human Rights Council The General Assembly,"
     * (a resolution's title run into its preamble) names two organs, not one.
     */
    private boolean isCapitalisedArticle(Word w, int a, int b) {
        return w == Word.FILLER && phraseWords > 0 && Character.isUpperCase(s.charAt(a)) && b - a <= 3
                && ARTICLES.contains(s.subSequence(a, b).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** Nouns-of words and the articles after them: "members of the Committee", "los miembros de la Comisión". */
    private static final Set<String> GENITIVE_LINKS = Set.of("of", "de", "du", "des", "del");

    /**
     * True when the organ phrase starting at {@code a} follows "&lt;noun&gt; of (the)": "The members of the Committee are
     * appointed" has the members as its subject, not the Committee, however early the Committee is named.
     */
    private boolean genitive(int a) {
        long w = Words.before(s, a);
        if (w < 0) {
            return false;
        }
        String t = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
        if (ARTICLES.contains(t)) {
            w = Words.before(s, Words.start(w));
            if (w < 0) {
                return false;
            }
            t = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
        }
        if (!GENITIVE_LINKS.contains(t)) {
            return false;
        }
        long noun = Words.before(s, Words.start(w));
        return noun >= 0 && Character.isLowerCase(s.charAt(Words.start(noun)))
                && Lexicon.classify(s, Words.start(noun), Words.end(noun)) == Word.NONE;
    }

    static boolean isPhraseWord(Word w) {
        return switch (w) {
            case FILLER, GENERAL, POSSESSIVE, ASSEMBLY, SECURITY, ECONOMIC, RIGHTS, COUNCIL, COMMISSION, OTHER_BODY,
                 OTHER_QUALIFIER, ENVIRONMENT, HRC, UNEA, ECOSOC, UNMIK -> true;
            default -> false;
        };
    }

    private void closePhrase() {
        if (phraseWords == 0) {
            return;
        }
        Organ o = CitedNumbers.organOf(phrase);
        if (o != Organ.NONE) {
            boolean opening = phraseAtStart || preambleOpening(phraseEnd);
            register(o, headOf(phrase), isBare(phrase), opening, phraseStartWord <= SUBJECT_WORDS || opening);
            lastEnd = phraseEnd;
            lastEndKnown = true;
            beforeSkip = null;
            stopCount = 0;
        }
        phrase.clear();
        phraseWords = 0;
    }

    /**
     * An organ phrase followed by a comma and a capitalised word opens a resolution's preamble ("The Economic and Social
     * Commission for Asia and the Pacific, Recalling ..."; "La Comisión Económica para América Latina y el Caribe,
     * Recordando"): the body is the subject even where no full stop came before (a title ran into it).
     */
    private boolean preambleOpening(int phraseEnd) {
        int n = s.length();
        int c = phraseEnd;
        while (c < n && c - phraseEnd < 80 && (Character.isLetter(s.charAt(c)) || s.charAt(c) == ' '
                || s.charAt(c) == '\'' || s.charAt(c) == '’')) {
            c++;
        }
        if (c >= n || s.charAt(c) != ',' && s.charAt(c) != '،' && s.charAt(c) != '，') {
            return false; // no comma right after the name: no preamble opening (the common case, checked cheaply)
        }
        int end = pastPlaceName(phraseEnd);
        if (end <= 0 || end >= n || s.charAt(end) != ',' && s.charAt(end) != '،' && s.charAt(end) != '，') {
            return false;
        }
        int k = end + 1;
        while (k < n && k - end < 4 && (Chars.isWhite(s.charAt(k)) || s.charAt(k) == '\n')) {
            k++;
        }
        return k < n && k > end + 1 && Character.isUpperCase(s.charAt(k));
    }

    /** The small words inside the name of a region: "Asia and the Pacific", "América Latina y el Caribe". */
    private static final Set<String> PLACE_LINKS = Set.of("and", "the", "of", "y", "el", "la", "et", "de", "du", "des",
            "le", "les", "и", "для");

    /**
     * Past the name of a region after an organ phrase ("for Asia and the Pacific", "pour l'Afrique"): capitalised words
     * and their small linking words, at most six; returns where they end, or {@code from} when none.
     */
    private int pastPlaceName(int from) {
        int p = from;
        int end = from;
        for (int words = 0; words < 6; words++) {
            long w = Words.after(s, p);
            if (w < 0) {
                break;
            }
            int a = Words.start(w);
            int b = Words.end(w);
            if (Character.isUpperCase(s.charAt(a))) {
                if (namesAnotherOrgan(a, b)) {
                    return from; // "Council The General Assembly,": the organ after it opens the preamble, not this one
                }
                end = b;
            } else if (b - a > 3 || !PLACE_LINKS.contains(s.subSequence(a, b).toString())) {
                break;
            }
            p = b;
        }
        return end;
    }

    /** A head word (assembly, council, commission, body) in what would be the place name after an organ phrase. */
    private boolean namesAnotherOrgan(int a, int b) {
        Word w = Lexicon.classify(s, a, b);
        return w == Word.ASSEMBLY || w == Word.COUNCIL || w == Word.COMMISSION || w == Word.OTHER_BODY;
    }

    /** The kind of head an organ phrase has: ASSEMBLY, COUNCIL, COMMISSION or OTHER_BODY. */
    static Word headOf(Set<Word> tags) {
        if (tags.contains(Word.UNMIK)) {
            return Word.UNMIK;
        }
        if (tags.contains(Word.OTHER_BODY)) {
            return Word.OTHER_BODY;
        }
        if (tags.contains(Word.COMMISSION)) {
            return Word.COMMISSION;
        }
        if (tags.contains(Word.ASSEMBLY) || tags.contains(Word.UNEA)) {
            return Word.ASSEMBLY;
        }
        return Word.COUNCIL;
    }

    private static boolean isBare(Set<Word> tags) {
        for (Word w : tags) {
            if (w != Word.FILLER && w != Word.POSSESSIVE && w != Word.CONJUNCTION && w != Word.ASSEMBLY
                    && w != Word.COUNCIL && w != Word.COMMISSION && w != Word.OTHER_BODY) {
                return false;
            }
        }
        return true;
    }

    private void register(Organ o, Word head, boolean bare, boolean atStart, boolean early) {
        if (bare && (heads.contains(head) || subject != Organ.NONE && subjectHead == head)) {
            // "the Council", "la Asamblea", "the Meeting": the organ already named, now the subject of this sentence
            Organ referred = subject != Organ.NONE && subjectHead == head ? subject : referredBy(head);
            if (!sentenceNamed) {
                sentenceNamed = true;
                first = referred;
                firstEarly = early;
            }
            last = referred;
            return;
        }
        if (o == Organ.COUNCIL) {
            return; // a council of unknown kind adds nothing
        }
        if (atStart && subject == Organ.NONE) {
            subject = o;
            subjectHead = head;
        }
        if (!sentenceNamed) {
            organs.clear();
            heads.clear();
            sentenceNamed = true;
            first = o;
            firstEarly = early;
        }
        last = o;
        organs.add(o);
        heads.add(head);
    }

    /** The organ in scope that a bare head refers back to. */
    private Organ referredBy(Word head) {
        for (Organ o : organs) {
            Word h = switch (o) {
                case GENERAL_ASSEMBLY, ENVIRONMENT_ASSEMBLY -> Word.ASSEMBLY;
                case HUMAN_RIGHTS_COMMISSION -> Word.COMMISSION;
                case UNMIK -> Word.UNMIK;
                case OTHER -> head == Word.COMMISSION || head == Word.OTHER_BODY ? head : null;
                default -> Word.COUNCIL;
            };
            if (h == head) {
                return o;
            }
        }
        return Organ.OTHER;
    }

    // ------------------------------------------------------------------------------------------------ Chinese

    private static boolean isCjk(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    /** An organ name ending at the 会/會 at {@code i}: 安全理事会, 大会, 人权理事会, 缔约方大会, 委员会 ... */
    private void chinese(int i) {
        Organ o = chineseOrganEndingAt(s, i + 1);
        if (o == Organ.NONE) {
            return;
        }
        Word head = o == Organ.GENERAL_ASSEMBLY || o == Organ.ENVIRONMENT_ASSEMBLY ? Word.ASSEMBLY
                : o == Organ.OTHER || o == Organ.HUMAN_RIGHTS_COMMISSION ? Word.COMMISSION : Word.COUNCIL;
        boolean bare = o == Organ.OTHER && endsWith(s, i + 1, "委员会", "委員會")
                || o == Organ.COUNCIL;
        boolean atStart = sentenceStart || i >= 6 && isBoundary(s, i);
        register(o, head, bare, atStart, atStart);
    }

    private static boolean isBoundary(CharSequence s, int i) {
        int k = i;
        while (k > 0 && isCjk(s.charAt(k - 1)) && i - k < 10) {
            k--;
        }
        return k == 0 || s.charAt(k - 1) == '\n' || s.charAt(k - 1) == '。';
    }

    /** The organ whose Chinese name ends at {@code end}, or NONE (simplified and traditional forms). */
    static Organ chineseOrganEndingAt(CharSequence s, int end) {
        if (endsWith(s, end, "安全理事会", "安全理事會", "安理会", "安理會")) {
            return Organ.SECURITY_COUNCIL;
        }
        if (endsWith(s, end, "人权理事会", "人權理事會")) {
            return Organ.HUMAN_RIGHTS_COUNCIL;
        }
        if (endsWith(s, end, "经济及社会理事会", "經濟及社會理事會", "经社理事会", "經社理事會")) {
            return Organ.ECOSOC;
        }
        if (endsWith(s, end, "人权委员会", "人權委員會")) {
            return Organ.HUMAN_RIGHTS_COMMISSION;
        }
        if (endsWith(s, end, "环境大会", "環境大會")) {
            return Organ.ENVIRONMENT_ASSEMBLY;
        }
        if (endsWith(s, end, "缔约方大会", "締約方大會", "缔约国大会", "締約國大會", "卫生大会", "衛生大會", "委员会", "委員會",
                "执行局", "執行局", "管理局", "理事机构")) {
            return Organ.OTHER;
        }
        if (endsWith(s, end, "大会", "大會")) {
            return Organ.GENERAL_ASSEMBLY;
        }
        if (endsWith(s, end, "联大", "聯大") && !(end >= 3 && (s.charAt(end - 3) == '关' || s.charAt(end - 3) == '關'))) {
            return Organ.GENERAL_ASSEMBLY; // 联大, the press's short name of the Assembly (not the 联大 of 关联大型)
        }
        if (endsWith(s, end, "理事会", "理事會")) {
            return Organ.COUNCIL;
        }
        return Organ.NONE;
    }

    private static boolean endsWith(CharSequence s, int end, String... names) {
        for (String name : names) {
            if (Words.startsWith(s, end - name.length(), name)) {
                return true;
            }
        }
        return false;
    }
}
