package org.unsymbol.extract;

import org.unsymbol.lang.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsymbol.symbol.DocumentSymbol;
import org.unsymbol.symbol.Finding;
import org.unsymbol.symbol.FindingCode;
import org.unsymbol.symbol.ParseResult;
import org.unsymbol.symbol.SymbolKind;
import org.unsymbol.symbol.SymbolParser;
import org.unsymbol.symbol.Vocabulary;

/**
 * Finds the references to UN documents in any text (plain, Markdown, HTML), in the six official languages: written
 * symbols ({@code A/78/265}), their inherited parts ("and Corr.1", "SR.24-34, 36"), and resolutions and decisions
 * cited by number ("resolution 75/240", "第2231(2015)号决议"). Offsets are UTF-16 indexes into the original input.
 *
 * <p>One pass over the text: it stops only at anchor characters (a slash, the first digit of a number) and expands
 * around them, so its cost is linear in the text and independent of the number of keywords. Total: it never throws
 * and never loops on any input.
 */
public final class ReferenceExtractor {

    /** Distinct candidate texts whose parse one extraction remembers: documents cite the same symbols again and again. */
    private static final int PARSE_MEMO = 4096;

    private final SymbolParser parser;

    public ReferenceExtractor(SymbolParser parser) {
        this.parser = parser;
    }

    public static ReferenceExtractor standard() {
        return new ReferenceExtractor(SymbolParser.standard());
    }

    /** Extracts without a language hint; the language is detected from the text. */
    public Extraction extract(CharSequence input) {
        return extract(input, null);
    }

    /**
     * @param input    any text; null is treated as empty
     * @param language the language of the text, or null to detect it; the recognizers read every language's keywords
     *                 either way, so a wrong or missing hint loses nothing
     */
    public Extraction extract(CharSequence input, Language language) {
        String s = input == null ? "" : input.toString();
        List<Notice> notices = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<Candidate> group = new ArrayList<>();
        Map<String, ParseResult> memo = new HashMap<>();
        char[] chars = s.toCharArray(); // the loop below and the organ scope read every character: an array is cheaper
        OrganScope scope = new OrganScope(s, chars);
        int n = chars.length;
        // the next 号 and 號 at or after i (n for none), each found once: a Chinese keyword after a number needs one
        int hao = -1;
        int haoTraditional = -1;
        int i = 0;
        while ((i = Chars.nextAnchor(chars, i, n)) < n) {
            char c = chars[i];
            if (c == '/') {
                group.clear();
                int decision = CitedNumbers.conventionDecision(s, i, group); // "decision XI/32" of the CBD
                int resume = decision > 0 ? decision : WrittenSymbols.recognize(s, i, group, notices, parser);
                accept(s, group, references, memo);
                i = resume > i ? resume : i + 1;
            } else { // a digit of any script: the only other anchor
                int start = citationStart(s, i);
                int digitsEnd = Chars.digitsEnd(s, i);
                if (start < 0) {
                    i = digitsEnd;
                    continue;
                }
                if (hao < start) {
                    hao = indexOf(s, '号', start);
                }
                if (haoTraditional < start) {
                    haoTraditional = indexOf(s, '號', start);
                }
                group.clear();
                int resume = CitedNumbers.recognize(s, start, scope, group, Math.min(hao, haoTraditional) < n);
                accept(s, group, references, memo);
                i = Math.max(resume, digitsEnd);
            }
        }
        references.sort(Comparator.comparingInt(Reference::start));
        Optional<Language> lang = language != null ? Optional.of(language) : LanguageDetector.detect(s);
        return new Extraction(references, lang, notices);
    }

    /**
     * The first {@code c} in {@code s} at or after {@code from}, or {@code s.length()}: {@code String.indexOf}, which
     * the JIT vectorises (in a text without the character this is one scan of the whole text).
     */
    private static int indexOf(String s, char c, int from) {
        int at = s.indexOf(c, from);
        return at < 0 ? s.length() : at;
    }

