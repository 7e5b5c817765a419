package org.unsymbol.catalogue.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Words to find in titles, read from a search box the way web search reads it. Total: any text gives a query,
 * possibly one that asks nothing ({@link #positive()} false), never an exception.
 *
 * <ul>
 *   <li>words are runs of letters, marks and digits; anything else separates them ({@code progress-report},
 *       {@code a&b|c}, {@code (x)} are two, three and one word); every word must be found, in any title of a
 *       document;</li>
 *   <li>a run of Han characters is a substring of a title ({@code 可持续});</li>
 *   <li>{@code "..."} is a phrase: its words in that order, as written;</li>
 *   <li>{@code -word} or {@code -"phrase"} excludes; {@code or} between two terms takes either;</li>
 *   <li>the last word is also a prefix while it is being typed ({@code progres} finds {@code progress}) unless the
 *       query ends in a space or the word has one character.</li>
 * </ul>
 *
 * @param clauses all must hold (AND); each is one term or several joined by {@code or}
 */
public record TitleQuery(List<List<Term>> clauses) {

    /** Longest query read, in characters (a 400 above it). */
    public static final int MAX_LENGTH = 500;
    /** Most words and runs in a query (a 400 above it). */
    public static final int MAX_TERMS = 32;

    /** One term; {@code negated} excludes what it finds. */
    public sealed interface Term {
        boolean negated();
    }

    /** A word; {@code prefix} also finds words it begins. */
    public record Word(String text, boolean prefix, boolean negated) implements Term {
    }

    /** A run of Han characters, found as a substring. */
    public record HanRun(String text, boolean negated) implements Term {
    }

    /** Words in this order (as written, accents aside); Han runs inside it are required as substrings too. */
    public record Phrase(List<String> words, List<String> hanRuns, boolean negated) implements Term {
    }

    /** True when some clause can find something: a query of only exclusions or no words finds nothing. */
    public boolean positive() {
        return clauses.stream().anyMatch(c -> c.stream().noneMatch(Term::negated));
    }

    public int terms() {
        return clauses.stream().mapToInt(c -> c.stream().mapToInt(t -> t instanceof Phrase p
                ? p.words().size() + p.hanRuns().size() : 1).sum()).sum();
    }

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Reads {@code q} (already checked for length by the caller). */
    public static TitleQuery parse(String q) {
        List<List<Term>> clauses = new ArrayList<>();
        boolean orPending = false;
        int i = 0;
        int n = q.length();
        Word lastBare = null;
        int lastBareClause = -1;
        int lastBareIndex = -1;
        while (i < n) {
            int cp = q.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean negated = false;
            if (cp == '-' && i + 1 < n && !Character.isWhitespace(q.codePointAt(i + 1))) {
                negated = true;
                i++;
                cp = q.codePointAt(i);
            }
            List<Term> found = new ArrayList<>();
            if (cp == '"') {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                List<String> words = new ArrayList<>();
                List<String> han = new ArrayList<>();
                split(q.substring(i + 1, end), words, han);
                if (!words.isEmpty() || !han.isEmpty()) {
                    found.add(new Phrase(words, han, negated));
                }
                i = close < 0 ? n : close + 1;
            } else {
                // a token: up to the next space or quote; its words and Han runs, each a term
                int start = i;
                while (i < n) {
                    int c = q.codePointAt(i);
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"') {
                        break;
                    }
                    i += Character.charCount(c);
                }
                String token = q.substring(start, i);
                if (!negated && !orPending && token.equalsIgnoreCase("or") && !clauses.isEmpty()) {
                    orPending = true;
                    continue;
                }
                splitOrdered(token, negated, found);
            }
            if (found.isEmpty()) {
                continue;
            }
            if (orPending && found.size() == 1 && !clauses.isEmpty()) {
                clauses.get(clauses.size() - 1).add(found.get(0));
                orPending = false;
            } else {
                orPending = false;
                for (Term t : found) {
                    List<Term> clause = new ArrayList<>();
                    clause.add(t);
                    clauses.add(clause);
                }
            }
            Term last = found.get(found.size() - 1);
            if (last instanceof Word w && !w.negated()) {
                lastBare = w;
                lastBareClause = clauses.size() - 1;
                lastBareIndex = clauses.get(lastBareClause).size() - 1;
            } else {
                lastBare = null;
            }
        }
        boolean typing = n > 0 && !Character.isWhitespace(q.codePointBefore(n)) && q.charAt(n - 1) != '"';
        if (typing && lastBare != null && lastBareClause == clauses.size() - 1
                && lastBareIndex == clauses.get(lastBareClause).size() - 1
                && lastBare.text().codePointCount(0, lastBare.text().length()) > 1) {
            clauses.get(lastBareClause).set(lastBareIndex, new Word(lastBare.text(), true, false));
        }
        List<List<Term>> frozen = new ArrayList<>();
        clauses.forEach(c -> frozen.add(List.copyOf(c)));
        return new TitleQuery(List.copyOf(frozen));
    }

    /** The words and Han runs of a phrase's text. */
    private static void split(String text, List<String> words, List<String> han) {
        List<Term> terms = new ArrayList<>();
        splitOrdered(text, false, terms);
        for (Term t : terms) {
            if (t instanceof Word w) {
                words.add(w.text());
            } else if (t instanceof HanRun h) {
                han.add(h.text());
            }
        }
    }

    /** The words and Han runs of a token, in order, each negated or not. */
    private static void splitOrdered(String text, boolean negated, List<Term> out) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) {
                int start = i;
                while (i < n && isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new HanRun(text.substring(start, i), negated));
            } else if (isWordChar(cp)) {
                int start = i;
                while (i < n && isWordChar(text.codePointAt(i)) && !isHan(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new Word(text.substring(start, i), false, negated));
            } else {
                i += Character.charCount(cp);
            }
        }
    }
}
