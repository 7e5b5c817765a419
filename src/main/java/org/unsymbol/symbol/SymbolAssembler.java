package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The assembler of one single: it places the components a {@link SymbolScanner} read (root, subsidiary bodies, the
 * document part, modifiers, tail), each by what the grammar's data say the component is: the root against the
 * registry ({@link BodyRegistry}, {@link RootTable}), words against the {@link Vocabulary} (natures, modifiers,
 * dotted codes, combined-report series), the result against {@link SymbolRules} and last against the series of its
 * root ({@link SeriesTable}); it renders the canonical form as it goes. Every finding goes through the
 * {@link FindingsWriter}. Not thread-safe: one per single.
 */
final class SymbolAssembler {

    private final SymbolRules rules;
    private final SeriesTable series;
    private final CleanText t;
    private final Findings f;
    private final FindingsWriter w;

    private final List<Component> comps;
    private final List<Parenthetical> parens;
    private final String partLetters;
    private final int partStart;
    private final int partEnd;
    private final boolean reissued;
    private final int reissueAt;
    private final int trailingSlashAt;

    SymbolAssembler(SymbolRules rules, SeriesTable series, FindingsWriter w, SymbolScanner scan) {
        this.rules = rules;
        this.series = series;
        this.w = w;
        this.f = w.f;
        this.t = w.t;
        this.comps = scan.comps;
        this.parens = scan.parens;
        this.partLetters = scan.partLetters;
        this.partStart = scan.partStart;
        this.partEnd = scan.partEnd;
        this.reissued = scan.reissued;
        this.reissueAt = scan.reissueAt;
        this.trailingSlashAt = scan.trailingSlashAt;
    }

    /**
     * The single {@code [s, e)} assembled and checked against the series of its root, or null with the errors
     * written: {@code A/78} stops before its number, {@code A/TEST/123} fits no series of {@code A}.
     */
    DocumentSymbol assembleAndFit(int s, int e) {
        DocumentSymbol d = assemble(s, e);
        if (d != null) {
            SeriesTable.Fit fit = series.fit(d);
            if (fit != SeriesTable.Fit.FITS) {
                f.add(fit == SeriesTable.Fit.SHORT ? FindingCode.MISSING_DOCUMENT_NUMBER
                        : FindingCode.UNKNOWN_SERIES, series.message(d, fit), s, e);
                return null;
            }
        }
        return d;
    }


