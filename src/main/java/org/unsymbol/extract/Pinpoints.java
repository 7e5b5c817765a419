package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a document a reference points to, kept with the reference: "A/78/265, para. 12", "párrs. 3 a 5",
 * "annex II", "sect. III.B", "п. 4", "第12段", "الفقرة 12", and the preceding form "paragraph 5 of resolution 75/240",
 * "пункт 5 резолюции 75/240", "الفقرة 5 من القرار 75/240". A pass over (text, references) after extraction: it reads
 * only a short window after and before each reference, so its cost is linear in the number of references.
 *
 * <ul>
 *   <li>after a reference: a comma (or an opening parenthesis) then one or more pinpoints separated by commas
 *       ("A/57/3 (Partes I y II)" is not one; "E/CN.4/1995/2, chap. II, sect. A" gives two); in Chinese the pinpoint
 *       follows the number without a comma ("第52/163号决议第1段", "(A/BUR/54/1)第5段");</li>
 *   <li>before a reference: a pinpoint with a number, "of"/"de"/"من" (none in Russian, whose genitive says it), and at
 *       most five words ("paragraph 5 of General Assembly resolution 75/240"); a pinpoint read this way is never also
 *       given to the reference before it. (A Roman value in this form, "annex II of resolution", is not read;)</li>
 *   <li>values: numbers (any script's digits, written out in ASCII), Roman numerals with their sub-parts (III.B),
 *       single capitals; a range is one pinpoint "3-5", a list ("1 and 16") one pinpoint per item; Chinese numerals and
 *       Arabic ordinals of annexes, chapters and sections are written as Roman numerals (附件二, المرفق الثاني: II).</li>
 * </ul>
 * Framework-free and total.
 */
public final class Pinpoints {

    /** What a pinpoint points to. */
    public enum Kind {
        PARAGRAPH, ANNEX, SECTION, PAGE, FOOTNOTE, CHAPTER;

        private final String wireName = name().toLowerCase(Locale.ROOT);

        public String wireName() {
            return wireName;
        }
    }

    /** One pinpoint; {@code value} is null for an annex cited without a number ("A/78/265, annex"). */
    public record Pinpoint(Kind kind, String value) {
    }

    /** The words, lower case and without their final period, in the style of {@link Lexicon}. */
    private static final Map<String, Kind> WORDS = new HashMap<>();
    /** Abbreviations that are also common words ("par" in French, "para" in Spanish): read only with their period. */
    private static final Set<String> NEEDS_PERIOD = new HashSet<>();

    private static void put(Kind k, String... words) {
        for (String w : words) {
            WORDS.put(w, k);
        }
    }

    private static void abbreviations(String... words) {
        NEEDS_PERIOD.addAll(List.of(words));
    }

    static {
        put(Kind.PARAGRAPH, "para", "paras", "paragraph", "paragraphs", "par", "paragraphe", "paragraphes", "párr",
                "párrs", "párrafo", "párrafos", "parr", "п", "пп", "пункт", "пункта", "пункте", "пункты", "пунктов",
                "пунктах", "пунктами", "пунктом", "الفقرة", "الفقرات", "الفقرتان", "الفقرتين", "والفقرة", "فقرة");
        put(Kind.ANNEX, "annex", "annexes", "annexe", "anexo", "anexos", "приложение", "приложения", "приложении",
                "приложениях", "المرفق", "مرفق", "والمرفق");
        put(Kind.SECTION, "sect", "sects", "section", "sections", "secc", "sección", "secciones", "разд", "раздел",
                "раздела", "разделе", "разделы", "الفرع", "والفرع");
        put(Kind.CHAPTER, "chap", "chaps", "chapter", "chapters", "chapitre", "chapitres", "cap", "capítulo",
                "capítulos", "гл", "глава", "главы", "главе", "الفصل", "والفصل");
        put(Kind.PAGE, "p", "pp", "page", "pages", "pág", "págs", "página", "páginas", "стр", "الصفحة", "الصفحات");
        put(Kind.FOOTNOTE, "footnote", "footnotes", "fn", "note", "nota", "сноска", "сноски", "сноске", "الحاشية");
        abbreviations("par", "para", "parr", "p", "pp", "п", "пп", "sect", "sects", "secc", "chap", "chaps", "cap", "гл",
                "стр", "разд", "fn", "pág", "págs");
    }

    private static final String DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19]";
    private static final String ARABIC_ORDINAL = "(?:الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع"
            + "|العاشر)";
    private static final String ARABIC_LETTER = "(?:ألف|باء|جيم|دال|هاء)";
    /** One value: not followed by a letter, a digit or a slash, so that no word or symbol is read as one. */
    private static final String VALUE = "(?:(?-i:" + DIGIT + "{1,4}(?:\\.\\d{1,3}){0,3}|[IVXLC]{1,7}(?:\\.[A-Z0-9]{1,3})*"
            + "|[A-Z](?:\\.\\d{1,3})?)|" + ARABIC_ORDINAL + "|" + ARABIC_LETTER + ")(?![\\p{L}\\p{N}/])";
    private static final String RANGE = "\\s*(?:-|–|—|a|à|al|au|to|до|по|إلى)\\s*";
    private static final String LIST = "\\s*(?:,|and|et|y|e|и|و)\\s*";
    private static final String VALUES = VALUE + "(?:" + RANGE + VALUE + ")?(?:" + LIST + VALUE + "(?:" + RANGE + VALUE
            + ")?)*";
    private static final String WORD;

    static {
        List<String> words = new ArrayList<>(WORDS.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < words.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(words.get(i)));
        }
        WORD = sb.append(")(\\.)?(?!\\p{L})").toString();
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A pinpoint written in words: the word, then its values (optional for an annex). */
    private static final Pattern PIN = Pattern.compile(WORD + "\\s*(" + VALUES + ")?", FLAGS);
    /** What comes between a reference (or the previous pinpoint) and a pinpoint after it. */
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("\\s*\\)?\\s*[,،，;]\\s*|\\s*\\(\\s*", FLAGS);
    private static final String ZH_NUMBER = "(?:[0-9０-９]{1,4}|[一二三四五六七八九十百]{1,4})";
    /** Chinese: 第12段, 第3至5段, 第6和7段, 附件二, 第二章, 第三节, 第4页, 脚注3; after 号决议, a parenthesis or a comma. */
    private static final Pattern ZH = Pattern.compile("(?:[)）])?(?:号(?:决议|决定|文件)?)?[,，、]?\\s*(?:"
            + "第(" + ZH_NUMBER + "(?:(?:至|到|-|–|和|、)第?" + ZH_NUMBER + ")*)(段|章|节|页)"
            + "|附件([一二三四五六七八九十]{1,3}|[IVX]{1,5})?|脚注\\s*([0-9]{1,4}))");
    /** Before a reference: the pinpoint, "of" (or none in Russian), at most five words, then the reference. */
    private static final Pattern BEFORE = Pattern.compile(WORD + "\\s*(" + VALUES + ")\\s+"
            + "(?:(?:of|in|de|du|des|del|من|from)\\s+|(?=(?:резолюци|решени|документ|доклад)))"
            + "(?:[\\p{L}'’\\-]+\\s+){0,5}\\z", FLAGS);

    private static final Pattern VALUE_OR_RANGE = Pattern.compile(VALUE + "(?:" + RANGE + "(" + VALUE + "))?", FLAGS);
    private static final Pattern RANGE_WORD = Pattern.compile(RANGE, FLAGS);

    private static final int WINDOW_AFTER = 160;
    private static final int WINDOW_BEFORE = 100;
    private static final int MAX_PER_REFERENCE = 8;

    private Pinpoints() {
    }

    /** Whether a word (any case, without its period) names a paragraph: "párr", "Paragraph", "пункт", "الفقرة". */
    public static boolean isParagraphWord(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT)) == Kind.PARAGRAPH;
    }

    /**
     * The pinpoints of each reference, in the order of {@code references} (which are in text order): an empty list
     * where the reference has none.
     */
    public static List<List<Pinpoint>> find(CharSequence input, List<Reference> references) {
        String text = input == null ? "" : input.toString();
        int n = references.size();
        List<List<Pinpoint>> out = new ArrayList<>(n);
        int[] claimedFrom = new int[n];
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
            claimedFrom[i] = Integer.MAX_VALUE;
        }
        // before: "paragraph 5 of resolution 75/240"; remembers where it starts so the previous reference keeps off it
        for (int i = 0; i < n; i++) {
            Reference r = references.get(i);
            if (!r.linkable() && i + 1 < n && references.get(i + 1).start() == r.start()) {
                continue; // the interior items of a range share their span; the last one takes the pinpoint
            }
            int lower = i > 0 ? Math.min(references.get(i - 1).end(), r.start()) : 0;
            int from = Math.max(lower, r.start() - WINDOW_BEFORE);
            if (from >= r.start()) {
                continue;
            }
            if (!numberBeforeWords(text, from, r.start())) {
                continue; // no "paragraph 5 of ..." can end here: the regex is not run (most references)
            }
            Matcher m = BEFORE.matcher(text).region(from, r.start());
            if (m.find() && allowed(m.group(1), m.group(2))) {
                add(out.get(i), WORDS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(3));
                claimedFrom[i] = m.start();
            }
        }
        for (int i = 0; i < n; i++) {
            Reference r = references.get(i);
            if (i + 1 < n && references.get(i + 1).start() < r.end() + 2 && !r.linkable()) {
                continue;
            }
            int limit = Math.min(text.length(), r.end() + WINDOW_AFTER);
            for (int j = i + 1; j < n; j++) {
                if (references.get(j).start() >= r.end()) {
                    limit = Math.min(limit, Math.min(references.get(j).start(), claimedFrom[j]));
                    break;
                }
            }
            after(text, r.end(), limit, out.get(i));
        }
        return out;
    }

    /** The pinpoints written right after {@code at} ("Ibid., para. 5": those after a short form). */
    public static List<Pinpoint> after(CharSequence input, int at) {
        String text = input == null ? "" : input.toString();
        List<Pinpoint> out = new ArrayList<>(0);
        if (at >= 0 && at <= text.length()) {
            after(text, at, Math.min(text.length(), at + WINDOW_AFTER), out);
        }
        return out;
    }

    private static void after(String text, int at, int limit, List<Pinpoint> into) {
        if (at >= limit || !mayFollow(text, at, limit)) {
            return;
        }
        Matcher sep = AFTER_SEPARATOR.matcher(text);
        Matcher pin = PIN.matcher(text);
        Matcher zh = ZH.matcher(text);
        int pos = at;
        while (pos < limit && into.size() < MAX_PER_REFERENCE) {
            zh.region(pos, limit);
            if (zh.lookingAt()) {
                zh(zh, into);
                pos = zh.end();
                continue;
            }
            sep.region(pos, limit);
            if (!sep.lookingAt()) {
                return;
            }
            pin.region(sep.end(), limit);
            if (!pin.lookingAt() || !allowed(pin.group(1), pin.group(2))) {
                return;
            }
            Kind kind = WORDS.get(pin.group(1).toLowerCase(Locale.ROOT));
            if (pin.group(3) == null && kind != Kind.ANNEX) {
                return;
            }
            add(into, kind, pin.group(3));
            pos = pin.end();
        }
    }

    /**
     * Whether a pinpoint may follow at {@code at}: the first character after white space is one that
     * {@link #AFTER_SEPARATOR} or {@link #ZH} can start with (a closing parenthesis, a comma, a semicolon, an opening
     * parenthesis, 号, 、, 第, 附, 脚). Most references are followed by none of them, and they are then spared the three
     * matchers. ({@code \s} in those patterns is ASCII white space, as here.)
     */
    private static boolean mayFollow(String text, int at, int limit) {
        int k = at;
        while (k < limit && isAsciiSpace(text.charAt(k))) {
            k++;
        }
        if (k >= limit) {
            return false;
        }
        char c = text.charAt(k);
        return c == ')' || c == '）' || c == ',' || c == '،' || c == '，' || c == ';' || c == '(' || c == '号'
                || c == '、' || c == '第' || c == '附' || c == '脚';
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether, going back from {@code at} over words and spaces only, the text reaches a digit: the one shape the
     * preceding form ("paragraph 5 of General Assembly resolution") can have. A cheap test that spares the regex.
     */
    private static boolean numberBeforeWords(String text, int from, int at) {
        int i = at;
        while (i > from) {
            char c = text.charAt(i - 1);
            if (Character.isLetter(c) || c == ' ' || c == '\u00a0' || c == '\'' || c == '’' || c == '-') {
                i--;
            } else {
                return Chars.digit(c) >= 0 && i < at;
            }
        }
        return false;
    }

    /** An abbreviation that is also a word counts only with its period. */
    private static boolean allowed(String word, String period) {
        return period != null || !NEEDS_PERIOD.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Pinpoint> into, Kind kind, String values) {
        if (values == null) {
            into.add(new Pinpoint(kind, null));
            return;
        }
        Matcher v = VALUE_OR_RANGE.matcher(values);
        while (v.find() && into.size() < MAX_PER_REFERENCE) {
            String first = value(kind, v.group().substring(0, v.group(1) == null ? v.group().length()
                    : firstEnd(v.group(), v.group(1))));
            into.add(new Pinpoint(kind, v.group(1) == null ? first : first + "-" + value(kind, v.group(1))));
        }
    }

    /** Where the first value of "3 a 5" ends: before the range word. */
    private static int firstEnd(String range, String second) {
        Matcher m = RANGE_WORD.matcher(range);
        int last = -1;
        while (m.find()) {
            if (m.end() == range.length() - second.length()) {
                last = m.start();
            }
        }
        return last < 0 ? range.length() : last;
    }

    private static void zh(Matcher m, List<Pinpoint> into) {
        if (m.group(1) != null) {
            Kind kind = switch (m.group(2)) {
                case "段" -> Kind.PARAGRAPH;
                case "章" -> Kind.CHAPTER;
                case "节" -> Kind.SECTION;
                default -> Kind.PAGE;
            };
            String[] parts = m.group(1).replace("第", "").split("和|、");
            for (String part : parts) {
                String[] range = part.split("至|到|-|–");
                String v = zhValue(kind, range[0]);
                into.add(new Pinpoint(kind, range.length > 1 ? v + "-" + zhValue(kind, range[range.length - 1]) : v));
            }
        } else if (m.group(4) != null) {
            into.add(new Pinpoint(Kind.FOOTNOTE, m.group(4)));
        } else {
            into.add(new Pinpoint(Kind.ANNEX, m.group(3) == null ? null : zhValue(Kind.ANNEX, m.group(3))));
        }
    }

    private static String zhValue(Kind kind, String s) {
        int n = 0;
        boolean chinese = false;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "〇一二三四五六七八九".indexOf(c);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                n = n * 10 + (c >= '０' ? c - '０' : c - '0');
            } else if (d >= 0) {
                chinese = true;
                current = d;
            } else if (c == '十') {
                chinese = true;
                n += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                chinese = true;
                n += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else if ("IVX".indexOf(c) >= 0) {
                return s;
            }
        }
        if (chinese) {
            n += current;
        }
        return chinese && kind != Kind.PARAGRAPH && kind != Kind.PAGE ? Roman.of(n) : Integer.toString(n);
    }

    private static final List<String> ORDINALS = List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
            "السابع", "الثامن", "التاسع", "العاشر");
    private static final List<String> LETTERS = List.of("ألف", "باء", "جيم", "دال", "هاء");

    /** A value as written out on the wire: ASCII digits, Roman numerals for Arabic ordinals, Latin for Arabic letters. */
    private static String value(Kind kind, String v) {
        String s = v.strip();
        int ordinal = ORDINALS.indexOf(s);
        if (ordinal >= 0) {
            return Roman.of(ordinal + 1);
        }
        int letter = LETTERS.indexOf(s);
        if (letter >= 0) {
            return String.valueOf((char) ('A' + letter));
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = Chars.digit(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c);
        }
        return sb.toString();
    }
}
