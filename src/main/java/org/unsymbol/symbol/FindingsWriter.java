package org.unsymbol.symbol;

/**
 * The findings writer of one single: every finding and repair candidate the scanner ({@link ScanState}) and the
 * assembler ({@link SymbolAssembler}) report goes through here, worded once, over the cleaned buffer's offsets (which
 * {@link Findings} maps back to what was typed). Not thread-safe: one per single.
 */
final class FindingsWriter {

    final Findings f;
    final CleanText t;

    FindingsWriter(Findings f, CleanText t) {
        this.f = f;
        this.t = t;
    }

    void add(FindingCode code, String message, int i, int j) {
        f.add(code, message, i, j);
    }

    void repair(String candidate) {
        f.repair(candidate);
    }

    boolean syntaxError() {
        return f.syntaxError();
    }

    void stray(int i, int j) {
        f.add(FindingCode.NORMALIZED_WHITESPACE, "Stray space removed.", i, j);
    }

    /** A list of documents where one symbol was expected, {@code [at, end)}; the text before it as a repair. */
    void citation(int s, int at, int end) {
        f.add(FindingCode.CITATION_PHRASE, "Several documents are named here; a symbol names one. Cite them one "
                + "by one.", at, end);
        f.repair(new String(t.buf, s, at - s).strip());
    }


    void append(SymbolDraft d, Component c, String canonical) {
        d.out.append('/').append(canonical);
        if (c.dotRestored) {
            f.add(FindingCode.NORMALIZED_PUNCTUATION, "Missing '.' restored in '" + canonical + "'.", c.start,
                    c.end);
        } else if (!c.text.equals(canonical) && c.text.equalsIgnoreCase(canonical)) {
            f.add(FindingCode.NORMALIZED_CASE, "'" + c.text + "' written as '" + canonical + "'.", c.start, c.end);
        }
    }

    void noteRepairs(Component c, String canonical) {
        if (c.ocr) {
            ocr(c);
        }
        if (c.dotRestored) {
            f.add(FindingCode.NORMALIZED_PUNCTUATION, "Missing '.' restored in '" + canonical + "'.", c.start,
                    c.end);
        } else {
            String typed = c.ocr ? c.text.substring(0, c.codeEnd) + Component.ocrDigitsText(c.text.substring(c.codeEnd))
                    : c.text;
            if (!typed.equals(canonical) && typed.equalsIgnoreCase(canonical)) {
                f.add(FindingCode.NORMALIZED_CASE, "'" + c.text + "' written as '" + canonical + "'.", c.start,
                        c.end);
            }
        }
        c.ocr = false;
        c.dotRestored = false;
    }

    String upperCase(Component c, String text) {
        if (!hasLowerCase(text)) {
            return text;
        }
        String up = text.toUpperCase(java.util.Locale.ROOT);
        if (c.shape == Component.Shape.DOTTED) {
            String rest = up.substring(c.codeEnd); // ".12", or the letters of "OzL.Pro"
            if (c.arg == Component.Arg.LETTERS) {
                rest = "." + Vocabulary.elementCase(rest.substring(1));
            }
            up = Vocabulary.dottedCodeCase(c.code().toUpperCase(java.util.Locale.ROOT)) + rest;
        } else if (c.shape == Component.Shape.CODE) {
            up = Vocabulary.elementCase(up);
        }
        if (!up.equals(text)) {
            f.add(FindingCode.NORMALIZED_CASE, "'" + text + "' written as '" + up + "'.", c.start, c.end);
            return up;
        }
        return text;
    }

    static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
                return true;
            }
        }
        return false;
    }

    void ocr(Component c) {
        String arg = c.text.substring(c.codeEnd);
        f.add(FindingCode.NORMALIZED_OCR, arg.indexOf('I') < 0 && arg.indexOf('O') < 0
                ? "Letter 'l' in a number read as digit '1'."
                : "OCR letters in a number read as digits ('l' and 'I' as '1', 'O' as '0').", c.start, c.end);
    }

    void missingNumber(int at, String message) {
        f.add(FindingCode.MISSING_DOCUMENT_NUMBER, message, at, at);
    }

    void unexpected(Component c, String message) {
        f.add(FindingCode.UNEXPECTED_COMPONENT, message, c.start, c.end);
        f.repair(t.windowWith(c.start > t.from ? c.start - 1 : c.start, c.end, ""));
    }

    void range(Component c, String prefix) {
        f.add(FindingCode.RANGE_NOT_A_SYMBOL, "'" + c.text + "' is a range of documents, not one symbol; cite "
                + "each one.", c.start, c.end);
        String digits = c.argText;
        int dash = digits.indexOf('-');
        f.repair(t.windowWith(c.start, c.end, prefix + digits.substring(0, dash)));
        f.repair(t.windowWith(c.start, c.end, prefix + digits.substring(dash + 1)));
    }

    void unknownModifier(Component c) {
        f.add(FindingCode.UNKNOWN_MODIFIER, "'" + c.text + "' is not a modifier (Add., Corr., Rev., Amend., "
                + "Summary).", c.start, c.end);
        String word = c.code();
        for (Modifier.Type type : Modifier.Type.values()) {
            String name = type == Modifier.Type.SUMMARY ? "Summary" : type.token().substring(0,
                    type.token().length() - 1);
            String fullWord = FULL_WORDS[type.ordinal()];
            boolean near = Vocabulary.distance(word, name) <= (name.length() <= 3 ? 1 : 2)
                    || Vocabulary.distance(word, fullWord) <= 2
                    || word.length() >= 3 && (startsWithIgnoreCase(word, name) || startsWithIgnoreCase(name, word));
            if (near) {
                String arg = c.argText == null || type == Modifier.Type.SUMMARY ? "" : c.argText;
                f.repair(t.windowWith(c.start, c.end, type == Modifier.Type.SUMMARY ? "Summary"
                        : type.token() + (arg.isEmpty() ? "1" : arg)));
            }
        }
    }

    /** The words the modifier abbreviations stand for, in {@link Modifier.Type} order. */
    private static final String[] FULL_WORDS = {"Addendum", "Corrigendum", "Revision", "Amendment", "Summary"};

    static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Reports an argument that is not a single number; always false. */
    boolean badArgument(Component c, String rangePrefix) {
        switch (c.arg) {
            case RANGE -> range(c, rangePrefix);
            case STRAY_DOT -> strayDot(c);
            default -> reportBad(c);
        }
        return false;
    }

    void strayDot(Component c) {
        f.add(FindingCode.STRAY_PUNCTUATION, "Stray '.' after '" + c.text.substring(0, c.text.length() - 1) + "'.",
                c.end - 1, c.end);
        f.repair(t.windowWith(c.end - 1, c.end, ""));
    }

    void reportBad(Component c) {
        String text = c.text;
        if (c.shape == Component.Shape.SESSION || text.startsWith("-") || c.arg == Component.Arg.BAD
                || text.length() > 0 && Vocabulary.isDigit(text.charAt(0))) {
            f.add(FindingCode.MALFORMED_NUMBER, "'" + text + "' is not a well-formed number.", c.start, c.end);
        } else {
            f.add(FindingCode.INVALID_CHARACTER, "'" + text + "' is not a symbol component.", c.start, c.end);
        }
    }

    /** {@code 305S/2000/809}: a second symbol glued to the first by text extraction. */
}