    private DocumentSymbol assemble(int s, int e) {
        if (trailingSlashAt >= 0) {
            f.add(FindingCode.EMPTY_COMPONENT, "The symbol ends with '/'.", trailingSlashAt, trailingSlashAt + 1);
            f.repair(t.windowWith(trailingSlashAt, trailingSlashAt + 1, ""));
        }
        if (comps.size() == 1 && comps.get(0).shape != Component.Shape.CODE && partLetters == null
                && parens.isEmpty()) {
            Component c = comps.get(0);
            f.add(FindingCode.UNRECOGNIZED_FORM, "'" + c.text + "' is not written as a symbol: no '/' between its "
                    + "components.", c.start, c.end);
            return null;
        }
        ocrLetters();
        ocrNumberAfterYear();
        dotForSlash();
        for (int i = 0; i < comps.size(); i++) {
            Component c = comps.get(i);
            if (c.text.isEmpty()) {
                f.add(FindingCode.EMPTY_COMPONENT, i == 0 ? "The symbol starts with '/'." : "Empty component "
                        + "between two '/'.", c.start > 0 ? c.start - 1 : c.start, c.end + 1);
                f.repair(t.windowWith(i == 0 ? c.start : c.start - 1, c.start, ""));
                return null;
            }
            if (c.shape == Component.Shape.BAD || c.division && i > 0) {
                w.reportBad(c);
                return null;
            }
            if (i + 1 < comps.size() && fusedJoint(c)) {
                return null;
            }
        }
        SymbolDraft d = new SymbolDraft();
        Component root = comps.get(0);
        if (root.shape != Component.Shape.CODE) {
            f.add(FindingCode.UNEXPECTED_COMPONENT, "A symbol starts with the letters of an organ or series "
                    + "(A, S, E, ST, CCPR...), not '" + root.text + "'.", root.start, root.end);
            return null;
        }
        d.root = w.upperCase(root, splitRoot(root));
        if ("GA".equals(d.root) && comps.size() > 2 && "RES".equals(comps.get(1).slashNature())) {
            // GA/RES/13(I): "GA" is the press-release prefix; the resolutions of the Assembly are A/RES
            f.add(FindingCode.NORMALIZED_PREFIX, "'GA/RES/' written as 'A/RES/': the General Assembly's symbols "
                    + "start with 'A/' ('GA/' numbers press releases).", root.start, root.end);
            d.root = "A";
        }
        d.rootStart = root.start;
        d.rootEnd = root.end;
        d.reissued = reissued;
        d.out.append(d.root);
        int n = comps.size();
        int i = 1;
        // subsidiary bodies: AC.292, C.1, CN.4, Sub.2, HRC, EX(12), SER.A, WP.29 (a body when a number follows)
        for (; i < n; i++) {
            Component c = comps.get(i);
            String body = bodyToken(c, i + 1 < n ? comps.get(i + 1) : null);
            if (body == null) {
                break;
            }
            if (d.bodies.isEmpty()) {
                d.bodies = new ArrayList<>(3);
            }
            d.bodies.add(body);
            d.out.append('/').append(body);
        }
        if (f.syntaxError()) {
            return null;
        }
        int modStart = i;
        while (modStart < n && comps.get(modStart).modifier() == null) {
            modStart++;
        }
        if (!documentPart(d, i, modStart)) {
            return null;
        }
        d.baseEnd = d.out.length();
        for (int m = modStart; m < n; m++) {
            if (!modifierToken(d, comps.get(m))) {
                return null;
            }
        }
        int modEnd = d.out.length();
        if (f.syntaxError()) {
            return null;
        }
        d.parens = parens;
        d.part = partLetters;
        rules.judge(d, f, partStart, partEnd, comps.get(comps.size() - 1));
        if (f.syntaxError()) {
            return null;
        }
        appendTail(d);
        String base = modEnd == d.baseEnd ? null : d.out.substring(0, d.baseEnd) + d.out.substring(modEnd);
        if (reissued) { // a reissue for technical reasons is the same document: a flag and a note, not identity
            f.add(FindingCode.NORMALIZED_REISSUE_MARK, "Reissue mark '*' dropped: " + d.out + " is the same "
                    + "document (reissued for technical reasons).", reissueAt, reissueAt + 1);
        }
        return d.build(base);
    }

    /**
     * OCR's digit-for-letter and {@code l}-for-{@code I} inside letter codes, repaired only where the repaired reading
     * is a known word: a registered root ({@code L0S} -> {@code LOS}) or a nature of the vocabulary ({@code lNF} ->
     * {@code INF}). Never a guess: a code that reads as no known word either way is left to the grammar.
     */
    private void ocrLetters() {
        for (int i = 0; i < comps.size(); i++) {
            Component c = comps.get(i);
            String text = c.text;
            if (text.length() < 2 || text.length() > 8 || (i > 0 && c.shape != Component.Shape.CODE)) {
                continue;
            }
            char[] fixed = null;
            for (int x = 0; x < text.length(); x++) {
                char ch = text.charAt(x);
                char to = ch == '0' ? 'O' : ch == 'l' ? 'I' : ch == '1' && i == 0 ? 'I' : 0;
                if (to != 0) {
                    if (fixed == null) {
                        fixed = text.toCharArray();
                    }
                    fixed[x] = to;
                } else if (!(ch >= 'A' && ch <= 'Z')) {
                    fixed = null;
                    break; // only capitals around the slip: 'lNF', 'L0S'; not a word in lower case
                }
            }
            if (fixed == null) {
                continue;
            }
            String word = new String(fixed);
            boolean known = i == 0 ? rules.registry().isKnownRoot(word)
                    : Vocabulary.slashNature(word, 0, word.length()) != null;
            if (known) {
                f.add(FindingCode.NORMALIZED_OCR, "'" + text + "' read as '" + word + "' (OCR: a digit or 'l' for a "
                        + "capital letter).", c.start, c.end);
                comps.set(i, new Component(word, c.start, c.end));
            }
        }
    }

