package org.unsymbol.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.unsymbol.extract.Lexicon.Word;
import org.unsymbol.symbol.SymbolKind;

/**
 * Resolutions and decisions cited by number: "resolution 75/240", "résolutions 66/53, 66/54 et 66/58",
 * "Security Council resolution 1244 (1999)", "第2231(2015)号决议", "القرار 2334 (2016)", "٢ (د - ١)".
 *
 * <p>A number is a citation only when a keyword names it (before it, possibly across organ words: "decisiones de la
 * Asamblea 77/512"; or after it in Chinese: 号决议). The organ comes from the words around the citation and from the
 * shape of the number: {@code (2023)} is the Security Council, {@code 75/240} and {@code (XV)} the General Assembly
 * by default, {@code 1990/47} only with a named organ (ECOSOC, the Commission on Human Rights). A citation whose organ
 * cannot be mapped to a symbol series is not reported: the extractor does not invent references.
 */
final class Citations {

    /** The organs whose resolutions and decisions map to a symbol series. */
    enum Organ {
        GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECOSOC, HUMAN_RIGHTS_COUNCIL, HUMAN_RIGHTS_COMMISSION,
        /** The UN Environment Assembly: resolution 4/22 is {@code UNEP/EA.4/Res.22}. */ ENVIRONMENT_ASSEMBLY,
        /** The UN Interim Administration Mission in Kosovo: regulation 1999/1 is {@code UNMIK/REG/1999/1}. */ UNMIK,
        COUNCIL, OTHER, NONE
    }

    /** Abjad order of the Arabic letter names that mark the parts of a composite resolution (صاد = R). */
    private static final String[] ABJAD = {"ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
        "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد"};

    private static final int MAX_INNER_WORDS = 8;
    private static final int MAX_ITEMS = 500;

    private Citations() {
    }

    /** A cited number: {@code 75/240}, {@code S-10/2}, {@code 1514 (XV)}, {@code 2719 (2023)}, {@code 68/247 B}. */
    static final class Num {
        int start;
        int end;
        String session;      // "75", "S-10", "ES-10"; null for a plain number
        int sessionValue = -1;
        String number;
        String paren;        // "2023", "XV", "S-VII"; null when absent
        boolean parenYear;
        String letter;       // "B", "A-B"; null when absent
    }

    /** The keyword and organ of a citation. */
    record Context(Word kind, Organ organ) {
    }

    /**
     * Tries a citation whose number starts at {@code i} (a digit, or the S of {@code S-10/2}).
     *
     * @return the end of what was consumed, or -1 when there is no citation here
     */
    static int recognize(CharSequence s, int i, List<Candidate> out) {
        return recognize(s, i, null, out);
    }

    /** As {@link #recognize(CharSequence, int, List)}, deciding the organ with the scope of the extraction. */
    static int recognize(CharSequence s, int i, OrganScope scope, List<Candidate> out) {
        Num first = parseNumber(s, i);
        if (first == null) {
            return -1;
        }
        Context ctx = context(s, first, scope);
        if (ctx == null) {
            return -1;
        }
        String series = series(ctx, first);
        if (series == null) {
            return -1;
        }
        emit(s, ctx, series, first, out);
        return continueList(s, first, ctx, out);
    }

    // ---------------------------------------------------------------------------------------------------- numbers

