package org.unsymbol.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around a citation, in the six languages: the keywords that make a number a resolution or a decision,
 * the words that name the organ, and the small words allowed between them ("decisiones de la Asamblea 77/512").
 */
final class Lexicon {

    /** What one word says to the citation recognizer. */
    enum Word {
        RESOLUTION, DECISION, DOCUMENT,
        /**
         * A keyword that names its organ too: UNSCR, SCR ("UNSCR 1325", "UNSCRs 1325 and 1820"), a resolution of the
         * Security Council.
         */
        COUNCIL_RESOLUTION,
        /** Regulation: a number only with a body that issues numbered regulations (UNMIK/REG/1999/1). */ REGULATION,
        /** The UN Interim Administration Mission in Kosovo, whose regulations are UNMIK/REG/yyyy/n. */ UNMIK,
        /** General Assembly. */ ASSEMBLY,
        /** Security Council. */ SECURITY,
        /** Economic and Social Council. */ ECONOMIC,
        /** "human rights": with a council the Human Rights Council, with a commission the Commission. */ RIGHTS,
        /** A council of unknown kind: the shape of the number tells which ("Council resolution 2642"). */ COUNCIL,
        COMMISSION,
        /** A body the extractor cannot map to a symbol series (committee, conference, board...). */ OTHER_BODY,
        /** A word that makes a council, assembly or board another body: executive, governing, trusteeship, parties. */
        OTHER_QUALIFIER,
        /** Environment: with an assembly the UN Environment Assembly (UNEA), otherwise another body (UNEP). */
        ENVIRONMENT,
        /** The abbreviations of the Human Rights Council (HRC, CDH), of the Environment Assembly, of ECOSOC. */
        HRC, UNEA, ECOSOC,
        /** "General": qualifies an assembly; not a head of its own. */ GENERAL,
        /** Its, sa, su, свою: the citing body is the subject of the sentence. */ POSSESSIVE,
        /** Adopted, adoptée, aprobada, принятая, اتخذه: the organ follows ("resolution 4/22 adopted by UNEA"). */
        ADOPTED,
        /** Including, in particular, notamment, в частности, ولا سيما: may stand between a keyword and its number. */
        LEAD,
        /** Articles, prepositions and the generic words of organ names. */ FILLER,
        /** And, or: join list items; stop the organ phrase after a number. */ CONJUNCTION,
        /** To: "Add.1 à 3", "SR.24 to 34" — a range of the numbers either side. */ RANGE_TO,
        NONE
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    /**
     * "Number": "resolution No. 1234", "resolución núm. 1234", "القرار رقم 1988", "قرار ... برقم 48/181" (with the
     * preposition glued); also between list items ("ورقم").
     */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "nos", "nº", "núm", "رقم", "برقم", "number",
            "numbers", "número", "números", "numero", "numéro", "numéros", "номер", "номера");

    private static void put(Word w, String... words) {
        for (String s : words) {
            WORDS.put(s, w);
        }
    }

