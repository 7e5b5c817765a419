package org.unsymbol.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbol.Tier;

/**
 * Symbols written in lower case ({@code a/78/265}) or in full-width characters ({@code Ａ/78/265}, {@code A／78／265})
 * in prose, which the extractor's recognizers (anchored on an upper-case root) leave: a pass over (text, references)
 * that adds them where they are unambiguous, so that the editor is told to fix them.
 *
 * <p>Unambiguous means: a token standing alone (after white space, an opening bracket or quote; not part of a URL,
 * a path or a word), whose root is lower-case Latin letters or contains a full-width character, with a digit in it,
 * that the grammar reads as a valid symbol of a registered root ({@link Tier#PLAUSIBLE}), and that no other
 * reference covers. So {@code and/or}, {@code km/h}, {@code n/a}, {@code w/o} (no number, no root) and
 * {@code https://undocs.org/a/78/265} (a URL) are left alone. Framework-free and total.
 */
public final class ProseSymbols {

    private static final int MAX_TOKEN = 60;
    private static final int MAX_FOUND = 10_000;

    private ProseSymbols() {
    }

    /** The references {@code existing} (in text order) misses; in text order. */
    public static List<Reference> find(CharSequence input, List<Reference> existing, SymbolParser parser) {
        if (input == null) {
            return List.of();
        }
        String s = input.toString();
        List<Reference> out = new ArrayList<>();
        int n = s.length();
        // the next full-width slash, looked up once and again only when passed: a draft usually has none, and
        // searching for it at every ASCII slash made the pass quadratic
        int fullWidthSlash = s.indexOf('／');
        int i = s.indexOf('/');
        if (fullWidthSlash >= 0 && (i < 0 || fullWidthSlash < i)) {
            i = fullWidthSlash;
        }
        while (i >= 0 && out.size() < MAX_FOUND) {
            int start = i;
            while (start > 0 && i - start < MAX_TOKEN && tokenChar(s.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && end - start < MAX_TOKEN && tokenChar(s.charAt(end))) {
                end++;
            }
            while (end > i + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--; // a sentence's period, a dash after
            }
            int resume = end;
            Reference found = start < i && end > i + 1 ? candidate(s, start, end, existing, parser) : null;
            if (found != null) {
                out.add(found);
            }
            int from = Math.max(resume, i + 1);
            if (fullWidthSlash >= 0 && fullWidthSlash < from) {
                fullWidthSlash = s.indexOf('／', from);
            }
            int ascii = s.indexOf('/', from);
            i = ascii < 0 ? fullWidthSlash : fullWidthSlash < 0 ? ascii : Math.min(ascii, fullWidthSlash);
        }
        return out;
    }

    private static int nextSlash(String s, int from) {
        int a = s.indexOf('/', from);
        int b = s.indexOf('／', from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '/'
                || c == '-' || c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09' && c != '\uFF0C';
    }

    private static Reference candidate(String s, int start, int end, List<Reference> existing, SymbolParser parser) {
        if (start > 0) {
            char before = s.charAt(start - 1);
            if (!(Character.isWhitespace(before) || "([{\"'“«‘„\u00a0".indexOf(before) >= 0)) {
                return null; // glued to a word, a URL's host or a path
            }
        }
        if (overlaps(existing, start, end)) {
            return null;
        }
        String token = s.substring(start, end);
        int slash = nextSlash(token, 0);
        String root = token.substring(0, slash);
        boolean fullWidth = false;
        boolean lower = true;
        boolean digit = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            fullWidth |= c >= '\uFF01' && c <= '\uFF5E';
            digit |= c >= '0' && c <= '9' || c >= '０' && c <= '９';
        }
        for (int k = 0; k < root.length(); k++) {
            char c = root.charAt(k);
            lower &= c >= 'a' && c <= 'z';
        }
        if (!digit || !(fullWidth || lower) || root.isEmpty() || urlAround(s, start)) {
            return null;
        }
        ParseResult result = parser.parse(token);
        if (!result.valid() || result.tier() != Tier.PLAUSIBLE || result.symbol().isEmpty()) {
            return null;
        }
        for (Finding f : result.findings()) {
            if (f.code() == FindingCode.NOT_A_DOCUMENT || f.code() == FindingCode.UNREGISTERED_ROOT) {
                return null;
            }
        }
        DocumentSymbol parsed = result.symbol().get();
        List<Finding> findings = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            int fs = Math.max(0, Math.min(f.start(), token.length()));
            int fe = Math.max(fs, Math.min(f.end(), token.length()));
            findings.add(new Finding(f.code(), f.severity(), f.message(), start + fs, start + fe));
        }
        return new Reference(token, start, end, parsed.canonical(), DocumentSymbol.keyOf(parsed.canonical()),
                parsed.kind(), ReferenceStatus.VALID, findings, result.suggestions(), false, ReferenceForm.WRITTEN,
                true, Optional.of(parsed));
    }

    /** Part of a URL: "://" or "www." between the last white space and the token. */
    private static boolean urlAround(String s, int start) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(s.charAt(from - 1)) && start - from < 200) {
            from--;
        }
        String before = s.substring(from, start);
        return before.contains("://") || before.contains("www.");
    }

    private static boolean overlaps(List<Reference> refs, int start, int end) {
        int lo = 0;
        int hi = refs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Reference r = refs.get(mid);
            if (r.end() <= start) {
                lo = mid + 1;
            } else if (r.start() >= end) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@code a} and {@code b} (each in text order) merged in text order. */
    public static List<Reference> merge(List<Reference> a, List<Reference> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Reference> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && a.get(i).start() <= b.get(j).start()) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }
}