    /** Where a cited number starting with the digit at {@code i} begins (the S of S-10/2), or -1 if it is glued. */
    private static int citationStart(String s, int i) {
        if (i == 0) {
            return 0;
        }
        char prev = s.charAt(i - 1);
        if (Chars.isDash(prev)) {
            if (i >= 2 && s.charAt(i - 2) == 'S') {
                int k = i - 2;
                if (k >= 1 && s.charAt(k - 1) == 'E') {
                    k--;
                }
                return k == 0 || !Chars.gluesToken(s.charAt(k - 1)) ? k : -1;
            }
            return -1;
        }
        return Chars.gluesToken(prev) ? -1 : i;
    }

    /** Turns one recognizer's candidates into references; a written head the grammar rejects takes its tail with it. */
    private void accept(String s, List<Candidate> group, List<Reference> out, Map<String, ParseResult> memo) {
        if (group.isEmpty()) {
            return;
        }
        for (int k = 0; k < group.size(); k++) {
            Candidate c = group.get(k);
            ParseResult result = memo.get(c.text());
            if (result == null) {
                result = parser.parse(c.text());
                if (memo.size() < PARSE_MEMO) {
                    memo.put(c.text(), result);
                }
            }
            if (k == 0 && c.form() == ReferenceForm.WRITTEN && (c.asserted() ? otherOrganization(c)
                    : notADocument(c, result))) {
                return; // "document GB.335/LILS/1": the keyword makes it a document, but the ILO's, not the UN's
            }
            if (k == 0 && c.form() == ReferenceForm.WRITTEN && !c.asserted() && malformedForeign(c, result)) {
                return;
            }
            if (c.form() == ReferenceForm.WRITTEN && (c.placeholder() || result.isPlaceholder())
                    && namesASeries(s, c.start())) {
                continue; // "Limited documents (UNEP/EA.4/L.x)", "(symbol S/...)": a pattern, no document
            }
            out.add(toReference(s, c, result));
        }
    }

    /** Words that, right before a placeholder, make it the pattern of a series: "(symbol S/...)". */
    private static final java.util.Set<String> SYMBOL_WORDS = java.util.Set.of("symbol", "symbols", "symbole",
            "symboles", "símbolo", "símbolos", "signatura", "signaturas", "условное", "обозначение", "обозначением");

    /** Plural kinds of documents before a parenthesis that then gives their series: "Information documents (…/INF/x)". */
    private static final java.util.Set<String> KIND_PLURALS = java.util.Set.of("documents", "papers", "reports",
            "records", "documentos", "informes", "документы", "доклады");