    static {
        put(Word.RESOLUTION, "resolution", "resolutions", "résolution", "résolutions", "resolución", "resolucion",
                "resoluciones", "res", "risoluzione");
        put(Word.DECISION, "decision", "decisions", "décision", "décisions", "decisión", "decisiones", "dec");
        // The press's and NGOs' abbreviation of "(United Nations) Security Council resolution"
        put(Word.COUNCIL_RESOLUTION, "unscr", "unscrs", "scr", "scrs");
        put(Word.DOCUMENT, "document", "documents", "doc", "documento", "documentos", "symbol", "symbols",
                "signatura", "signaturas", "cote", "cotes", "الوثيقة", "وثيقة", "الوثائق", "الرمز");
        put(Word.ASSEMBLY, "assembly", "asamblea", "assemblée", "assemblee", "ассамблеи", "ассамблея", "ассамблеей",
                "ассамблею", "ассамблее", "الجمعية", "للجمعية", "ga", "unga", "大会");
        put(Word.SECURITY, "security", "seguridad", "sécurité", "securite", "безопасности", "الأمن", "الامن", "sc",
                "unsc", "csnu");
        put(Word.ECONOMIC, "economic", "económico", "economico", "économique", "economique", "экономического",
                "экономический", "экономическим", "экономическому", "الاقتصادي");
        put(Word.ECOSOC, "ecosoc");
        put(Word.RIGHTS, "rights", "derechos", "droits", "правам", "حقوق");
        put(Word.COUNCIL, "council", "consejo", "conseil", "совета", "совет", "советом", "совету", "совете", "مجلس",
                "لمجلس", "المجلس", "للمجلس");
        put(Word.COMMISSION, "commission", "comisión", "comision", "комиссии", "комиссия", "комиссией", "комиссию",
                "لجنة", "اللجنة");
        // Bodies without a series of resolution symbols the extractor knows: their numbers give no reference.
        // Names as printed by the bodies (ECLAC/CEPAL, ECA/CEA, ESCAP/CESAP, ESCWA/CESAO, ECE/CEE, UNCTAD/CNUCED,
        // UNCC, CND, COP/CMP/CMA/MOP, OAS/OEA/OEA) and the registry's body names (bodies.tsv).
        put(Word.OTHER_BODY, "committee", "comité", "comite", "комитета", "комитет", "комитетом", "conference",
                "conferencia", "conférence", "конференции", "конференция", "конференцией", "المؤتمر", "مؤتمر",
                "board", "junta", "subcommission", "sous-commission", "subcomisión", "подкомиссии", "meeting",
                "reunión", "réunion", "совещание", "совещания", "اجتماع", "unep", "pnue", "pnuma", "юнеп", "unicef",
                "undp", "pnud", "unfpa", "unops", "unhcr", "wfp", "unctad", "cnuced", "юнктад", "uncc", "cnd", "eclac",
                "cepal", "eca", "cea", "escap", "cesap", "escwa", "cesao", "эсках", "эсказ", "ece", "cee", "оас",
                "oas", "oea", "cop", "cmp", "cma", "mop", "unesco", "юнеско", "fao", "фао", "ilo", "oit", "мот",
                "unido", "onudi", "юнидо", "iaea", "oiea", "магатэ", "wipo", "ompi", "воис", "itu", "uit", "мсэ",
                "imo", "omi", "имо", "wmo", "omm", "вмо", "authority", "autorité", "autoridad", "органа",
                "tribunal", "трибунала", "المحكمة", "الهيئة", "السلطة", "اليونيب", "اليونيسيف");
        put(Word.OTHER_QUALIFIER, "trusteeship", "tutelle", "administración", "fiduciaria", "опеке", "الوصاية",
                "executive", "ejecutiva", "ejecutivo", "exécutif", "исполнительного", "исполнительный",
                "исполнительным", "التنفيذي", "parties", "partes", "сторон", "الأطراف", "governing", "administration",
                "правления", "الإدارة", "narcotic", "narcotics", "stupéfiants", "estupefacientes", "наркотическим",
                "المخدرات", "health", "santé", "salud", "здравоохранения", "الصحة", "regional", "régionale",
                "regionales", "региональной", "الإقليمية");
        put(Word.ENVIRONMENT, "environment", "environnement", "ambiente", "окружающей", "للبيئة", "البيئة");
        put(Word.HRC, "hrc", "cdh", "unhrc");
        put(Word.REGULATION, "regulation", "regulations", "règlement", "règlements", "reglamento", "reglamentos");
        put(Word.UNMIK, "unmik", "minuk", "моонк");
        put(Word.UNEA, "unea", "anue", "ануос");
        put(Word.GENERAL, "general", "générale", "generale", "генеральной", "генеральная", "генеральную",
                "генеральная", "العامة");
        put(Word.POSSESSIVE, "its", "their", "sa", "ses", "son", "leur", "leurs", "su", "sus", "свою", "своей",
                "своих", "своем", "своём", "своего", "свои", "своими", "её", "ее", "его", "их");
        put(Word.ADOPTED, "adopted", "adoptée", "adoptées", "adopté", "adoptés", "adoptada", "adoptadas",
                "adoptado", "adoptados", "aprobada", "aprobadas", "aprobado", "aprobados", "approved", "اتخذه",
                "اتخذها", "اتخذتها", "اعتمده", "اعتمدها", "اعتمدتها", "المتخذ", "المعتمد");
        put(Word.LEAD, "including", "particular", "notably", "especially", "namely", "notamment", "particulier",
                "particulièrement", "incluidas", "incluida", "incluidos", "incluido", "especialmente",
                "concretamente", "частности", "включая", "особенно", "سيما", "فيها", "فيه");
        put(Word.FILLER, "of", "the", "his", "her", "on", "human", "social", "united", "nations", "de", "la", "el",
                "del", "las", "los", "humanos", "unidas", "naciones", "le", "du", "des", "homme", "l'homme",
                "sociale", "unies", "по", "социального", "социальный", "социальному", "социальным", "человека",
                "объединенных", "объединённых", "наций", "организации", "الإنسان", "الانسان", "والاجتماعي", "الأمم",
                "المتحدة", "ها", "un", "onu", "оон", "no", "nos", "núm", "رقم", "التابع", "التابعة", "الذي", "التي",
                "pour", "sobre", "for", "para", "medio");
        // "las resoluciones anteriores número 1754", "its resolutions earlier 1754": the earlier ones, which, like a
        // LEAD word, name no other organ between the keyword and the number
        put(Word.LEAD, "previous", "earlier", "prior", "anterior", "anteriores", "précédente", "précédentes",
                "antérieure", "antérieures", "предыдущие", "предыдущих", "предыдущей", "السابقة");
        // The words between a keyword and its number: "resolution No. 1234", "القرار رقم 1988 (2011)" (the lists'
        // number words; "including" is a LEAD word above).
        put(Word.FILLER, NUMBER_WORDS.toArray(new String[0]));
        put(Word.CONJUNCTION, "and", "or", "y", "e", "o", "u", "et", "ou", "и", "или", "а", "و", "أو");
        put(Word.RANGE_TO, "to", "à", "a", "al", "до", "إلى");
    }