    /**
     * OCR's letters in the document number that follows a year ({@code E/1979/S1} is {@code E/1979/51}): the slot
     * after a year holds only the number, so a component of digits and {@code S}, {@code O}, {@code l}, {@code I} there
     * (the last one, or the last before the modifiers) is read as its digits, with a warning. Nowhere else: after a
     * session or a code the same letters may be a part or a body's code.
     */
    private void ocrNumberAfterYear() {
        for (int i = 2; i < comps.size(); i++) {
            Component c = comps.get(i);
            Component before = comps.get(i - 1);
            boolean last = i + 1 == comps.size() || comps.get(i + 1).modifier() != null;
            if (!last || c.shape != Component.Shape.BAD && c.shape != Component.Shape.CODE
                    && c.shape != Component.Shape.NUMBER || c.shape == Component.Shape.NUMBER && c.suffix == null
                    || before.shape != Component.Shape.NUMBER || before.suffix != null
                    || !SeriesTable.isYear(before.argText, 0, before.argText.length())
                    || !Component.ocrYearNumber(c.text)) {
                continue;
            }
            String digits = Component.ocrDigitsText(c.text).replace('S', '5');
            f.add(FindingCode.NORMALIZED_OCR, "'" + c.text + "' read as '" + digits + "' (OCR: a letter for a digit "
                    + "in the number after a year).", c.start, c.end);
            comps.set(i, new Component(digits, c.start, c.end));
        }
    }

    /**
     * A dot typed for a slash, read back only where the grammar says a component ends there: after a registered root
     * before a dotted body code with its number ({@code A.AC.96/1066} is {@code A/AC.96/1066}), and after a body's
     * number before a nature written with a slash ({@code E/CONF.66.NGO/9} is {@code E/CONF.66/NGO/9}). Each with a
     * warning; a dot anywhere else stays the grammar's to judge ({@code E.77.I.6} is a sales number).
     */
    private void dotForSlash() {
        if (comps.size() < 2) {
            return;
        }
        Component root = comps.get(0);
        int dot = root.text.indexOf('.');
        if (root.shape == Component.Shape.DOTTED && dot > 0 && root.text.indexOf(' ') < 0
                && rules.registry().isKnownRoot(root.text.substring(0, dot))) {
            Component rest = new Component(root.text.substring(dot + 1), root.start + dot + 1, root.end);
            if (rest.shape == Component.Shape.DOTTED && rest.arg == Component.Arg.DIGITS && rest.suffix == null
                    && !rest.dotRestored && Vocabulary.isNumberedBodyCode(rest.text, 0, rest.codeEnd)) {
                splitAtDot(0, root, dot, rest);
            }
        }
        for (int i = 1; i < comps.size() - 1; i++) {
            Component c = comps.get(i);
            int second = c.shape == Component.Shape.DOTTED ? c.text.indexOf('.', c.codeEnd + 1) : -1;
            if (second < 0 || second + 1 >= c.text.length()
                    || !Component.allDigits(c.text, c.codeEnd + 1, second)
                    || !Vocabulary.takesDottedNumber(c.text, 0, c.codeEnd) || c.modifier() != null
                    || Vocabulary.slashNature(c.text, second + 1, c.text.length()) == null) {
                continue;
            }
            splitAtDot(i, c, second, new Component(c.text.substring(second + 1), c.start + second + 1, c.end));
        }
    }

    private void splitAtDot(int i, Component c, int dot, Component rest) {
        f.add(FindingCode.NORMALIZED_PUNCTUATION, "'.' after '" + c.text.substring(0, dot) + "' read as '/'.",
                c.start + dot, c.start + dot + 1);
        comps.set(i, new Component(c.text.substring(0, dot), c.start, c.start + dot));
        comps.add(i + 1, rest);
    }

    /**
     * The root's text with the space of a root split after its first letter removed ("C ERD/C/URY/CO/21-23", "C EDAW/C/
     * BLR/CO/7": letter-spaced mastheads in extracted text), when the joined letters are a registered root and the rest
     * alone is none; else the text as scanned. The extractor joins the same split (WrittenSymbols).
     */
    private String splitRoot(Component root) {
        String text = root.text;
        if (text.length() < 4 || text.charAt(1) != ' ' || text.indexOf(' ', 2) >= 0) {
            return text;
        }
        String joined = text.charAt(0) + text.substring(2);
        String upper = joined.toUpperCase(java.util.Locale.ROOT);
        if (!rules.registry().isKnownRoot(upper)
                || rules.registry().isKnownRoot(text.substring(2).toUpperCase(java.util.Locale.ROOT))) {
            return text;
        }
        f.add(FindingCode.NORMALIZED_WHITESPACE, "The space splitting the root '" + text + "' removed.", root.start,
                root.end);
        return joined;
    }

