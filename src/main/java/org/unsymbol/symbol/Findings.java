package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the findings of one parse, mapping buffer offsets back to the original input; and repair candidates. */
final class Findings {

    /** Repair candidates kept per parse (see {@link SymbolParser#MAX_CANDIDATES}). */
    static final int MAX_REPAIRS = 8;

    private CleanText text;
    private List<Finding> list;
    /** the findings of {@code list}, to report each once in constant time (an input may have one per character) */
    private Set<Finding> seen;
    private Set<String> repairs;
    private boolean syntaxError;
    private boolean ruleError;
    private boolean unregistered;

    /** Buffer offsets can be mapped once the cleaner has built its buffer. */
    void attach(CleanText text) {
        this.text = text;
    }

    CleanText text() {
        return text;
    }

    /** A finding over the buffer range {@code [i, j)}; without a buffer (the fast path) offsets are the input's. */
    void add(FindingCode code, String message, int i, int j) {
        int start = text == null ? i : text.originalStart(i);
        int end = j <= i ? start : Math.max(start, text == null ? j : text.originalEnd(j));
        addOriginal(code, message, start, end);
    }

    /** A finding over an original range, for characters that no longer exist in the buffer. */
    void addOriginal(FindingCode code, String message, int start, int end) {
        if (list == null) {
            list = new ArrayList<>(4);
        }
        Finding finding = new Finding(code, code.severity(), message, start, end);
        if (list.size() < 8 ? list.contains(finding) : seenSet().contains(finding)) {
            return; // two steps noticed the same thing (a case change seen when read and when written): say it once
        }
        list.add(finding);
        if (seen != null) {
            seen.add(finding);
        }
        if (code.severity() == Severity.ERROR) {
            if (code.isSyntax()) {
                syntaxError = true;
            } else {
                ruleError = true;
            }
        }
    }

    private Set<Finding> seenSet() {
        if (seen == null) {
            seen = new java.util.HashSet<>(list);
        }
        return seen;
    }

    boolean has(FindingCode code) {
        if (list != null) {
            for (Finding f : list) {
                if (f.code() == code) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A likely intended input; the parser keeps it when it parses as valid. */
    void repair(String candidate) {
        if (repairs == null) {
            repairs = new LinkedHashSet<>();
        }
        if (repairs.size() < MAX_REPAIRS) {
            repairs.add(candidate);
        }
    }

    Set<String> repairs() {
        return repairs == null ? Set.of() : repairs;
    }

    boolean isEmpty() {
        return list == null;
    }

    boolean syntaxError() {
        return syntaxError;
    }

    boolean ruleError() {
        return ruleError;
    }

    /** An empty collector over the same buffer: a reading is tried there and {@link #absorb}ed only if it is kept. */
    Findings scratch() {
        Findings s = new Findings();
        s.text = text;
        return s;
    }

    /** Takes over the findings, repairs and registration doubt of a scratch collector (offsets already mapped). */
    void absorb(Findings other) {
        if (other.list != null) {
            for (Finding x : other.list) {
                addOriginal(x.code(), x.message(), x.start(), x.end());
            }
        }
        if (other.repairs != null) {
            for (String r : other.repairs) {
                repair(r);
            }
        }
        unregistered |= other.unregistered;
    }

    /** The root is not registered, but the symbol is well-formed enough to be reported as such (a warning). */
    void unregistered() {
        unregistered = true;
    }

    Tier tier() {
        return syntaxError ? Tier.MALFORMED : ruleError ? Tier.WELL_FORMED
                : unregistered ? Tier.UNREGISTERED : Tier.PLAUSIBLE;
    }

    List<Finding> sorted() {
        if (list == null) {
            return List.of();
        }
        if (list.size() > 1) {
            list.sort(Comparator.comparingInt(Finding::start));
        }
        return list;
    }
}
