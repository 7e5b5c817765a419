package org.unsymbol.symbol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The second fast path, for symbols typed the way people type them: ASCII that differs from a canonical symbol only
 * in letter case and in spaces the grammar drops ({@code a/res/75/240}, {@code A /78/265},
 * {@code E/CN.4/2005/L.10 Add.1}). It writes the canonical candidate together with the warnings the full pipeline
 * gives for those changes (a {@code NORMALIZED_CASE} per component, a {@code NORMALIZED_WHITESPACE} per stray space,
 * a {@code NORMALIZED_PUNCTUATION} per space read as {@code /}), then lets {@link CanonicalFastPath} judge the
 * candidate (whose one possible warning, a body's validity, is mapped back to the typed offsets). Any other character
 * or change, and any candidate the canonical fast path does not accept, returns null and the full pipeline answers;
 * FastPathEquivalenceTest holds the paths to one answer.
 */
final class CaseAndSpaceFastPath {

    private static final Comparator<Finding> BY_START = Comparator.comparingInt(Finding::start);

    private final CanonicalFastPath canonical;

    CaseAndSpaceFastPath(CanonicalFastPath canonical) {
        this.canonical = canonical;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The result when {@code in} is a canonical symbol but for case and spaces; otherwise null. */
    ParseResult parse(String in) {
        int n = in.length();
        // as the canonical fast path: nothing for the cleaner to trim, unwrap or strip at either end
        if (n < 3 || n > SymbolParser.MAX_LENGTH || !Vocabulary.isLetter(in.charAt(0))
                || !Vocabulary.isDigit(in.charAt(n - 1)) && in.charAt(n - 1) != ')'
                || InputCleaner.prefixEnd(in, 0, n) > 0) {
            return null;
        }
        char[] out = new char[n];
        int[] origin = new int[n]; // where out[k] was typed
        List<Finding> findings = new ArrayList<>(4);
        int k = 0;
        boolean joinedRoot = false; // between a joint separator and the next '/': the root of a later single
        for (int i = 0; i < n; ) {
            char c = in.charAt(i);
            if (c != ' ') {
                if (!(Vocabulary.isLetter(c) || Vocabulary.isDigit(c) || c == '/' || c == '.' || c == '-' || c == '('
                        || c == ')')) {
                    return null;
                }
                if (c == 'l' && (i > 0 && upper(in.charAt(i - 1)) || i + 1 < n && upper(in.charAt(i + 1)))) {
                    return null; // lNF: OCR's l for I among capitals, which the full pipeline repairs
                }
                joinedRoot = c == '-' || joinedRoot && c != '/';
                out[k] = c;
                origin[k++] = i++;
                continue;
            }
            if (joinedRoot) {
                return null; // the full pipeline splits a joint symbol only where a root meets its '/' unspaced
            }
            int j = i;
            while (in.charAt(j) == ' ') { // the last character is not a space
                j++;
            }
            char prev = out[k - 1]; // the first character is a letter
            char next = in.charAt(j);
            if (prev == '-' || next == '-') {
                return null; // around a joint separator: the full pipeline says so in its own words
            }
            if (prev == '/' || next == '/' || prev == '.' || next == '.') {
                findings.add(finding(FindingCode.NORMALIZED_WHITESPACE, "Stray space removed.", i, j));
                i = j;
                continue;
            }
            if (next == '(' && j == i + 1) { // the one space before a resolution's (year) or (roman)
                out[k] = ' ';
                origin[k++] = i++;
                continue;
            }
            int w = j;
            while (w < n && Vocabulary.isLetter(in.charAt(w))) {
                w++;
            }
            Modifier.Type modifier = w > j ? Vocabulary.modifier(in, j, w) : null;
            if (modifier == null || modifier == Modifier.Type.SUMMARY || w == n || in.charAt(w) != '.') {
                return null;
            }
            findings.add(finding(FindingCode.NORMALIZED_PUNCTUATION, new StringBuilder(40).append("A space before '")
                    .append(in, j, w).append("' read as '/'.").toString(), i, j));
            out[k] = '/';
            origin[k++] = i;
            i = j;
        }
        if (!canonicalCase(in, out, k, origin, findings) || findings.isEmpty()) {
            return null; // nothing changed: the canonical fast path has already said no
        }
        ParseResult candidate = canonical.parse(new String(out, 0, k));
        if (candidate == null) {
            return null;
        }
        for (Finding f : candidate.findings()) { // a body's validity warning, from candidate to typed offsets
            findings.add(finding(f.code(), f.message(), origin[f.start()], origin[f.end() - 1] + 1));
        }
        findings.sort(BY_START);
        return new ParseResult(in, candidate.symbol().orElseThrow(), Tier.PLAUSIBLE, findings, List.of());
    }

    /**
     * Rewrites each component of {@code out[0, size)} in its canonical case ({@code CN.4}, {@code Sub.2},
     * {@code Add.1}) with a finding for each one changed; false for a component whose case it cannot tell.
     */
    private static boolean canonicalCase(String in, char[] out, int size, int[] origin, List<Finding> findings) {
        int start = 0;
        for (int i = 0; i <= size; i++) {
            if (i < size && out[i] != '/' && out[i] != '-' && out[i] != ' ') {
                continue;
            }
            if (i < size && out[i] == ' ') { // the parenthetical: a year, or a Roman session upper-cased unreported
                for (int p = i; p < size; p++) {
                    out[p] = Vocabulary.upper(out[p]);
                }
                return componentCase(in, out, start, i, origin, findings);
            }
            if (!componentCase(in, out, start, i, origin, findings)) {
                return false;
            }
            start = i + 1;
        }
        return true;
    }

    /**
     * One component {@code out[from, to)}: letters (a code), digits, or letters, a dot and digits. Its letters were typed
     * in one run ({@code in} from {@code origin[from]}): the word is looked up there, and nothing is allocated unless
     * the case changes.
     */
    private static boolean componentCase(String in, char[] out, int from, int to, int[] origin,
                                         List<Finding> findings) {
        int letters = from;
        while (letters < to && Vocabulary.isLetter(out[letters])) {
            letters++;
        }
        if (letters == from) {
            return true; // digits (or nothing): no case to speak of
        }
        Vocabulary.Word word = Vocabulary.word(in, origin[from], origin[from] + letters - from);
        Modifier.Type modifier = word == null ? null : word.modifier();
        String mixed = null; // the canonical spelling when it is not upper case: Add, Corr, Rev, Amend, Sub, Res
        if (letters == to) {
            if (modifier != null) {
                return false; // a modifier word without its number
            }
            mixed = Vocabulary.elementCase(out, from, to); // ExCom, ImpCom
        } else if (out[letters] == '.' && letters + 1 < to && digits(out, letters + 1, to)) {
            mixed = modifier != null ? modifier.token().substring(0, modifier.token().length() - 1)
                    : mixedCaseCode(out, from, letters);
        } else {
            return false;
        }
        boolean same = true;
        for (int c = from; c < letters && same; c++) {
            same = out[c] == (mixed == null ? Vocabulary.upper(out[c]) : mixed.charAt(c - from));
        }
        if (same) {
            return true;
        }
        String typed = new String(out, from, to - from);
        for (int c = from; c < letters; c++) {
            out[c] = mixed == null ? Vocabulary.upper(out[c]) : mixed.charAt(c - from);
        }
        findings.add(finding(FindingCode.NORMALIZED_CASE, new StringBuilder(2 * typed.length() + 18).append('\'')
                .append(typed).append("' written as '").append(out, from, to - from).append("'.").toString(),
                origin[from], origin[to - 1] + 1));
        return true;
    }

    /** {@code Sub} or {@code Res} when {@code out[from, to)} is that code in any case (its canonical spelling), else null. */
    private static String mixedCaseCode(char[] out, int from, int to) {
        if (to - from != 3) {
            return null;
        }
        String upper = new String(new char[]{Vocabulary.upper(out[from]), Vocabulary.upper(out[from + 1]),
            Vocabulary.upper(out[from + 2])});
        String mixed = Vocabulary.dottedCodeCase(upper);
        return mixed.equals(upper) ? null : mixed;
    }

    private static boolean digits(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Vocabulary.isDigit(out[i])) {
                return false;
            }
        }
        return true;
    }

    private static Finding finding(FindingCode code, String message, int start, int end) {
        return new Finding(code, code.severity(), message, start, end);
    }
}