    static Num parseNumber(CharSequence s, int i) {
        int n = s.length();
        int k = i;
        String prefix = "";
        if (k + 2 < n && s.charAt(k) == 'E' && s.charAt(k + 1) == 'S' && Chars.isDash(s.charAt(k + 2))) {
            prefix = "ES-";
            k += 3;
        } else if (k + 1 < n && s.charAt(k) == 'S' && Chars.isDash(s.charAt(k + 1))) {
            prefix = "S-";
            k += 2;
        }
        int d1 = Chars.digitsEnd(s, k);
        if (d1 == k || d1 - k > 5) {
            return null;
        }
        Num r = new Num();
        r.start = i;
        int e;
        if (d1 < n && (s.charAt(d1) == '/' || s.charAt(d1) == '／')) {
            int d2 = Chars.digitsEnd(s, d1 + 1);
            if (d2 == d1 + 1 || d2 - d1 - 1 > 5) {
                return null;
            }
            if (d2 < n) {
                char c = s.charAt(d2);
                if (c == '/' || c == '／' || Chars.isAsciiLetter(c) || c == '_'
                        || (c == '.' || c == ',' || Chars.isDash(c) || c == ':') && d2 + 1 < n
                        && Chars.isDigit(s.charAt(d2 + 1))) {
                    return null; // a date 12/05/2024, a path, a decimal, a range of years
                }
            }
            r.session = prefix + Chars.asciiDigits(s, k, d1);
            r.sessionValue = Chars.number(s, k, d1);
            r.number = Chars.asciiDigits(s, d1 + 1, d2);
            e = d2;
        } else {
            if (!prefix.isEmpty()) {
                return null;
            }
            if (d1 < n) {
                char c = s.charAt(d1);
                if (Chars.isAsciiLetter(c) || (c == '.' || c == ',' || c == ':') && d1 + 1 < n
                        && Chars.isDigit(s.charAt(d1 + 1))) {
                    return null;
                }
            }
            r.number = Chars.asciiDigits(s, k, d1);
            e = d1;
        }
        e = parseLetter(s, e, r);
        e = parseParen(s, e, r);
        if (r.letter == null) {
            e = parseArabicLetter(s, e, r);
        }
        r.end = e;
        return r;
    }

    /** A part letter after one space: {@code 68/247 B}, {@code 70/93 A-B}; never the root of a next symbol. */
    private static int parseLetter(CharSequence s, int e, Num r) {
        int n = s.length();
        int p = e < n && s.charAt(e) == ' ' ? e + 1 : e;
        if (p == e || p >= n || !Chars.isUpper(s.charAt(p))) {
            return e;
        }
        int le = p + 1;
        if (le < n && (Chars.isAsciiAlnum(s.charAt(le)) || s.charAt(le) == '/' || s.charAt(le) == '.'
                && le + 1 < n && Chars.isAsciiAlnum(s.charAt(le + 1)))) {
            return e;
        }
        String letter = String.valueOf(s.charAt(p));
        if (le + 1 < n && Chars.isDash(s.charAt(le)) && Chars.isUpper(s.charAt(le + 1))
                && (le + 2 >= n || !Chars.isAsciiAlnum(s.charAt(le + 2)) && s.charAt(le + 2) != '/')) {
            letter = letter + "-" + s.charAt(le + 1);
            le += 2;
        }
        r.letter = letter;
        return le;
    }

    /** A parenthetical after at most one space: {@code (2023)}, {@code (XV)}, {@code (S-VII)}, {@code (د - 15)}. */
    private static int parseParen(CharSequence s, int e, Num r) {
        int n = s.length();
        int p = e < n && Chars.isSpace(s.charAt(e)) ? e + 1 : e;
        if (p >= n || s.charAt(p) != '(') {
            return e;
        }
        int q = p + 1;
        int close = Words.indexOf(s, ')', q, 16);
        if (close < 0) {
            return e;
        }
        String content = s.subSequence(q, close).toString().strip();
        String paren = null;
        boolean year = false;
        if (content.length() == 4 && Chars.number(content, 0, 4) >= 1946 && Chars.number(content, 0, 4) <= 2100) {
            paren = Chars.asciiDigits(content, 0, 4);
            year = true;
        } else if (Roman.parse(content, 0, content.length()) > 0) {
            paren = content;
        } else if (content.startsWith("S-") && Roman.parse(content, 2, content.length()) > 0
                || content.startsWith("ES-") && Roman.parse(content, 3, content.length()) > 0) {
            paren = content;
        } else if (!content.isEmpty() && content.charAt(0) == 'د') {
            paren = arabicSession(content);
        }
        if (paren == null) {
            return e;
        }
        r.paren = paren;
        r.parenYear = year;
        return close + 1;
    }

