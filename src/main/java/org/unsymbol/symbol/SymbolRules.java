package org.unsymbol.symbol;

import java.time.Clock;
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

    SymbolRules(BodyRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
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
        if (nature == null) {
            return SymbolKind.DOCUMENT;
        }
        return switch (nature) {
            case "RES", "Res" -> SymbolKind.RESOLUTION;
            case "DEC" -> SymbolKind.DECISION;
            case "INF" -> SymbolKind.INFORMATION;
            case "PRST" -> SymbolKind.PRESIDENTIAL_STATEMENT;
            case "NGO" -> SymbolKind.NGO_STATEMENT;
            case "GC" -> SymbolKind.GENERAL_COMMENT;
            case "D" -> SymbolKind.COMMUNICATION_DECISION;
            case "PET" -> SymbolKind.PETITION;
            case "L" -> SymbolKind.DRAFT;
            case "R" -> SymbolKind.RESTRICTED;
            case "CRP" -> SymbolKind.CONFERENCE_ROOM_PAPER;
            case "WP" -> SymbolKind.WORKING_PAPER;
            case "PV" -> SymbolKind.MEETING_RECORD;
            case "SR" -> SymbolKind.SUMMARY_RECORD;
            default -> SymbolKind.DOCUMENT;
        };
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

    private boolean gaLevel(SymbolDraft d) {
        if (!"A".equals(d.root)) {
            return false;
        }
        for (String b : d.bodies) {
            if (!(b.length() == 3 && b.startsWith("C.") && b.charAt(2) >= '1' && b.charAt(2) <= '7')) {
                return false; // main committees share the Assembly's session; other subsidiaries have their own
            }
        }
        return true;
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
        if (gaLevel(d)) {
            d.session = c.argText;
            int current = currentSession();
            if (v < FIRST_SESSION_IN_GA_SYMBOLS || v > current) {
                f.add(FindingCode.SESSION_OUT_OF_RANGE, "General Assembly session " + c.argText + " cannot occur "
                        + "here: symbols carry sessions " + FIRST_SESSION_IN_GA_SYMBOLS + " (1976) to " + current
                        + " (the current session).", c.start, c.end);
            }
        } else if (d.bodies.isEmpty() && ("S".equals(d.root) || "E".equals(d.root))) {
            d.year = v;
            int first = "S".equals(d.root) ? FIRST_SC_YEAR : FIRST_ECOSOC_YEAR;
            if (v < first || v > currentYear()) {
                String what = "PRST".equals(d.nature) ? "S/PRST symbols exist from 1 January 1994"
                        : "S".equals(d.root) ? "Security Council symbols carry a year from 1994"
                        : "ECOSOC symbols carry a year from 1978";
                f.add(FindingCode.YEAR_OUT_OF_RANGE, "Year " + c.argText + " is out of range: " + what + " to "
                        + currentYear() + ".", c.start, c.end);
            }
        } else if (c.argText.length() == 4 && v >= 1900 && v < 2200) {
            d.year = v;
            if (v < FIRST_UN_YEAR || v > currentYear() + 1) {
                f.add(FindingCode.YEAR_OUT_OF_RANGE, "Year " + v + " is outside " + FIRST_UN_YEAR + "-"
                        + (currentYear() + 1) + ".", c.start, c.end);
            }
        } else {
            d.session = c.argText;
            if (v == 0) {
                f.add(FindingCode.ZERO_NUMBER, "Sessions are numbered from 1.", c.start, c.end);
            }
        }
    }

    private void parentheticals(SymbolDraft d, Findings f) {
        for (Parenthetical p : d.parens) {
            boolean resolution = d.kind == SymbolKind.RESOLUTION || d.kind == SymbolKind.DECISION;
            switch (p.kind()) {
                case YEAR -> {
                    if (!resolution || d.slot != null) {
                        f.add(FindingCode.MISPLACED_PARENTHETICAL, "A year in parentheses follows only a Security "
                                + "Council resolution number (S/RES/2719 (2023)).", p.start(), p.end());
                    } else {
                        d.year = p.value();
                        if (p.value() < FIRST_UN_YEAR || p.value() > currentYear()) {
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
        if (!"A".equals(d.root) || d.placeholder) {
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

    /** GA, ECOSOC and Trusteeship resolutions need a session: A/RES/78/1, E/RES/1990/47, A/RES/217 (III). */
    private void needsSession(SymbolDraft d, Findings f) {
        if (d.kind == SymbolKind.RESOLUTION && d.natureSlash && d.slot == null && !d.romanSession
                && ("A".equals(d.root) || "E".equals(d.root) || "T".equals(d.root))) {
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
            if (year < FIRST_UN_YEAR || year > currentYear()) {
                f.add(FindingCode.YEAR_OUT_OF_RANGE, "Communication year " + c.argText + " is outside "
                        + FIRST_UN_YEAR + "-" + currentYear() + ".", c.start, c.end);
            }
        }
    }

    /** The value of the digits after the last {@code /} of a number, without cutting it out. */
    private static int lastPartValue(String number) {
        int slash = number.lastIndexOf('/');
        return SingleParser.parseInt(number, slash + 1, number.length());
    }

    private void root(SymbolDraft d, Findings f) {
        if (!d.rootKnown && !registry.isKnownRoot(d.root)) {
            String hint = switch (d.root) {
                case "GA", "SC", "ECOSOC", "SG", "DC", "HR", "L", "PI", "ORG", "DEV", "ENV", "OBV", "SAG" ->
                        " '" + d.root + "/' numbers press releases, not documents.";
                default -> "";
            };
            f.add(FindingCode.UNKNOWN_ROOT, "'" + d.root + "' is not a known organ or series." + hint,
                    d.rootStart, d.rootEnd);
            return;
        }
        Integer year = d.year;
        if (year == null || d.bodies.isEmpty()) {
            return; // validity dates belong to subsidiary bodies; a known root is valid in every year
        }
        String series = d.bodies.size() == 1 ? d.root + "/" + d.bodies.get(0)
                : d.root + "/" + String.join("/", d.bodies);
        Optional<Body> body = registry.longestPrefix(series);
        if (body.isPresent() && !body.get().isRoot()) {
            Body b = body.get();
            if (b.validFrom() != null && year < b.validFrom() || b.validTo() != null && year > b.validTo()) {
                f.add(FindingCode.BODY_OUTSIDE_VALIDITY, b.prefix() + " (" + b.name("en").orElse("") + ") existed "
                        + (b.validFrom() == null ? "" : "from " + b.validFrom() + " ")
                        + (b.validTo() == null ? "" : "to " + b.validTo()) + "; " + year + " is outside.",
                        d.rootStart, d.numberComponent.end);
            }
        }
    }
}
