package org.unsymbol.symbol;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-family rules (symbol-rules.md §5, §9, §11): what a slot means (GA session, Security Council or ECOSOC year,
 * a subsidiary body's own session or year), which parentheticals a series takes, and the plausibility checks: known
 * root, session and year in range, numbers from 1, Roman-era resolution limits. Rule errors keep the symbol
 * (well-formed but not plausible); a few structural errors found here are syntax errors.
 */
final class SymbolRules {

    /** The last resolution number of the consecutive 1946-1975 GA numbering, 3541 (XXX). */
    static final int LAST_ROMAN_ERA_RESOLUTION = 3541;
    static final int LAST_ROMAN_GA_SESSION = 30;
    static final int FIRST_SESSION_IN_GA_SYMBOLS = 31;
    static final int FIRST_SC_YEAR = 1994;
    static final int FIRST_ECOSOC_YEAR = 1978;
    static final int FIRST_UN_YEAR = 1946;

    private final BodyRegistry registry;
    private final Clock clock;
    private volatile long cachedDay = Long.MIN_VALUE;
    private volatile int cachedYear;
    private volatile int cachedSession;

    /** Per registered body, by identity (read-only once built): a warning's text is written once, not per parse. */
    private final Map<Body, String> validityMessages = new IdentityHashMap<>();

    SymbolRules(BodyRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        for (Body b : registry.all()) {
            validityMessages.put(b, validityMessage(b));
        }
    }

    BodyRegistry registry() {
        return registry;
    }

    /** The regular GA session in course: session N opens in September of year 1945 + N. */
    int currentSession() {
        refresh();
        return cachedSession;
    }

    int currentYear() {
        refresh();
        return cachedYear;
    }

    /**
     * True when {@code session} is later than the session in course. The cached session only grows as the clock
     * advances, so a value at or below it is answered without reading the clock (a hot path: most symbols cite a past
     * session).
     */
    private boolean afterCurrentSession(int session) {
        return session > cachedSession && session > currentSession();
    }

    /** True when {@code year} is later than the current year plus {@code slack}; as {@link #afterCurrentSession}. */
    private boolean afterCurrentYear(int year, int slack) {
        return year > cachedYear + slack && year > currentYear() + slack;
    }

    private void refresh() {
        long day = Math.floorDiv(clock.millis(), 86_400_000L);
        if (day != cachedDay) {
            java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
            cachedYear = date.getYear();
            cachedSession = date.getYear() - 1945 - (date.getMonthValue() >= 9 ? 0 : 1);
            cachedDay = day;
        }
    }

    boolean isRootAtEnd(String letters) {
        return rootAtEnd(letters) != null;
    }

    /** The longest tail of {@code letters} that is a registered root ({@code S} of {@code 305S}). */
    String rootAtEnd(String letters) {
        String up = letters.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < up.length(); i++) {
            String tail = up.substring(i);
            if (registry.isKnownRoot(tail)) {
                return tail;
            }
        }
        return null;
    }

    void judge(SymbolDraft d, Findings f, int partStart, int partEnd, Component last) {
        d.kind = kindOf(d.nature);
        partLetter(d, f, partStart, partEnd, last);
        slot(d, f);
        parentheticals(d, f);
        needsSession(d, f);
        numbers(d, f);
        root(d, f);
        if (d.kind == SymbolKind.DECISION) {
            Component c = d.numberComponent;
            f.add(FindingCode.NOT_AN_OFFICIAL_SYMBOL, "Decisions are not issued as documents and have no official "
                    + "symbol; '" + d.root + "/DEC/...' is the Digital Library's catalogue key.", c.start, c.end);
        }
    }

    static SymbolKind kindOf(String nature) {
        return SymbolKind.ofNature(nature);
    }

    /** {@code 217A (III)} or {@code 69/274 A}: parts of composite resolutions (and of split meeting records). */
    private void partLetter(SymbolDraft d, Findings f, int partStart, int partEnd, Component last) {
        Component c = d.numberComponent;
        if (d.glued != null) {
            if (d.part != null || c != last || d.glued.length() != 1) {
                f.add(FindingCode.MALFORMED_NUMBER, "'" + c.text + "': letters after the number.", c.start, c.end);
                return;
            }
            d.part = d.glued;
            partStart = c.start;
            partEnd = c.end;
        }
        if (d.part != null && d.kind != SymbolKind.RESOLUTION && d.kind != SymbolKind.DECISION
                && d.kind != SymbolKind.MEETING_RECORD) {
            f.add(FindingCode.UNEXPECTED_COMPONENT, "Only resolutions, decisions and meeting records have parts "
                    + "'" + d.part + "'.", partStart, partEnd);
        }
    }

    /** What a number in the slot before the document number means (symbol-rules.md §5). */
    enum SlotMeaning {
        GA_SESSION, SC_YEAR, ECOSOC_YEAR, YEAR, SESSION;

        boolean isYear() {
            return this == SC_YEAR || this == ECOSOC_YEAR || this == YEAR;
        }
    }

    /** The meaning of a slot of {@code digits} digits and value {@code value} in a series. */
    static SlotMeaning slotMeaning(String root, List<String> bodies, int digits, int value) {
        boolean mainCommittees = true;
        for (int i = 0, n = bodies.size(); i < n && mainCommittees; i++) {
            String b = bodies.get(i);
            mainCommittees = isMainCommittee(b, 0, b.length());
        }
        return slotMeaning(root, !bodies.isEmpty(), mainCommittees, digits, value);
    }

    /**
     * As above, from what the slot's meaning depends on: whether there are bodies and whether all are main committees
     * ({@code A/C.3/78/...} shares the Assembly's session; other subsidiaries have their own).
     */
    static SlotMeaning slotMeaning(String root, boolean bodies, boolean mainCommittees, int digits, int value) {
        if ("A".equals(root) && mainCommittees) {
            return SlotMeaning.GA_SESSION;
        }
        if (!bodies && ("S".equals(root) || "E".equals(root))) {
            return "S".equals(root) ? SlotMeaning.SC_YEAR : SlotMeaning.ECOSOC_YEAR;
        }
        return digits == 4 && value >= 1900 && value < 2200 ? SlotMeaning.YEAR : SlotMeaning.SESSION;
    }

    /** True when a slot of that meaning may hold {@code v}: the plausibility rule of {@link #slot}. */
    boolean slotInRange(SlotMeaning meaning, int v) {
        return switch (meaning) {
            case GA_SESSION -> v >= FIRST_SESSION_IN_GA_SYMBOLS && !afterCurrentSession(v);
            case SC_YEAR -> v >= FIRST_SC_YEAR && !afterCurrentYear(v, 0);
            case ECOSOC_YEAR -> v >= FIRST_ECOSOC_YEAR && !afterCurrentYear(v, 0);
            case YEAR -> v >= FIRST_UN_YEAR && !afterCurrentYear(v, 1);
            case SESSION -> v != 0;
        };
    }

    /** A resolution's year in parentheses, {@code (2023)}: from 1946 to this year. */
    boolean resolutionYearInRange(int year) {
        return year >= FIRST_UN_YEAR && !afterCurrentYear(year, 0);
    }

    /** GA resolutions with a Roman session run 1 (I) to 3541 (XXX); other series number theirs freely. */
    static boolean romanEraAllows(String root, int session, int number) {
        return !"A".equals(root) || session <= LAST_ROMAN_GA_SESSION && number <= LAST_ROMAN_ERA_RESOLUTION;
    }

    /** GA, ECOSOC and Trusteeship resolutions need a session: A/RES/78/1, E/RES/1990/47, A/RES/217 (III). */
    static boolean lacksSession(SymbolKind kind, boolean natureSlash, boolean slot, boolean romanSession,
                                String root) {
        return kind == SymbolKind.RESOLUTION && natureSlash && !slot && !romanSession
                && ("A".equals(root) || "E".equals(root) || "T".equals(root));
    }

    /** The registered body of {@code series} (root/bodies) when {@code year} lies outside its validity; else null. */
    Body bodyOutsideValidity(String series, int year) {
        return outside(registry.longestPrefix(series).orElse(null), year);
    }

    /** As above for a canonical series {@code s[from, to)} (no spaces), read in place: the fast path's lookup. */
    Body bodyOutsideValidity(CharSequence s, int from, int to, int year) {
        return outside(registry.longestPrefix(s, from, to), year);
    }

    private static Body outside(Body b, int year) {
        if (b == null || b.isRoot()) {
            return null;
        }
        return b.validFrom() != null && year < b.validFrom() || b.validTo() != null && year > b.validTo() ? b : null;
    }

    /** {@code C.1} to {@code C.7}, the Assembly's main committees, at {@code s[from, to)}. */
    static boolean isMainCommittee(CharSequence s, int from, int to) {
        return to - from == 3 && s.charAt(from) == 'C' && s.charAt(from + 1) == '.' && s.charAt(from + 2) >= '1'
                && s.charAt(from + 2) <= '7';
    }

    private void slot(SymbolDraft d, Findings f) {
        Component c = d.slot;
        if (c == null) {
            return;
        }
        if (c.shape == Component.Shape.SESSION) {
            d.session = c.text.toUpperCase(java.util.Locale.ROOT);
            if (SingleParser.parseInt(c.argText) == 0) {
                f.add(FindingCode.ZERO_NUMBER, "Sessions are numbered from 1.", c.start, c.end);
            }
            return;
        }
        if (c.shape != Component.Shape.NUMBER) {
            return;
        }
        int v = SingleParser.parseInt(c.argText);
        SlotMeaning meaning = slotMeaning(d.root, d.bodies, c.argText.length(), v);
        boolean inRange = slotInRange(meaning, v);
        if (meaning.isYear()) {
            d.year = v;
        } else {
            d.session = c.argText;
        }
        if (inRange) {
            return;
        }
        switch (meaning) {
            case GA_SESSION -> f.add(FindingCode.SESSION_OUT_OF_RANGE, "General Assembly session " + c.argText
                    + " cannot occur here: symbols carry sessions " + FIRST_SESSION_IN_GA_SYMBOLS + " (1976) to "
                    + currentSession() + " (the current session).", c.start, c.end);
            case SC_YEAR, ECOSOC_YEAR -> {
                String what = "PRST".equals(d.nature) ? "S/PRST symbols exist from 1 January 1994"
                        : meaning == SlotMeaning.SC_YEAR ? "Security Council symbols carry a year from 1994"
                        : "ECOSOC symbols carry a year from 1978";
                f.add(FindingCode.YEAR_OUT_OF_RANGE, "Year " + c.argText + " is out of range: " + what + " to "
                        + currentYear() + ".", c.start, c.end);
            }
            case YEAR -> f.add(FindingCode.YEAR_OUT_OF_RANGE, "Year " + v + " is outside " + FIRST_UN_YEAR + "-"
                    + (currentYear() + 1) + ".", c.start, c.end);
            case SESSION -> f.add(FindingCode.ZERO_NUMBER, "Sessions are numbered from 1.", c.start, c.end);
        }
    }

    private void parentheticals(SymbolDraft d, Findings f) {
        List<Parenthetical> parens = d.parens;
        for (int i = 0, n = parens.size(); i < n; i++) { // indexed: no iterator on this hot path
            Parenthetical p = parens.get(i);
            boolean resolution = d.kind == SymbolKind.RESOLUTION || d.kind == SymbolKind.DECISION;
            switch (p.kind()) {
                case YEAR -> {
                    if (!resolution && d.kind != SymbolKind.MEETING_RECORD && !d.placeholder) {
                        // IT/32/Rev.7 (1996), CRC/C/15/Add.117 (2000): a citation's date, not part of the symbol
                        f.add(FindingCode.NORMALIZED_PARENTHETICAL, "'(" + p.text() + ")' dropped: a year after a "
                                + "document symbol is the citation's date; only Security Council resolutions carry one"
                                + ".", p.start(), p.end());
                        parens.remove(i);
                        i--;
                        n--;
                    } else if (!resolution || d.slot != null) {
                        f.add(FindingCode.MISPLACED_PARENTHETICAL, "A year in parentheses follows only a Security "
                                + "Council resolution number (S/RES/2719 (2023)).", p.start(), p.end());
                    } else {
                        d.year = p.value();
                        if (!resolutionYearInRange(p.value())) {
                            f.add(FindingCode.YEAR_OUT_OF_RANGE, "Year " + p.value() + " is outside "
                                    + FIRST_UN_YEAR + "-" + currentYear() + ".", p.start(), p.end());
                        }
                    }
                }
                case SESSION -> {
                    if (d.slot != null) {
                        f.add(FindingCode.ROMAN_SESSION_NOT_ALLOWED, "A resolution numbered by session ("
                                + d.slot.text + "/...) carries no Roman session suffix.", p.start(), p.end());
                    } else if (!resolution) {
                        f.add(FindingCode.MISPLACED_PARENTHETICAL, "A session in parentheses follows only an old "
                                + "resolution number (A/RES/217 (III)).", p.start(), p.end());
                    } else {
                        d.session = p.text();
                        d.romanSession = true;
                        romanEra(d, f, p);
                    }
                }
                default -> { }
            }
        }
    }

    /** GA resolutions 1 (I) to 3541 (XXX): consecutive numbers with the Roman session, 1946-1975. */
    private void romanEra(SymbolDraft d, Findings f, Parenthetical p) {
        if (d.placeholder || !"A".equals(d.root)) {
            return; // other series number their Roman-session resolutions freely
        }
        if (romanEraAllows(d.root, p.value(), SingleParser.parseInt(d.number))) {
            return;
        }
        if (p.value() > LAST_ROMAN_GA_SESSION) {
            f.add(FindingCode.SESSION_OUT_OF_RANGE, "Roman session numbers end with the 30th (XXX) session; later "
                    + "resolutions are numbered session/number.", p.start(), p.end());
        }
        if (SingleParser.parseInt(d.number) > LAST_ROMAN_ERA_RESOLUTION) {
            Component c = d.numberComponent;
            f.add(FindingCode.RESOLUTION_NUMBER_OUT_OF_RANGE, "Consecutive numbering of GA resolutions ended with "
                    + "3541 (XXX) in 1975.", c.start, c.end);
        }
    }

    private void needsSession(SymbolDraft d, Findings f) {
        if (lacksSession(d.kind, d.natureSlash, d.slot != null, d.romanSession, d.root)) {
            Component c = d.numberComponent;
            f.add(FindingCode.MISSING_DOCUMENT_NUMBER, "A resolution symbol needs session and number ("
                    + d.root + "/RES/78/1) or number and Roman session (" + d.root + "/RES/217 (III)).", c.end,
                    c.end);
        }
    }

    private void numbers(SymbolDraft d, Findings f) {
        Component c = d.numberComponent;
        if (!d.placeholder && d.number != null && (lastPartValue(d.number) == 0
                || d.communication != null && SingleParser.parseInt(d.communication.argText) == 0)) {
            f.add(FindingCode.ZERO_NUMBER, "Documents are numbered from 1.", c.start, c.end);
        }
        if (d.communication != null) {
            int year = SingleParser.parseInt(c.argText);
            d.year = year;
            if (year < FIRST_UN_YEAR || afterCurrentYear(year, 0)) {
                f.add(FindingCode.YEAR_OUT_OF_RANGE, "Communication year " + c.argText + " is outside "
                        + FIRST_UN_YEAR + "-" + currentYear() + ".", c.start, c.end);
            }
        }
    }

    /** The value of the digits after the last {@code /} of a number, without cutting it out. */
    private static int lastPartValue(String number) {
        int slash = number.lastIndexOf('/');
        int dash = number.indexOf('-', slash + 1); // a combined report, 5-6: its first report
        return SingleParser.parseInt(number, slash + 1, dash < 0 ? number.length() : dash);
    }

    private void root(SymbolDraft d, Findings f) {
        if (!registry.isKnownRoot(d.root)) {
            if (mayBeUnregistered(d)) {
                f.add(FindingCode.UNREGISTERED_ROOT, "'" + d.root + "' is not in the registry of roots; the symbol "
                        + "is well-formed and passes every other rule.", d.rootStart, d.rootEnd);
                f.unregistered();
                return;
            }
            if (Vocabulary.isOtherOrganizationRoot(d.root)) { // GOV/2006/14: the IAEA Board's, not the UN's
                f.add(FindingCode.NOT_A_DOCUMENT, "'" + d.root + "/' is the root of another organization's "
                        + "documents: '" + d.out + "' is no UN document symbol.", d.rootStart, d.rootEnd);
                return;
            }
            if (Vocabulary.isPressReleaseRoot(d.root)) { // SC/6784, ECOSOC/5731: press.un.org numbers, no document
                f.add(FindingCode.NOT_A_DOCUMENT, "'" + d.root + "/' numbers press releases, not documents: '"
                        + d.out + "' is no document symbol.", d.rootStart, d.rootEnd);
                return;
            }
            f.add(FindingCode.UNKNOWN_ROOT, "'" + d.root + "' is not a known organ or series.", d.rootStart,
                    d.rootEnd);
            return;
        }
        int year = d.year;
        if (year == DocumentSymbol.NO_YEAR || d.bodies.isEmpty()) {
            return; // validity dates belong to subsidiary bodies; a known root is valid in every year
        }
        String series = d.bodies.size() == 1 ? d.root + "/" + d.bodies.get(0)
                : d.root + "/" + String.join("/", d.bodies);
        Body b = bodyOutsideValidity(series, year);
        if (b != null) {
            f.add(FindingCode.BODY_OUTSIDE_VALIDITY, outsideValidity(b, year), d.rootStart, d.numberComponent.end);
        }
    }

    /**
     * Well-formed with an unregistered root (libphonenumber's "possible"): a root of at least two letters (every
     * one-letter root is a principal organ, and all are registered), not a press-release root, and at least two
     * components after it ({@code UNW/2021/10}, {@code HSP/HA.2/8}) — a root with one bare number ({@code SEA/2125})
     * has the shape of a press release or a job code as much as of a document, so it stays an UNKNOWN_ROOT error.
     */
    private static boolean mayBeUnregistered(SymbolDraft d) {
        if (d.root.length() < 2 || Vocabulary.isPressReleaseRoot(d.root) || Vocabulary.isOtherOrganizationRoot(d.root)
                || Vocabulary.isBodyElementRoot(d.root)) {
            return false;
        }
        int components = d.bodies.size() + (d.natureSlash ? 1 : 0) + (d.slot != null ? 1 : 0)
                + (d.communication != null ? 1 : 0) + 1;
        return components >= 2;
    }

    /** The message of {@link FindingCode#BODY_OUTSIDE_VALIDITY}. */
    String outsideValidity(Body b, int year) {
        String fixed = validityMessages.get(b);
        return (fixed != null ? fixed : validityMessage(b)) + year + " is outside.";
    }

    /** "E/CN.4 (Commission on Human Rights) existed from 1946 to 2006; ": the part that does not depend on the year. */
    private static String validityMessage(Body b) {
        return b.prefix() + " (" + b.name("en").orElse("") + ") existed "
                + (b.validFrom() == null ? "" : "from " + b.validFrom() + " ")
                + (b.validTo() == null ? "" : "to " + b.validTo()) + "; ";
    }
}
