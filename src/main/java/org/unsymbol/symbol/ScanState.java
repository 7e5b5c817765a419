package org.unsymbol.symbol;

/**
 * The named states of the {@link SymbolScanner}, in the manner of jsoup's {@code TokeniserState}: each reads from the
 * {@link Cursor}, records what it read in the scanner, writes any finding to the scanner's {@link FindingsWriter} and
 * returns the next state. A scan runs from {@link #START} to {@link #DONE} (components and tail read) or
 * {@link #FAILED} (a syntax error written). The component states come first, then the tail's.
 */
enum ScanState {

    /** Drops trailing spaces and a final reissue mark ({@code A/58/323*}), then reads components. */
    START {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int typedEnd = r.end();
            if (r.trimEnd() != typedEnd && s.quiet) {
                return FAILED; // spaces before a joint separator: the joint split notes them
            }
            int mark = r.dropLast('*');
            if (mark >= 0) {
                if (s.quiet) {
                    return FAILED; // the reissue mark is dropped with a note
                }
                s.reissued = true;
                s.reissueAt = mark;
            }
            if (!s.quiet) { // quietly a component is its range of the input: nothing to copy
                int size = r.end() - r.start;
                s.sc = new char[size];
                s.pos = new int[size];
            }
            s.compB = r.start;
            return COMPONENT;
        }
    },

    /** Inside a component: a character is taken, or {@code /} ends the component, or another state decides. */
    COMPONENT {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int run = r.alphanumericEnd(r.pos()); // letters and digits, the bulk of a symbol, as CHARACTER takes them
            if (s.quiet) {
                s.k += run - r.pos(); // quietly only the count: the component is its range
            } else {
                for (int x = r.pos(); x < run; x++) {
                    s.take(r.at(x), x);
                }
            }
            r.moveTo(run);
            if (r.isEmpty()) {
                return COMPONENTS_END;
            }
            int i = r.pos();
            switch (r.current()) {
                case '/' -> {
                    s.endComponent(i, i + 1);
                    r.advance();
                    return COMPONENT;
                }
                case ' ' -> {
                    return SPACE;
                }
                case '.' -> {
                    return DOT;
                }
                case ':' -> {
                    return COLON;
                }
                case '(' -> {
                    return OPEN_PAREN;
                }
                case '[' -> {
                    if (s.k > s.compK) { // A/RES/217[A]: the Digital Library's bracketed part letter
                        s.tailStart = i;
                        return COMPONENTS_END;
                    }
                    return CHARACTER;
                }
                default -> {
                    return CHARACTER;
                }
            }
        }
    },

    /** Any other character: taken when a symbol may hold it, else the scan fails on it. */
    CHARACTER {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            char c = r.current();
            int i = r.pos();
            boolean takes = c != ',' && c != ';' && c != '&' && c != '*' && c != ')' && SymbolScanner.allowed(c);
            if (!takes && s.quiet) {
                return FAILED;
            }
            if (c == ',' || c == ';' || c == '&') {
                s.w.citation(s.s, i, r.end());
                return FAILED;
            }
            if (c == '*') {
                s.w.add(FindingCode.MISPLACED_REISSUE_MARK, "'*' marks a reissue only at the end of a symbol.", i,
                        i + 1);
                s.w.repair(s.t.windowWith(i, i + 1, ""));
                return FAILED;
            }
            if (c == ')') {
                s.w.add(FindingCode.UNBALANCED_PARENTHESIS, "')' has no matching '('.", i, i + 1);
                return FAILED;
            }
            if (!SymbolScanner.allowed(c)) {
                s.w.add(FindingCode.INVALID_CHARACTER, "'" + c + "' cannot occur in a symbol.", i, i + 1);
                return FAILED;
            }
            s.take(c, i);
            r.advance();
            return COMPONENT;
        }
    },

    /**
     * A run of spaces inside the single: removed as stray, read as {@code /} before a modifier word, kept between the
     * words of a compound code, or the start of the tail (a part letter, a parenthetical); a list fails the scan.
     */
    SPACE {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int i = r.pos();
            int j = r.runEnd(' ', i); // the single does not end with a space: j < end
            int end = r.end();
            char prev = s.previous();
            char next = r.at(j);
            if (prev == '/' || next == '/' || prev == '.' || next == '.' || prev == '-' || next == '-'
                    || next == ':') {
                if (s.quiet) {
                    return FAILED;
                }
                s.w.stray(i, j);
                r.moveTo(j);
                return COMPONENT;
            }
            if (next == '(' || next == '[') {
                s.tailStart = j;
                return COMPONENTS_END;
            }
            int we = r.lettersEnd(j);
            if (we > j) {
                CharSequence text = s.text();
                Modifier.Type m = Vocabulary.modifier(text, j, we);
                if (m != null && (m == Modifier.Type.SUMMARY
                        || we < end && (r.at(we) == '.' || r.at(we) == ':' || Vocabulary.isDigit(r.at(we))))) {
                    if (s.quiet) {
                        return FAILED;
                    }
                    s.w.add(FindingCode.NORMALIZED_PUNCTUATION, "A space before '" + new String(r.buf, j, we - j)
                            + "' read as '/'.", i, j);
                    s.endComponent(i, j);
                    r.moveTo(j);
                    return COMPONENT;
                }
                if (Vocabulary.isConjunction(text, j, we)) {
                    if (!s.quiet) {
                        s.w.citation(s.s, i, end);
                    }
                    return FAILED;
                }
                if (we - j == 1 && (we == end || r.at(we) == ' ' || r.at(we) == '(' || r.at(we) == '-')) {
                    s.tailStart = j; // part letter of a composite resolution: "69/274 A", "70/93 A-B"
                    return COMPONENTS_END;
                }
                if (we < end && r.at(we) == '.' && s.splitModifier(j, we)) {
                    if (s.quiet) {
                        return FAILED;
                    }
                    s.w.add(FindingCode.NORMALIZED_WHITESPACE, "A space inside '" + new String(s.sc, s.compK,
                            s.k - s.compK) + new String(r.buf, j, we - j) + ".' removed.", i, j);
                    r.moveTo(j); // R ev.1, A dd.1: a modifier word split by OCR or a line break
                    return COMPONENT;
                }
                if (Vocabulary.isLetter(prev)) {
                    if (s.quiet && j > i + 1) {
                        return FAILED; // the run of spaces becomes one
                    }
                    s.take(' ', i); // words of a compound series code: TD/B/C.1/IRON ORE
                    r.moveTo(j);
                    return COMPONENT;
                }
            }
            if (s.quiet) {
                return FAILED; // a list, a split number or a stray space: each a finding
            }
            if (next == ',' || next == ';' || next == '&') {
                s.w.citation(s.s, i, end);
                return FAILED;
            }
            if (Vocabulary.isDigit(prev) && Vocabulary.isDigit(next)) {
                s.w.add(FindingCode.MALFORMED_NUMBER, "A space splits a number.", i, j);
                return FAILED;
            }
            s.w.stray(i, j);
            r.moveTo(j);
            return COMPONENT;
        }
    },

    /** A dot after digits and before a modifier word is read as {@code /} ({@code 265.Add.1}); else a character. */
    DOT {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int i = r.pos();
            if (s.k > s.compK && Vocabulary.isDigit(s.taken(s.k - 1))) {
                int we = r.lettersEnd(i + 1);
                if (we > i + 1 && Vocabulary.modifier(s.text(), i + 1, we) != null) {
                    if (s.quiet) {
                        return FAILED;
                    }
                    s.w.add(FindingCode.NORMALIZED_PUNCTUATION, "'.' before '" + new String(r.buf, i + 1, we - i - 1)
                            + "' read as '/'.", i, i + 1);
                    s.endComponent(i, i + 1);
                    r.advance();
                    return COMPONENT;
                }
            }
            return CHARACTER;
        }
    },

    /** A colon between letters and a number is read as a dot ({@code L:1}); elsewhere it is no symbol character. */
    COLON {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int i = r.pos();
            if (s.k > s.compK && Vocabulary.isLetter(s.taken(s.k - 1)) && i + 1 < r.end()
                    && (Vocabulary.isDigit(r.at(i + 1)) || r.at(i + 1) == 'l')) {
                if (s.quiet) {
                    return FAILED;
                }
                s.w.add(FindingCode.NORMALIZED_PUNCTUATION, "':' read as '.'.", i, i + 1);
                s.take('.', i);
                r.advance();
                return COMPONENT;
            }
            return CHARACTER;
        }
    },

    /** {@code EX(12)/}: a body numbered in parentheses stays in its component; any other {@code (} starts the tail. */
    OPEN_PAREN {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int i = r.pos();
            int close = r.indexOf(')', i);
            if (s.componentIsLetters() && close > 0 && close + 1 < r.end() && r.at(close + 1) == '/') {
                for (int x = i; x <= close; x++) {
                    if (r.at(x) != ' ') {
                        s.take(r.at(x), x);
                    } else if (s.quiet) {
                        return FAILED; // the space is dropped: the component is no longer its range
                    }
                }
                r.moveTo(close + 1);
                return COMPONENT;
            }
            s.tailStart = i;
            return COMPONENTS_END;
        }
    },

    /** Closes the last component (or notes a trailing {@code /}); the tail follows if one was seen. */
    COMPONENTS_END {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int end = r.end();
            if (s.k == s.compK && s.compB == end && s.tailStart < 0 && (s.quiet ? s.count > 0 : !s.comps.isEmpty())) {
                if (s.quiet) {
                    return FAILED; // a trailing '/', reported by the assembler
                }
                s.trailingSlashAt = end - 1;
            } else {
                s.addComponent(s.compK, s.k, s.compB, s.tailStart >= 0 ? s.tailStart : end);
            }
            if (s.quiet && s.count > s.ranges.length) {
                return FAILED;
            }
            if (s.tailStart < 0) {
                return DONE;
            }
            r.moveTo(s.tailStart);
            return TAIL;
        }
    },

    /** After the last component: part letters and parentheticals, {@code " A-B"}, {@code " (2023)"}, {@code "(PartI)"}. */
    TAIL {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            if (r.isEmpty()) {
                return DONE;
            }
            char c = r.current();
            int j = r.pos();
            if (c == ' ') {
                r.advance();
                return TAIL;
            }
            if (c == '(') {
                return TAIL_PAREN;
            }
            if (c == '[' && j + 2 < r.end() && Vocabulary.isLetter(r.at(j + 1)) && r.at(j + 2) == ']'
                    && s.partLetters == null) {
                return TAIL_BRACKET;
            }
            if (Vocabulary.isLetter(c)) {
                return TAIL_WORD;
            }
            if (s.quiet) {
                return FAILED;
            }
            if (c == ')') {
                s.w.add(FindingCode.UNBALANCED_PARENTHESIS, "')' has no matching '('.", j, j + 1);
            } else if (c == ',' || c == ';' || c == '&') {
                s.w.citation(s.t.from, j, r.end());
            } else {
                s.w.add(FindingCode.INVALID_CHARACTER, "'" + c + "' cannot occur in a symbol.", j, j + 1);
            }
            return FAILED;
        }
    },

    /** A parenthetical of the tail, read by {@link Parenthetical#of} and noted when not in canonical spacing. */
    TAIL_PAREN {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            int j = r.pos();
            int end = r.end();
            int close = r.matching(j);
            if (s.quiet) { // the range only: the fast path reads its one year or Roman session itself
                if (close < 0 || s.parenStart >= 0) {
                    return FAILED;
                }
                s.parenStart = j;
                s.parenEnd = close + 1;
                r.moveTo(close + 1);
                return TAIL;
            }
            if (close < 0) {
                s.w.add(FindingCode.UNBALANCED_PARENTHESIS, "'(' is never closed.", j, end);
                s.w.repair(s.t.windowWith(end, end, ")"));
                return FAILED;
            }
            StringBuilder inner = new StringBuilder(close - j);
            boolean innerSpace = false;
            for (int x = j + 1; x < close; x++) {
                if (r.at(x) == ' ') {
                    innerSpace = true;
                } else {
                    inner.append(r.at(x));
                }
            }
            if (inner.length() == 0) {
                s.w.add(FindingCode.EMPTY_COMPONENT, "Empty parentheses.", j, close + 1);
                return FAILED;
            }
            Parenthetical p = Parenthetical.of(inner.toString(), j, close + 1, s.w.f);
            if (p == null) {
                return FAILED;
            }
            char[] b = r.buf; // the characters before the single count too: " (2023)" after a joint separator
            boolean spaceBefore = j > 0 && b[j - 1] == ' ';
            boolean spaces = spaceBefore && j > 1 && b[j - 2] == ' ';
            if (innerSpace || spaces || spaceBefore != p.kind().spaced()) {
                s.w.add(FindingCode.NORMALIZED_PARENTHETICAL, "Parenthetical written as "
                        + (p.kind().spaced() ? "' (" : "'(") + p.text() + ")'.", spaceBefore ? j - 1 : j, close + 1);
            }
            s.parens.add(p);
            r.moveTo(close + 1);
            return TAIL;
        }
    },

    /** {@code [A]}: the Digital Library's bracketed part letter. */
    TAIL_BRACKET {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            if (s.quiet) {
                return FAILED; // read with a note
            }
            int j = r.pos();
            char letter = r.at(j + 1);
            s.w.add(FindingCode.NORMALIZED_PUNCTUATION, "Digital Library bracket form '[" + letter
                    + "]' read as the part letter.", j, j + 3);
            s.partLetters = String.valueOf(Vocabulary.upper(letter));
            s.partStart = j;
            s.partEnd = j + 3;
            r.moveTo(j + 3);
            return TAIL;
        }
    },

    /** A word of the tail: the part letters ({@code A}, {@code A-B}), once and before any parenthetical. */
    TAIL_WORD {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            if (s.quiet) {
                return FAILED; // part letters are the full pipeline's
            }
            int j = r.pos();
            int we = r.wordEnd(j);
            if (Vocabulary.isConjunction(s.t, j, we)) {
                s.w.citation(s.t.from, j, r.end());
                return FAILED;
            }
            if (s.partLetters != null || !s.parens.isEmpty() || !s.partLetters(j, we)) {
                s.w.add(FindingCode.UNEXPECTED_COMPONENT, "'" + new String(r.buf, j, we - j)
                        + "' has no place at the end of a symbol.", j, we);
                return FAILED;
            }
            s.partLetters = new String(r.buf, j, we - j).toUpperCase(java.util.Locale.ROOT);
            s.partStart = j;
            s.partEnd = we;
            r.moveTo(we);
            return TAIL;
        }
    },

    /** The scan read the whole single. */
    DONE {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            return DONE;
        }
    },

    /** The scan stopped on a syntax error, written to the findings. */
    FAILED {
        @Override
        ScanState read(SymbolScanner s, Cursor r) {
            return FAILED;
        }
    };

    /** Reads from {@code r} at its position, records in {@code s}, and gives the next state. */
    abstract ScanState read(SymbolScanner s, Cursor r);
}
