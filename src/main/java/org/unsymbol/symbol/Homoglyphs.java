package org.unsymbol.symbol;

/**
 * Cyrillic and Greek letters drawn like Latin ones. A UN symbol is written in Latin letters in every language, but
 * text typed or recognised in a Cyrillic or Greek context carries lookalikes ({@code А/60/285} with a Cyrillic А,
 * {@code FССC/CP/2015/10} with two Cyrillic С, {@code UNEP/ΟzL.Pro.31/9} with a Greek Ο). The one table of them:
 * the parser folds them to Latin (with {@link FindingCode#NORMALIZED_HOMOGLYPH}), the text scanner lets them through
 * to the parser. Only letters whose capital and small forms are drawn as the Latin letter are listed (Cyrillic И, Г,
 * Greek Λ are not lookalikes). Allocation-free lookups.
 */
public final class Homoglyphs {

    private Homoglyphs() {
    }

    /** Cyrillic U+0400-U+04FF: the Latin letter drawn the same, or 0. */
    private static final char[] CYRILLIC = new char[0x100];
    /** Greek U+0370-U+03FF: the Latin letter drawn the same, or 0. */
    private static final char[] GREEK = new char[0x90];

    /** Cyrillic Supplement U+0500-U+052F (Komi/Abkhaz Q, W, d). */
    private static final char[] SUPPLEMENT = new char[0x30];

    static {
        cyrillic("АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS аa еe оo рp сc хx уy іi јj ѕs һh ԁd");
        cyrillic("ԚQ ԛq ԜW ԝw ҮY");
        greek("ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC οo ϳj");
    }

    private static void cyrillic(String pairs) {
        for (int i = 0; i + 1 < pairs.length(); i += 3) {
            char c = pairs.charAt(i);
            if (c >= 0x0400 && c < 0x0500) {
                CYRILLIC[c - 0x0400] = pairs.charAt(i + 1);
            } else if (c >= 0x0500 && c < 0x0530) {
                SUPPLEMENT[c - 0x0500] = pairs.charAt(i + 1);
            }
        }
    }

    private static void greek(String pairs) {
        for (int i = 0; i + 1 < pairs.length(); i += 3) {
            GREEK[pairs.charAt(i) - 0x0370] = pairs.charAt(i + 1);
        }
    }

    /** The Latin letter {@code c} looks like, or {@code c} itself when it is no lookalike (Latin letters included). */
    public static char toLatin(char c) {
        char l = latinOrZero(c);
        return l == 0 ? c : l;
    }

    /** True when {@code c} is a Cyrillic or Greek letter drawn like a Latin one. */
    public static boolean isLookalike(char c) {
        return latinOrZero(c) != 0;
    }

    private static char latinOrZero(char c) {
        if (c < 0x0370 || c >= 0x0530) {
            return 0;
        }
        if (c < 0x0400) {
            return GREEK[c - 0x0370];
        }
        return c < 0x0500 ? CYRILLIC[c - 0x0400] : SUPPLEMENT[c - 0x0500];
    }
}