    /** {@code د - 15} is the 15th session (XV); {@code د إ - 6} a special session (S-VI); {@code د إ ط - 5} ES-V. */
    private static String arabicSession(String content) {
        String compact = content.replaceAll("[\\s\\u200E\\u200F]", "");
        String prefix;
        String rest;
        if (compact.startsWith("دإط")) {
            prefix = "ES-";
            rest = compact.substring(3);
        } else if (compact.startsWith("دإ")) {
            prefix = "S-";
            rest = compact.substring(2);
        } else {
            prefix = "";
            rest = compact.substring(1);
        }
        if (rest.isEmpty() || !Chars.isDash(rest.charAt(0))) {
            return null;
        }
        int value = Chars.number(rest, 1, rest.length());
        return value > 0 && value < 400 ? prefix + Roman.of(value) : null;
    }

    private static int parseArabicLetter(CharSequence s, int e, Num r) {
        int p = Words.skipSpace(s, e, 2);
        if (p == e) {
            return e;
        }
        long w = Words.after(s, p);
        if (w < 0 || Words.start(w) != p) {
            return e;
        }
        String word = Lexicon.foldArabic(s.subSequence(p, Words.end(w)).toString());
        for (int k = 0; k < ABJAD.length; k++) {
            if (ABJAD[k].equals(word)) {
                r.letter = String.valueOf((char) ('A' + k));
                return Words.end(w);
            }
        }
        return e;
    }

    // ---------------------------------------------------------------------------------------------------- context

    static Context context(CharSequence s, int numStart, int numEnd) {
        Num num = new Num();
        num.start = numStart;
        num.end = numEnd;
        return context(s, num, null);
    }

    /**
     * The keyword and the organ of the number {@code num}: the organ words between the keyword and the number, right
     * after the number, right before the keyword, after the number across a comma ("Resolution 1266, принятая Советом
     * Безопасности", "In its resolution 58/11, the Commission"), and last the scope of the sentence or paragraph.
     */
    static Context context(CharSequence s, Num num, OrganScope scope) {
        int numStart = num.start;
        int numEnd = num.end;
        Word chinese = chineseKeywordAfter(s, numEnd);
        if (chinese != null) {
            Organ organ = chineseOrgan(s, numStart);
            if ((organ == Organ.NONE || organ == Organ.COUNCIL) && scope != null) {
                organ = scope.resolve(numStart, chinese, num, organ, chinesePossessive(s, numStart), true, true);
            }
            return new Context(chinese, organ);
        }
        Set<Word> inner = EnumSet.noneOf(Word.class);
        int p = numStart;
        int q = p;
        while (q > 0 && p - q < 4 && Chars.isSpace(s.charAt(q - 1))) {
            q--;
        }
        if (q > 0 && s.charAt(q - 1) == '(' && (num.session != null || num.paren != null)) {
            p = q - 1; // "the founding ECOSOC resolution (1994/24 of 26 July 1994)"
        }
        Word kind = null;
        boolean leadOnly = true;
        for (int words = 0; words <= MAX_INNER_WORDS; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                return null;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            p = Words.start(w);
            if (cls == Word.RESOLUTION || cls == Word.DECISION || cls == Word.REGULATION) {
                kind = cls;
                break;
            }
            if (!isOrganWord(cls) && cls != Word.LEAD) {
                return null;
            }
            if (cls != Word.LEAD && !isNumberWord(s, Words.start(w), Words.end(w))) {
                leadOnly = false;
            }
            inner.add(cls);
        }
        if (kind == null) {
            return null;
        }
        int keyword = p;
        Organ organ = organOf(inner);
        if (organ == Organ.NONE) {
            organ = organOf(wordsAfter(s, numEnd));
        }
        if (organ == Organ.NONE) {
            organ = organOf(wordsBefore(s, p));
        }
        boolean possessive = possessive(s, keyword);
        if (organ == Organ.NONE || organ == Organ.COUNCIL) {
            Organ forward = forwardOrgan(s, numEnd, possessive);
            if (forward != Organ.NONE && !(organ == Organ.COUNCIL && forward == Organ.COUNCIL)) {
                organ = forward;
            }
        }
        if ((organ == Organ.NONE || organ == Organ.COUNCIL) && scope != null) {
            boolean bareOk = leadOnly && !dateAfter(s, numEnd);
            organ = scope.resolve(keyword, kind, num, organ, possessive, bareOk);
        }
        return new Context(kind, organ);
    }