    /**
     * True when the placeholder starting at {@code start} names a series rather than a document that is still to come:
     * after "symbol" ("Documents of the Security Council (symbol S/...)"), or alone in parentheses after a plural kind
     * of document ("Conference room papers (UNEP/EA.4/CRP.x)"). A draft's "documento A/AC.292/2024/CRP.X" stays a
     * placeholder to fill in.
     */
    static boolean namesASeries(CharSequence s, int start) {
        long w = Words.before(s, start);
        if (w >= 0 && Words.end(w) >= start - 2 && SYMBOL_WORDS.contains(lower(s, w))) {
            return true;
        }
        int k = start - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || s.charAt(k) != '(') {
            return false;
        }
        long kind = Words.before(s, k);
        return kind >= 0 && KIND_PLURALS.contains(lower(s, kind));
    }

    private static String lower(CharSequence s, long w) {
        return s.subSequence(Words.start(w), Words.end(w)).toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A malformed token under a short root the registry does not know ({@code EM/RC54/8} of WHO, {@code GB/T19001} of
     * a standard): the same weak evidence as {@link #weakShortRoot}, so not reported as a malformed UN symbol.
     */
    private boolean malformedForeign(Candidate c, ParseResult result) {
        if (result.valid()) {
            return false;
        }
        int slash = c.text().indexOf('/');
        String root = slash < 0 ? c.text() : c.text().substring(0, slash);
        return !root.isEmpty() && !parser.registry().isKnownRoot(root) && weakShortRoot(c.text(), root);
    }

    /** The root of another organization's documents, before its slash or session dot: GB.267/TC/4, GOV/2006/14. */
    private static boolean otherOrganization(Candidate c) {
        int slash = c.text().indexOf('/');
        String root = slash < 0 ? c.text() : c.text().substring(0, slash);
        int dot = root.indexOf('.');
        return Vocabulary.isOtherOrganizationRoot(dot < 0 ? root : root.substring(0, dot));
    }

    private static boolean notADocument(Candidate c, ParseResult result) {
        int slash = c.text().indexOf('/');
        String root = slash < 0 ? c.text() : c.text().substring(0, slash);
        if (Vocabulary.isPressReleaseRoot(root)) { // GA/12515, SC/15295, SG/SM/1234: one list with the parser
            return true;
        }
        if (otherOrganization(c)) {
            return true; // GB.267/TC/4 (ILO), GOV/2006/14 (IAEA): the same list as the parser's
        }
        if (Vocabulary.isBodyElementRoot(root)) {
            return true; // "(WP.29/AC.2)": a body's element without its root, as the parser reads it
        }
        if (root.equals("HR") && c.text().matches("HR/\\d+")) {
            return true; // HR/5432 press release; HR/PUB/... is a document
        }
        return result.findings().stream().anyMatch(f -> f.code() == FindingCode.UNKNOWN_ROOT
                || f.code() == FindingCode.UNREGISTERED_ROOT && weakShortRoot(c.text(), root));
    }

    /**
     * An unregistered root of one or two letters in prose is too weak to report without a document keyword before it
     * or the UN's dotted series element after it ({@code LC/L.4068}, {@code LC/SES.38/8}, ECLAC's): such roots are
     * mostly other organizations' (WTO {@code WT/L/671}, {@code WT/MIN(01)/DEC/1}, WHO {@code EM/RC54/8}, OAS
     * {@code AG/doc.5404/13}, a standard {@code GB/T19001}); the UN's own short roots (A, S, E, T, ST, TD, DP) are
     * registered.
     */
    private static boolean weakShortRoot(String text, String root) {
        if (root.length() > 2) {
            return false;
        }
        int k = root.length() + 1;
        int letters = k;
        while (letters < text.length() && text.charAt(letters) >= 'A' && text.charAt(letters) <= 'Z') {
            letters++;
        }
        return !(letters > k && letters + 1 < text.length() && text.charAt(letters) == '.'
                && Chars.isDigit(text.charAt(letters + 1)));
    }

    private static Reference toReference(String s, Candidate c, ParseResult result) {
        Optional<DocumentSymbol> parsed = result.symbol();
        String symbol = parsed.map(DocumentSymbol::canonical).orElse(c.text());
        boolean placeholder = result.isPlaceholder(); // a walk over the findings: asked once
        SymbolKind kind = c.kind() != null ? c.kind()
                : parsed.map(DocumentSymbol::kind).orElseGet(() -> placeholder ? placeholderKind(c.text())
                : SymbolKind.DOCUMENT);
        ReferenceStatus status = placeholder || c.placeholder() ? ReferenceStatus.PLACEHOLDER
                : result.valid() ? ReferenceStatus.VALID : ReferenceStatus.MALFORMED;
        List<Finding> findings = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            findings.add(relocate(f, c));
        }
        return new Reference(s.substring(c.start(), c.end()), c.start(), c.end(), symbol,
                DocumentSymbol.keyOf(symbol), kind, status, findings, result.suggestions(),
                c.form() == ReferenceForm.CITATION, c.form(), c.linkable(), parsed);
    }

    /** What a placeholder stands for, by the series before it: {@code .../CRP.X} is a conference room paper. */
    private static SymbolKind placeholderKind(String text) {
        int slash = text.lastIndexOf('/');
        String last = text.substring(slash + 1);
        int dot = last.indexOf('.');
        return SymbolKind.ofNature(dot > 0 ? last.substring(0, dot).toUpperCase(java.util.Locale.ROOT) : null);
    }

    /**
     * Parser offsets point into the candidate. A verbatim candidate maps one to one; a built one (inherited, derived,
     * joined across a line) has no character-exact mapping, so its findings cover the whole reference span.
     */
    private static Finding relocate(Finding f, Candidate c) {
        if (c.verbatim() && f.start() >= 0 && f.end() <= c.end() - c.start() && f.start() <= f.end()) {
            return new Finding(f.code(), f.severity(), f.message(), c.start() + f.start(), c.start() + f.end());
        }
        return new Finding(f.code(), f.severity(), f.message(), c.start(), c.end());
    }
}
