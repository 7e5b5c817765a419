package org.unsymbol.symbol;

import java.util.Random;

/**
 * Generates realistic, valid canonical symbols from the families of the grammar (GA and its committees, SC, ECOSOC and
 * its commissions, subsidiary bodies with years, treaty bodies, Secretariat, resolutions old and new, modifiers,
 * joint symbols). Shared by the property tests and the benchmark.
 */
public final class SymbolCorpus {

    private static final String[] MAIN_COMMITTEES = {"C.1", "C.2", "C.3", "C.4", "C.5", "C.6"};
    private static final String[] AD_HOC = {"AC.109", "AC.265", "AC.290", "AC.292"};
    private static final String[] TREATY = {"CCPR", "CERD", "CEDAW", "CAT", "CRC", "CMW", "CED", "CRPD"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "IX", "XV", "XX", "XXIV", "XXVIII", "XXX"};
    private static final String[] MODIFIERS = {"Add.", "Corr.", "Rev.", "Amend."};

    private final Random random;

    public SymbolCorpus(Random random) {
        this.random = random;
    }

    private int n(int max) {
        return 1 + random.nextInt(max);
    }

    private String modifiers() {
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            sb.append('/').append(MODIFIERS[random.nextInt(MODIFIERS.length)]).append(n(12));
        }
        return sb.toString();
    }

    private int gaSession() {
        return 31 + random.nextInt(50);
    }

    private int year(int from) {
        return from + random.nextInt(2026 - from + 1);
    }

    public String next() {
        return switch (random.nextInt(16)) {
            case 0, 1 -> "A/" + gaSession() + "/" + n(900) + modifiers();
            case 2 -> "A/" + MAIN_COMMITTEES[random.nextInt(6)] + "/" + gaSession() + "/L." + n(80) + modifiers();
            case 3 -> "A/RES/" + gaSession() + "/" + n(330);
            case 4 -> "A/RES/" + n(3541) + " (" + ROMAN[random.nextInt(ROMAN.length)] + ")";
            case 5 -> "S/RES/" + n(2790) + " (" + year(1946) + ")";
            case 6 -> "S/" + year(1994) + "/" + n(999) + modifiers();
            case 7 -> "S/PV." + n(9999);
            case 8 -> "S/PRST/" + year(1994) + "/" + n(40);
            case 9 -> "E/" + year(1978) + "/" + n(120) + modifiers();
            case 10 -> "E/CN.4/" + year(1978) + "/" + (random.nextBoolean() ? "SR." : "L.") + n(90) + modifiers();
            case 11 -> "A/" + AD_HOC[random.nextInt(AD_HOC.length)] + "/" + n(40) + modifiers();
            case 12 -> TREATY[random.nextInt(TREATY.length)] + "/C/" + n(90) + "/" + n(9) + modifiers();
            case 13 -> "A/HRC/" + n(58) + "/" + (random.nextBoolean() ? "L." : "") + n(60) + modifiers();
            case 14 -> "ST/SGB/" + year(1995) + "/" + n(20) + modifiers();
            default -> "A/" + gaSession() + "/" + n(999) + "-S/" + year(1994) + "/" + n(999);
        };
    }
}