    /** "No.", "núm.", "رقم": a number sign between the keyword and the number. */
    private static boolean isNumberWord(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        return w.equals("no") || w.equals("nos") || w.equals("núm") || w.equals("رقم");
    }

    /** A month name right after the number: "resolution on 5 June" is a date, whoever is in scope. */
    private static boolean dateAfter(CharSequence s, int from) {
        long w = Words.after(s, from);
        return w >= 0 && Months.isMonth(s, Words.start(w), Words.end(w));
    }

    /** The keyword is "its resolution", "sa résolution", "свою резолюцию", "قراره", "قراراتها". */
    private static boolean possessive(CharSequence s, int keyword) {
        long w = Words.before(s, keyword);
        if (w >= 0 && Lexicon.classify(s, Words.start(w), Words.end(w)) == Word.POSSESSIVE) {
            return true;
        }
        long k = Words.after(s, keyword);
        if (k < 0) {
            return false;
        }
        int end = Words.end(k);
        char last = s.charAt(end - 1);
        return Chars.isArabic(last) && (last == 'ه' || end - Words.start(k) > 2 && last == 'ا'
                && s.charAt(end - 2) == 'ه');
    }

    /** 其第2118号决议: 其 ("its") before the number. */
    private static boolean chinesePossessive(CharSequence s, int numStart) {
        int k = numStart;
        if (k > 0 && s.charAt(k - 1) == '第') {
            k--;
        }
        return k > 0 && s.charAt(k - 1) == '其';
    }

    /**
     * The organ named after the number across a comma: "Resolution 1266, принятая Советом Безопасности", "resolution
     * 4/22 adopted by the UN Environment Assembly", and, when the keyword is possessive, the subject that follows
     * ("In its resolution 58/11, the Commission invited"). A bounded look ahead of a few words.
     */
    private static Organ forwardOrgan(CharSequence s, int from, boolean possessive) {
        int n = s.length();
        int p = Words.skipSpace(s, from, 4);
        boolean comma = false;
        if (p < n && (s.charAt(p) == ',' || s.charAt(p) == '،')) {
            p++;
            comma = true;
        }
        long w = Words.after(s, p);
        if (w < 0) {
            return Organ.NONE;
        }
        Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
        if (cls == Word.FILLER && !isOrganWord(classifyNext(s, Words.end(w))) ) {
            // "la résolution 58/11, qui a été adoptée par": one relative word before the participle
            long v = Words.after(s, Words.end(w));
            if (v >= 0 && Lexicon.classify(s, Words.start(v), Words.end(v)) == Word.ADOPTED) {
                w = v;
                cls = Word.ADOPTED;
            }
        }
        if (cls == Word.ADOPTED) {
            p = Words.end(w);
            long by = Words.after(s, p);
            if (by >= 0 && Words.end(by) - Words.start(by) <= 3
                    && Lexicon.classify(s, Words.start(by), Words.end(by)) == Word.NONE) {
                p = Words.end(by); // by, par, por
            }
            return organOf(wordsAfter(s, p));
        }
        if (comma && possessive) {
            return organOf(wordsAfter(s, p));
        }
        return Organ.NONE;
    }

    private static Word classifyNext(CharSequence s, int from) {
        long w = Words.after(s, from);
        return w < 0 ? Word.NONE : Lexicon.classify(s, Words.start(w), Words.end(w));
    }

    private static boolean isOrganWord(Word w) {
        return OrganScope.isPhraseWord(w);
    }