    /** The words that introduce the date of a list item: "of", "adopted on", "en date du", "de", "от", "المؤرخ". */
    private static final Set<String> DATE_INTRO = Set.of("of", "dated", "adopted", "on", "du",
            "en", "date", "adoptée", "adoptées", "adopté", "adoptés", "le", "de", "del", "fecha", "aprobada",
            "aprobadas", "aprobado", "aprobados", "el", "от", "принятая", "принятой", "принятую", "принятые",
            "принятых", "المؤرخ", "المؤرخة", "المؤرخين", "المؤرختين", "في", "الصادر", "الصادرة", "المعتمد",
            "المعتمدة");

    /** The words that introduce the quoted title of a list item: "entitled “…”", "titulada «…»". */
    private static final Set<String> TITLE_INTRO = Set.of("entitled", "titled", "intitulée",
            "intitulées", "intitulé", "intitulés", "titulada", "tituladas", "titulado", "titulados", "озаглавленная",
            "озаглавленной", "озаглавленную", "озаглавленные", "المعنون", "المعنونة");

    private Lexicon() {
    }

    static boolean isDateIntro(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString();
        return DATE_INTRO.contains(w.toLowerCase(Locale.ROOT)) || DATE_INTRO.contains(foldArabic(w));
    }

    /** A number word, also with the Arabic conjunction glued to it: "ورقم 1989 (2011)". */
    static boolean isNumberWord(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString();
        if (NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String f = foldArabic(w);
        return NUMBER_WORDS.contains(f) || f.length() > 1 && f.charAt(0) == 'و' && NUMBER_WORDS.contains(f.substring(1));
    }

    static boolean isTitleIntro(CharSequence s, int from, int to) {
        String w = s.subSequence(from, to).toString();
        return TITLE_INTRO.contains(w.toLowerCase(Locale.ROOT)) || TITLE_INTRO.contains(foldArabic(w));
    }

    /**
     * The keys of {@link #WORDS} in an open-addressed table by their {@code String} hash, so that a word of the text is
     * looked up in place, lower-cased one character at a time, with no substring: the extractor classifies the word
     * before every number of a text.
     */
    private static final String[] KEYS;
    private static final Word[] CLASSES;
    private static final int MASK;

    static {
        int size = Integer.highestOneBit(WORDS.size() * 4);
        KEYS = new String[size];
        CLASSES = new Word[size];
        MASK = size - 1;
        WORDS.forEach((key, word) -> {
            int i = key.hashCode() & MASK;
            while (KEYS[i] != null) {
                i = (i + 1) & MASK;
            }
            KEYS[i] = key;
            CLASSES[i] = word;
        });
    }

    /**
     * {@code WORDS.get(s[from, to) lower-cased)} read in place, or null. Only for ranges that {@link #lowersInPlace}:
     * there {@code String.toLowerCase(Locale.ROOT)} maps each character to {@link Character#toLowerCase(char)}.
     */
    private static Word known(CharSequence s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Character.toLowerCase(s.charAt(i));
        }
        for (int i = hash & MASK; KEYS[i] != null; i = (i + 1) & MASK) {
            String key = KEYS[i];
            if (key.length() == to - from && key.hashCode() == hash && lowerEquals(s, from, key)) {
                return CLASSES[i];
            }
        }
        return null;
    }