    /** Part letter and parentheticals in canonical spacing. */
    private void appendTail(SymbolDraft d) {
        if (d.part != null) {
            boolean oldStyle = d.slot == null && d.romanSession;
            if (!oldStyle) {
                d.out.append(' ');
            }
            d.out.append(d.part);
        }
        for (Parenthetical p : d.parens) {
            p.appendTo(d.out);
        }
    }

    private String bodyToken(Component c, Component next) {
        switch (c.shape) {
            case CODE:
                if (c.slashNature() != null || c.modifier() != null || c.lettersPlaceholder()) {
                    return null;
                }
                return w.upperCase(c, c.text);
            case PAREN_CODE:
                return w.upperCase(c, c.text);
            case DOTTED:
                if (c.modifier() != null) {
                    return null;
                }
                if (c.dotNature() != null && !(c.arg == Component.Arg.DIGITS && next != null
                        && next.modifier() == null && (next.shape == Component.Shape.NUMBER
                        || next.shape == Component.Shape.CODE || next.shape == Component.Shape.DOTTED))) {
                    return null;
                }
                switch (c.arg) {
                    case EMPTY -> {
                        f.add(FindingCode.MISSING_BODY_NUMBER, "'" + c.text + "' needs the number of the body.",
                                c.start, c.end);
                        return c.text;
                    }
                    case STRAY_DOT -> {
                        w.strayDot(c);
                        return c.text;
                    }
                    case DIGITS, LETTERS -> {
                        String code = Vocabulary.dottedCodeCase(c.code().toUpperCase(java.util.Locale.ROOT));
                        String arg = c.argText.toUpperCase(java.util.Locale.ROOT);
                        String canon = code + "." + (c.arg == Component.Arg.LETTERS ? Vocabulary.elementCase(arg) : arg);
                        if (c.suffix != null) {
                            f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after the number.",
                                    c.start, c.end);
                        }
                        w.noteRepairs(c, canon);
                        return canon;
                    }
                    case PLACEHOLDER -> {
                        f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number of "
                                + "the body.", c.start, c.end);
                        return c.text.toUpperCase(java.util.Locale.ROOT);
                    }
                    default -> {
                        w.reportBad(c);
                        return c.text;
                    }
                }
            default:
                return null;
        }
    }

    /**
     * The document part between the bodies and the modifiers: an optional nature ({@code RES/}, {@code INF/}...), an
     * optional session or year slot, and the number (or a dotted nature with its number: {@code L.1}, {@code PV.66}).
     */
    private boolean documentPart(SymbolDraft d, int from, int to) {
        int numberAt = -1;
        for (int i = to - 1; i >= from; i--) {
            Component c = comps.get(i);
            if (c.shape == Component.Shape.NUMBER || c.shape == Component.Shape.PLACEHOLDER
                    || c.shape == Component.Shape.RANGE || c.dotNature() != null || c.lettersPlaceholder()) {
                numberAt = i;
                break;
            }
        }
        for (int i = Math.max(numberAt + 1, from); i < to; i++) {
            Component c = comps.get(i);
            if (c.slashNature() != null && numberAt < i) {
                w.missingNumber(c.end, "'" + c.text + "' must be followed by the number of the document.");
            } else {
                w.unknownModifier(c);
            }
            return false;
        }
        if (numberAt < 0) {
            w.missingNumber(comps.get(to - 1).end, "The symbol has no document number.");
            return false;
        }
        int slots = 0;
        for (int i = from; i < numberAt; i++) {
            Component c = comps.get(i);
            String nature = c.slashNature();
            if (nature != null) {
                if (d.nature != null) {
                    w.unexpected(c, "A symbol has one document nature; '" + c.text + "' is a second.");
                    return false;
                }
                d.nature = nature;
                d.natureSlash = true;
                d.natureAfterSlot = slots > 0;
                w.append(d, c, nature);
            } else if (c.shape == Component.Shape.NUMBER || c.shape == Component.Shape.SESSION) {
                if (c.suffix != null) {
                    f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after a session number.",
                            c.start, c.end);
                    return false;
                }
                if (c.shape == Component.Shape.SESSION && c.arg != Component.Arg.DIGITS) {
                    f.add(c.arg == Component.Arg.EMPTY ? FindingCode.MISSING_SESSION_NUMBER
                            : FindingCode.MALFORMED_NUMBER, "'" + c.text + "' needs the number of the session.",
                            c.start, c.end);
                    return false;
                }
                if (slots++ > 0 && !"D".equals(d.nature)) {
                    w.unexpected(c, "A symbol has at most one session or year before its number.");
                    return false;
                }
                if (slots == 1) {
                    d.slot = c;
                } else {
                    d.communication = c;
                }
                w.append(d, c, c.shape == Component.Shape.SESSION ? c.text.toUpperCase(java.util.Locale.ROOT)
                        : c.argText);
            } else if (c.shape == Component.Shape.CODE && slots > 0 && !c.lettersPlaceholder()) {
                w.append(d, c, w.upperCase(c, c.text)); // a country code inside a series: A/HRC/WG.6/1/BHR/1
            } else if (c.shape == Component.Shape.PLACEHOLDER || c.lettersPlaceholder()) {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for a number.", c.start, c.end);
                w.append(d, c, c.text.toUpperCase(java.util.Locale.ROOT));
                slots++;
            } else {
                w.unexpected(c, "'" + c.text + "' has no place before the document number.");
                return false;
            }
        }
        return numberToken(d, comps.get(numberAt));
    }

    private boolean numberToken(SymbolDraft d, Component c) {
        d.numberComponent = c;
        switch (c.shape) {
            case NUMBER -> {
                if (scResolutionYear(d, c)) {
                    return true;
                }
                d.number = c.argText;
                if (c.ocr) {
                    w.ocr(c);
                }
                if (c.suffix != null) {
                    d.glued = c.suffix.toUpperCase(java.util.Locale.ROOT);
                }
                if (d.communication != null) { // CCPR/C/95/D/1479/2006: communication 1479/2006
                    d.number = d.communication.argText + "/" + c.argText;
                }
                w.append(d, c, c.argText);
            }
            case PLACEHOLDER -> {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for the document number.",
                        c.start, c.end);
                d.number = c.text.toUpperCase(java.util.Locale.ROOT);
                d.placeholder = true;
                w.append(d, c, d.number);
            }
            case RANGE -> {
                if (!combinedReport(d, c)) {
                    w.range(c, "");
                    return false;
                }
            }
            case CODE -> { // xxx
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.text + "' stands in for the document number.",
                        c.start, c.end);
                d.number = c.text.toUpperCase(java.util.Locale.ROOT);
                d.placeholder = true;
                w.append(d, c, d.number);
            }
            default -> { // a dotted nature: L.1, PV.66, CRP.X, Res.14
                String nature = Vocabulary.dottedCodeCase(c.dotNature());
                if (d.nature != null && !Vocabulary.bodyWithRecords(d.nature, nature)) {
                    w.unexpected(c, "A symbol has one document nature; '" + c.code() + ".' is a second.");
                    return false;
                }
                d.nature = nature;
                switch (c.arg) {
                    case DIGITS -> {
                        if (c.suffix != null) {
                            d.glued = c.suffix.toUpperCase(java.util.Locale.ROOT);
                        }
                        d.number = c.argText;
                        String canon = nature + "." + c.argText;
                        w.noteRepairs(c, canon);
                        w.append(d, c, canon);
                    }
                    case PLACEHOLDER, LETTERS -> {
                        f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number.",
                                c.start, c.end);
                        d.number = c.argText.toUpperCase(java.util.Locale.ROOT);
                        d.placeholder = true;
                        w.append(d, c, nature + "." + d.number);
                    }
                    case EMPTY -> {
                        w.missingNumber(c.end, "'" + c.text + "' must be followed by its number.");
                        return false;
                    }
                    default -> {
                        return w.badArgument(c, nature + ".");
                    }
                }
            }
        }
        return true;
    }

    /**
     * {@code CRC/C/DEU/5-6}: a combined periodic report of a treaty-body State party series is one document numbered
     * by the range of reports it combines ({@link Vocabulary#isCombinedReportSeries}); elsewhere a range is a list.
     */
    private boolean combinedReport(SymbolDraft d, Component c) {
        String digits = c.argText;
        int dash = digits.indexOf('-');
        if (dash < 0 || !Vocabulary.isCombinedReportSeries(d.out, 0, d.out.length())
                || !Vocabulary.isCombinedReportRange(SingleParser.parseInt(digits, 0, dash),
                        SingleParser.parseInt(digits, dash + 1, digits.length()))) {
            return false;
        }
        d.number = digits;
        w.append(d, c, digits);
        return true;
    }

    /** {@code S/RES/2719/2023}: the year of a Security Council resolution written as a component. */
    private boolean scResolutionYear(SymbolDraft d, Component c) {
        int year = SingleParser.parseInt(c.argText);
        if (!"S".equals(d.root) || !"RES".equals(d.nature) || d.slot == null
                || d.slot.shape != Component.Shape.NUMBER || c.argText.length() != 4 || year < 1946
                || c.suffix != null || !parens.isEmpty()) {
            return false;
        }
        d.number = d.slot.argText;
        d.numberComponent = d.slot;
        d.slot = null;
        parens.add(new Parenthetical(Parenthetical.Kind.YEAR, c.argText, year, c.start, c.end));
        f.add(FindingCode.NORMALIZED_PARENTHETICAL, "The year of a Security Council resolution is written '("
                + c.argText + ")'.", c.start > 0 ? c.start - 1 : c.start, c.end);
        return true;
    }

    private boolean modifierToken(SymbolDraft d, Component c) {
        Modifier.Type type = c.modifier();
        if (type == null) {
            if (c.shape == Component.Shape.DOTTED || c.shape == Component.Shape.CODE) {
                w.unknownModifier(c);
            } else {
                w.unexpected(c, "'" + c.text + "' has no place after a modifier.");
            }
            return false;
        }
        if (type == Modifier.Type.SUMMARY) {
            if (c.shape != Component.Shape.CODE) {
                w.unexpected(c, "'Summary' takes no number.");
                return false;
            }
            d.addModifier(new Modifier(type, 0));
            w.append(d, c, type.token());
            return true;
        }
        if (c.shape == Component.Shape.CODE || c.arg == Component.Arg.EMPTY) {
            f.add(FindingCode.MODIFIER_WITHOUT_NUMBER, "'" + type.token() + "' needs its number ("
                    + type.token() + "1).", c.start, c.end);
            String before = t.windowWith(c.start, t.to, "").replaceAll("/+$", "");
            f.repair(t.windowWith(c.start, c.end, type.token() + "1"));
            f.repair(before);
            return false;
        }
        switch (c.arg) {
            case DIGITS -> {
                if (c.suffix != null) {
                    f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after the number.", c.start,
                            c.end);
                    return false;
                }
                String canon = type.token() + c.argText;
                w.noteRepairs(c, canon);
                int value = SingleParser.parseInt(c.argText);
                if (value == 0) {
                    f.add(FindingCode.ZERO_NUMBER, "Modifiers are numbered from 1.", c.start, c.end);
                }
                d.addModifier(new Modifier(type, value));
                w.append(d, c, canon);
                return true;
            }
            case PLACEHOLDER, LETTERS -> {
                f.add(FindingCode.PLACEHOLDER_NUMBER, "'" + c.argText + "' stands in for the number.", c.start,
                        c.end);
                d.placeholder = true;
                d.addModifier(new Modifier(type, 0));
                w.append(d, c, type.token() + c.argText.toUpperCase(java.util.Locale.ROOT));
                return true;
            }
            default -> {
                return w.badArgument(c, type.token());
            }
        }
    }


    /** {@code 305S/2000/809}: a second symbol glued to the first by text extraction. */
    private boolean fusedJoint(Component c) {
        if (c.suffix == null || !rules.isRootAtEnd(c.suffix)) {
            return false;
        }
        String root = rules.rootAtEnd(c.suffix);
        int at = c.end - root.length();
        f.add(FindingCode.FUSED_JOINT_SYMBOL, "Two symbols run together; a joint symbol separates them with '-'.",
                at, c.end);
        f.repair(t.windowWith(at, at, "-"));
        return true;
    }
}