    /** The organ phrase right after a citation: "of the General Assembly", "du Conseil de sécurité". */
    private static Set<Word> wordsAfter(CharSequence s, int from) {
        Set<Word> tags = EnumSet.noneOf(Word.class);
        int p = from;
        for (int words = 0; words < 6; words++) {
            long w = Words.after(s, p);
            if (w < 0) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (!isOrganWord(cls) || words == 0 && isTopicWord(s, Words.start(w), Words.end(w))) {
                break; // "regulation 1999/1 on the Authority of ...": a title, not the issuer
            }
            tags.add(cls);
            p = Words.end(w);
        }
        return tags;
    }

    private static boolean isTopicWord(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        return w.equals("on") || w.equals("sur") || w.equals("sobre") || w.equals("pour") || w.equals("for")
                || w.equals("para");
    }

    /** The organ phrase right before the keyword: "Security Council resolution", "Economic and Social Council". */
    private static Set<Word> wordsBefore(CharSequence s, int to) {
        Set<Word> tags = EnumSet.noneOf(Word.class);
        int p = bridgeBefore(s, to);
        for (int words = 0; words < 8; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                break;
            }
            Word cls = Lexicon.classify(s, Words.start(w), Words.end(w));
            if (!isOrganWord(cls) && cls != Word.CONJUNCTION) {
                break;
            }
            tags.add(cls);
            p = Words.start(w);
        }
        return tags;
    }

    /**
     * "the General Assembly in its resolution", "la Asamblea General en su resolución", "Ассамблея в своей резолюции",
     * "الجمعية العامة في قرارها": the organ before a possessive keyword, across the preposition. Returns where the
     * organ phrase ends ({@code to} when there is no such bridge).
     */
    private static int bridgeBefore(CharSequence s, int to) {
        long w = Words.before(s, to);
        if (w < 0) {
            return to;
        }
        int p = to;
        boolean arabicPossessive = possessive(s, to) && Lexicon.classify(s, Words.start(w), Words.end(w)) != Word.POSSESSIVE;
        if (!arabicPossessive) {
            if (Lexicon.classify(s, Words.start(w), Words.end(w)) != Word.POSSESSIVE) {
                return to;
            }
            p = Words.start(w);
            w = Words.before(s, p);
            if (w < 0) {
                return to;
            }
        }
        String prep = s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
        if (prep.equals("in") || prep.equals("en") || prep.equals("dans") || prep.equals("в") || prep.equals("во")
                || prep.equals("في") || prep.equals("through") || prep.equals("by") || prep.equals("par")
                || prep.equals("por")) {
            return Words.start(w);
        }
        return to;
    }

    /**
     * The organ an organ phrase names; NONE when the phrase has no head (an assembly, council, commission, committee,
     * conference, board or an abbreviation), so "resolution 76/300 on the environment" names no body.
     */
    static Organ organOf(Set<Word> tags) {
        boolean head = tags.contains(Word.ASSEMBLY) || tags.contains(Word.COUNCIL) || tags.contains(Word.COMMISSION)
                || tags.contains(Word.OTHER_BODY) || tags.contains(Word.HRC) || tags.contains(Word.UNEA)
                || tags.contains(Word.ECOSOC) || tags.contains(Word.SECURITY);
        if (tags.contains(Word.UNMIK)) {
            return Organ.UNMIK;
        }
        if (!head) {
            return Organ.NONE;
        }
        if (tags.contains(Word.UNEA) || tags.contains(Word.ENVIRONMENT) && tags.contains(Word.ASSEMBLY)) {
            return Organ.ENVIRONMENT_ASSEMBLY;
        }
        if (tags.contains(Word.OTHER_BODY) || tags.contains(Word.OTHER_QUALIFIER) || tags.contains(Word.ENVIRONMENT)) {
            return Organ.OTHER;
        }
        if (tags.contains(Word.HRC) || tags.contains(Word.RIGHTS) && tags.contains(Word.COUNCIL)) {
            return Organ.HUMAN_RIGHTS_COUNCIL;
        }
        if (tags.contains(Word.RIGHTS) && tags.contains(Word.COMMISSION)) {
            return Organ.HUMAN_RIGHTS_COMMISSION;
        }
        if (tags.contains(Word.COMMISSION)) {
            return Organ.OTHER;
        }
        if (tags.contains(Word.SECURITY)) {
            return Organ.SECURITY_COUNCIL;
        }
        if (tags.contains(Word.ECOSOC) || tags.contains(Word.ECONOMIC) && tags.contains(Word.COUNCIL)) {
            return Organ.ECOSOC;
        }
        if (tags.contains(Word.ASSEMBLY)) {
            return Organ.GENERAL_ASSEMBLY;
        }
        if (tags.contains(Word.COUNCIL)) {
            return Organ.COUNCIL;
        }
        return Organ.NONE;
    }

    /** 第70/125号决议, 第68/302 号决议, 第66/53、66/54和66/55号决议: the keyword follows the number (or the list). */
    private static Word chineseKeywordAfter(CharSequence s, int from) {
        int n = s.length();
        int limit = Math.min(n, from + 160);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '号' || c == '號') {
                if (Words.startsWith(s, i + 1, "决议") || Words.startsWith(s, i + 1, "決議")) {
                    return Word.RESOLUTION;
                }
                if (Words.startsWith(s, i + 1, "决定") || Words.startsWith(s, i + 1, "決定")) {
                    return Word.DECISION;
                }
                return null;
            }
            boolean listChar = Chars.isDigit(c) || Chars.isSpace(c) || c == '/' || c == '(' || c == ')' || c == '（'
                    || c == '）' || c == '、' || c == '和' || c == '及' || c == ',' || c == '，' || c == '-'
                    || Chars.isUpper(c) || c == '第';
            if (!listChar) {
                return null;
            }
        }
        return null;
    }

    /** The organ named in the 12 characters before a Chinese citation, the nearest first: 安全理事会第2231(2015)号决议. */
    private static Organ chineseOrgan(CharSequence s, int numStart) {
        for (int end = numStart; end > 0 && end > numStart - 12; end--) {
            Organ o = OrganScope.chineseOrganEndingAt(s, end);
            if (o != Organ.NONE) {
                return o;
            }
        }
        return Organ.NONE;
    }

    // ---------------------------------------------------------------------------------------------------- symbols

    /** The series prefix ({@code A/}, {@code S/}, {@code E/}, {@code A/HRC/}, {@code E/CN.4/}) or null. */
    static String series(Context ctx, Num num) {
        boolean slash = num.session != null;
        boolean year = num.parenYear;
        boolean roman = num.paren != null && !year;
        boolean yearSession = slash && !num.session.startsWith("S-") && !num.session.startsWith("ES-")
                && num.sessionValue >= 1946 && num.sessionValue <= 2100;
        boolean decision = ctx.kind() == Word.DECISION;
        if (slash && roman) {
            return null; // 75/240 (XXX) mixes two numbering systems
        }
        if (ctx.kind() == Word.REGULATION || ctx.organ() == Organ.UNMIK) {
            return ctx.kind() == Word.REGULATION && ctx.organ() == Organ.UNMIK && yearSession && num.paren == null
                    && num.letter == null ? "UNMIK/" : null; // only UNMIK's regulations have a series here
        }
        String series = switch (ctx.organ()) {
            case OTHER -> null;
            case UNMIK -> null;
            case ENVIRONMENT_ASSEMBLY -> slash && !yearSession && !decision && num.session.indexOf('-') < 0
                    && num.letter == null && num.paren == null ? "UNEP/EA." : null;
            case HUMAN_RIGHTS_COUNCIL -> slash && !yearSession ? "A/HRC/" : null;
            case HUMAN_RIGHTS_COMMISSION -> yearSession ? "E/CN.4/" : null;
            case ECOSOC -> yearSession || roman && !decision ? "E/" : null;
            case SECURITY_COUNCIL -> !slash && !roman ? "S/" : null;
            case COUNCIL -> yearSession ? "E/" : slash ? "A/HRC/" : roman ? "E/" : "S/";
            case GENERAL_ASSEMBLY, NONE -> year ? "S/" : slash && !yearSession ? "A/" : roman ? "A/" : null;
        };
        if (series == null || decision && (series.equals("S/") || !slash)) {
            return null; // Security Council decisions have no numbers; older decisions no series
        }
        return series;
    }

    static String symbol(String series, Word kind, Num num, String letter) {
        if (series.equals("UNMIK/")) {
            return "UNMIK/REG/" + num.session + "/" + num.number; // UNMIK/REG/1999/24
        }
        if (series.equals("UNEP/EA.")) {
            return series + num.session + "/Res." + num.number; // UNEP/EA.4/Res.22
        }
        StringBuilder sb = new StringBuilder(series).append(kind == Word.DECISION ? "DEC/" : "RES/");
        if (num.session != null) {
            sb.append(num.session).append('/');
        }
        sb.append(num.number);
        if (letter != null) {
            if (num.paren != null && !num.parenYear) {
                sb.append(letter); // A/RES/217A (III): the Roman-era form glues the letter
            } else {
                sb.append(' ').append(letter);
            }
        }
        if (num.paren != null) {
            sb.append(" (").append(num.paren).append(')');
        }
        return sb.toString();
    }

    private static void emit(CharSequence s, Context ctx, String series, Num num, List<Candidate> out) {
        SymbolKind kind = ctx.kind() == Word.DECISION ? SymbolKind.DECISION
                : ctx.kind() == Word.REGULATION ? SymbolKind.DOCUMENT : SymbolKind.RESOLUTION;
        String text = symbol(series, ctx.kind(), num, num.letter);
        out.add(new Candidate(text, num.start, num.end, false, ReferenceForm.CITATION, kind, true, true));
    }

    /** Further items: "66/53, 66/54, … et 66/58", "77/512 y 78/541", "69/96 A and B". */
    private static int continueList(CharSequence s, Num first, Context ctx, List<Candidate> out) {
        int n = s.length();
        int end = first.end;
        Num last = first;
        for (int items = 0; items < MAX_ITEMS; items++) {
            int k = Words.skipSpace(s, end, 4);
            boolean separated = false;
            if (k < n && (s.charAt(k) == ',' || s.charAt(k) == '،' || s.charAt(k) == '、' || s.charAt(k) == '，'
                    || s.charAt(k) == '和' || s.charAt(k) == '及')) {
                k = Words.skipSpace(s, k + 1, 4);
                separated = true;
            }
            long w = Words.after(s, k);
            if (w >= 0 && Words.start(w) == k
                    && Lexicon.classify(s, Words.start(w), Words.end(w)) == Word.CONJUNCTION) {
                k = Words.skipSpace(s, Words.end(w), 4);
                separated = true;
            } else if (k < n && s.charAt(k) == 'و' && k + 1 < n && Chars.isDigit(s.charAt(k + 1))) {
                k++; // و66/54: the Arabic conjunction written against the number
                separated = true;
            }
            if (!separated || k >= n) {
                break;
            }
            if (s.charAt(k) == '…' || Words.startsWith(s, k, "...")) {
                end = k + (s.charAt(k) == '…' ? 1 : 3);
                continue; // "66/53, 66/54, … et 66/58": an elided middle
            }
            if (last.letter != null && Chars.isUpper(s.charAt(k))
                    && (k + 1 >= n || !Chars.isAsciiAlnum(s.charAt(k + 1)) && s.charAt(k + 1) != '/')) {
                String letter = String.valueOf(s.charAt(k));
                String series = series(ctx, last);
                SymbolKind kind = ctx.kind() == Word.DECISION ? SymbolKind.DECISION : SymbolKind.RESOLUTION;
                out.add(new Candidate(symbol(series, ctx.kind(), last, letter), k, k + 1, false,
                        ReferenceForm.CITATION, kind, true, true));
                end = k + 1;
                continue;
            }
            if (!Chars.isDigit(s.charAt(k)) && !(s.charAt(k) == 'S' || s.charAt(k) == 'E')) {
                break;
            }
            Num next = parseNumber(s, k);
            if (next == null) {
                break;
            }
            String series = series(ctx, next);
            if (series == null) {
                break;
            }
            emit(s, ctx, series, next, out);
            end = next.end;
            last = next;
        }
        return end;
    }
}