    private static boolean lowerEquals(CharSequence s, int from, String key) {
        for (int k = 0; k < key.length(); k++) {
            if (Character.toLowerCase(s.charAt(from + k)) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s[from, to)} lower-cased starts with {@code prefix} (lower case). */
    private static boolean lowerStartsWith(CharSequence s, int from, int to, String prefix) {
        return to - from >= prefix.length() && lowerEquals(s, from, prefix);
    }

    /**
     * True when {@code String.toLowerCase(Locale.ROOT)} of {@code s[from, to)} is its characters lower-cased one by
     * one: no capital dotted I (which becomes two characters) and no capital sigma (whose lower case depends on the
     * next letter). Words hold no surrogates ({@link Chars#isWordChar}), but a range of any text may.
     */
    private static boolean lowersInPlace(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code c} in {@code s[from, to)}, or -1 (as {@code String.indexOf} on the range). */
    private static int indexOfChar(CharSequence s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The class of one word, by its text in any case; Russian and Arabic keywords are matched by stem. */
    static Word classify(CharSequence s, int from, int to) {
        boolean arabic = false;
        for (int i = from; i < to; i++) {
            if (Chars.isArabic(s.charAt(i))) {
                arabic = true;
                break;
            }
        }
        if (arabic) {
            return classifyArabic(s.subSequence(from, to).toString());
        }
        if (lowersInPlace(s, from, to)) { // the same steps as below, on the range itself
            Word known = known(s, from, to);
            if (known != null) {
                return known;
            }
            int straight = indexOfChar(s, from, to, '\'');
            int curly = indexOfChar(s, from, to, '\u2019');
            int apostrophe = Math.max(straight < 0 ? -1 : straight - from, curly < 0 ? -1 : curly - from);
            if (apostrophe > 0 && apostrophe <= 2) {
                known = known(s, from + apostrophe + 1, to);
                if (known != null) {
                    return known;
                }
            }
            return lowerStartsWith(s, from, to, "резолюци") ? Word.RESOLUTION
                    : lowerStartsWith(s, from, to, "принят") ? Word.ADOPTED
                    : lowerStartsWith(s, from, to, "решени") ? Word.DECISION
                    : lowerStartsWith(s, from, to, "документ") ? Word.DOCUMENT : Word.NONE;
        }
        String w = s.subSequence(from, to).toString();
        String lower = w.toLowerCase(Locale.ROOT);
        Word known = WORDS.get(lower);
        if (known != null) {
            return known;
        }
        int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('\u2019'));
        if (apostrophe > 0 && apostrophe <= 2) { // French elision: l'Assemblée, d'administration
            known = WORDS.get(lower.substring(apostrophe + 1));
            if (known != null) {
                return known;
            }
        }
        if (lower.startsWith("резолюци")) {
            return Word.RESOLUTION;
        }
        if (lower.startsWith("принят")) {
            return Word.ADOPTED; // принятая, принятой, принятую, принятые: "резолюция 1266, принятая Советом"
        }
        if (lower.startsWith("решени")) {
            return Word.DECISION;
        }
        if (lower.startsWith("документ")) {
            return Word.DOCUMENT;
        }
        return Word.NONE;
    }

    /**
     * Arabic words carry clitics: the conjunctions و ف, the prepositions ب ل ك, the article ال and possessive
     * suffixes (قرارها, قراراتها). Presentation forms (ﺗﻬ) are folded by NFKC, diacritics and tatweel dropped.
     */
    private static Word classifyArabic(String w) {
        String n = foldArabic(w);
        Word known = WORDS.get(n);
        if (known != null) {
            return known;
        }
        String stem = n;
        if (stem.length() > 3 && (stem.charAt(0) == 'و' || stem.charAt(0) == 'ف')) {
            Word again = WORDS.get(stem.substring(1));
            if (again != null) {
                return again;
            }
            stem = stem.substring(1);
        }
        if (stem.length() > 3 && (stem.charAt(0) == 'ب' || stem.charAt(0) == 'ل' || stem.charAt(0) == 'ك')) {
            stem = stem.substring(1);
        }
        if (stem.startsWith("ال")) {
            stem = stem.substring(2);
        } else if (stem.startsWith("ل")) {
            stem = stem.substring(1);
        }
        if (stem.startsWith("قرار")) {
            return Word.RESOLUTION;
        }
        if (stem.startsWith("مقرر")) {
            return Word.DECISION;
        }
        if (stem.startsWith("وثيق") || stem.startsWith("وثائق")) {
            return Word.DOCUMENT;
        }
        known = WORDS.get("ال" + stem);
        return known == null ? Word.NONE : known;
    }

    static String foldArabic(String w) {
        String n = Normalizer.normalize(w, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\u0640' || c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
                continue; // tatweel and harakat
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** True when the words right before {@code pos} (within the same clause) include a document keyword. */
    static boolean documentKeywordBefore(CharSequence s, int pos) {
        int p = pos;
        for (int words = 0; words < 3; words++) {
            long w = Words.before(s, p);
            if (w < 0) {
                break;
            }
            int ws = Words.start(w);
            Word cls = classify(s, ws, Words.end(w));
            if (cls == Word.DOCUMENT) {
                return true;
            }
            if (cls != Word.FILLER) {
                break;
            }
            p = ws;
        }
        // Chinese: 文件 A/78/265, 见文件A/78/265
        for (int i = Math.max(0, pos - 4); i + 1 < pos; i++) {
            if (s.charAt(i) == '文' && s.charAt(i + 1) == '件') {
                return true;
            }
        }
        return false;
    }
}
