package org.unsymbol.corpus;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the grammar and the extractor to their measured truth on real UN text (issue 12): the tuning corpus
 * ({@code corpus/}) and the held-out one ({@code corpus/heldout/}, gathered from other documents; its failures have
 * since been fixed by general rules, so it is no longer unseen text). Each floor is the goal where it is met and otherwise the figure measured when the rule set
 * last changed, so that no change can make the service less true without this test failing; {@code CorpusScore -v}
 * shows what fails and why.
 */
class CorpusThresholdsTest {

    /** The goals: symbols and near-misses in percent, passage recall and precision. */
    static final double GOAL_SYMBOLS = 99.0;
    static final double GOAL_NEAR_MISSES = 95.0;
    static final double GOAL_RECALL = 0.98;
    static final double GOAL_PRECISION = 0.98;

    @Test
    void tuningCorpus() throws Exception {
        check("corpus", CorpusScore.score("corpus"), GOAL_SYMBOLS, GOAL_NEAR_MISSES, GOAL_RECALL, GOAL_PRECISION);
    }

    @Test
    void heldOutCorpus() throws Exception {
        check("corpus/heldout", CorpusScore.score("corpus/heldout"), 99.3, 95.6, 0.980, 1.000);
    }

    /**
     * The second round of tuning passages (other bodies' resolutions, regional-commission and ECLAC symbols, hyphenated
     * treaty-body country codes, OCR of old sessions), scored apart so that the first round keeps its goals: floors are
     * the figures measured when its rules were written; the goals apply as it reaches them. Since the rules for the
     * failures rounds two and five left (branch h-rules: OCR letters in numbers, a dot for a slash, the adopting
     * body after a date) it meets all four: 100 %, 100 %, 0.984, 1.000.
     */
    @Test
    void tuningRoundTwo() throws Exception {
        check("corpus/round2", CorpusScore.score("corpus/round2"), 100.0, 100.0, 0.984, 1.000);
    }

    /**
     * Round three ({@code corpus/round3/}): a fresh real-text test set gathered after rounds one and two from sources
     * none of them uses, its expectations written by hand before anything was scored. First measured at symbols
     * 96.6 %, near-misses 88.9 %, recall 0.724, precision 0.911 (main code of 1 December 2026); its failures were then
     * fixed by general rules (branch h-rules3), so from that commit on it is tuned on, no longer unseen. The floors are
     * its figures as measured on branch h-rules (99.4 %, 95.6 %, 0.984, 1.000).
     */
    @Test
    void roundThree() throws Exception {
        CorpusScore.Result r = CorpusScore.score("corpus/round3");
        System.out.println(figures("corpus/round3", r));
        check("corpus/round3", r, 99.4, 95.5, 0.983, 1.000);
    }

    /**
     * Round four ({@code corpus/round4/}): a fresh real-text set in Arabic, Chinese, Russian and Spanish (103 passages
     * from 60 hosts no earlier set cites), its expectations written by hand and committed before anything was scored.
     * First measured at symbols 97.1 %, near-misses 92.0 %, recall 0.886, precision 0.962 (main code 4163f6f); its
     * failures were then fixed by general rules (branch h-g1), so it is tuned on from commit d4bf480. The floors are its
     * figures as measured on branch h-rules (99.5 %, 100 %, 0.973, 0.981).
     */
    @Test
    void roundFour() throws Exception {
        CorpusScore.Result r = CorpusScore.score("corpus/round4");
        System.out.println(figures("corpus/round4", r));
        check("corpus/round4", r, 99.5, 100.0, 0.973, 0.981);
    }

    /**
     * Round five ({@code corpus/round5/}): English and French passages, symbols of series mostly outside the registry
     * and near-misses, gathered from sources no earlier round uses and committed before anything was scored. First
     * measured at symbols 96.8 %, near-misses 84.4 %, recall 0.916, precision 0.970 (snapshot of main 4163f6f); five
     * near-miss expectations were then corrected (90.9 % on the same code) and the round's failures fixed by general
     * rules (branch h-g2), so from that commit on it is tuned on. Floors a little below the figures measured after
     * those rules (97.6 %, 93.5 %, 0.969, 0.986). The rules for the failures it left (branch h-rules) raised it to
     * 99.6 %, 100 %, 0.979, 0.993, the floors now (recall 280/286, just below the goal).
     */
    @Test
    void roundFive() throws Exception {
        CorpusScore.Result r = CorpusScore.score("corpus/round5");
        System.out.println(figures("corpus/round5", r));
        check("corpus/round5", r, 99.6, 100.0, 0.979, 0.992);
    }

    /**
     * Round six ({@code corpus/round6/}): a blind set in all six languages, committed before anything was scored. First
     * measured at symbols 95.9 %, near-misses 61.5 %, recall 0.878, precision 0.967 (h-gather6 at af04fb7); its
     * failures were then fixed by general rules (branch h-rules6), so it is tuned on from commit 327e655. Floors at
     * the figures measured after those rules (symbols 97.3 %, near-misses 61.5 %, recall 0.948, precision 0.978).
     */
    @Test
    void roundSix() throws Exception {
        CorpusScore.Result r = CorpusScore.score("corpus/round6");
        System.out.println(figures("corpus/round6", r));
        check("corpus/round6", r, 97.2, 61.5, 0.948, 0.977);
    }

    private static String figures(String name, CorpusScore.Result r) {
        return String.format(Locale.ROOT, "%s: symbols %.1f %%, near-misses %.1f %%, recall %.3f, "
                + "precision %.3f, per language (recall/precision) %s", name, r.symbols(), r.nearMisses(), r.recall(),
                r.precision(), perLanguage(r.perLanguage()));
    }

    private static void check(String name, CorpusScore.Result r, double symbols, double nearMisses, double recall,
                              double precision) {
        String figures = figures(name, r);
        assertAll(figures,
                () -> assertTrue(r.symbols() >= Math.min(symbols, GOAL_SYMBOLS), "symbols " + figures),
                () -> assertTrue(r.nearMisses() >= Math.min(nearMisses, GOAL_NEAR_MISSES), "near-misses " + figures),
                () -> assertTrue(r.recall() >= Math.min(recall, GOAL_RECALL), "recall " + figures),
                () -> assertTrue(r.precision() >= Math.min(precision, GOAL_PRECISION), "precision " + figures));
    }

    private static String perLanguage(Map<String, double[]> langs) {
        StringBuilder b = new StringBuilder();
        langs.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.3f/%.3f", k, v[0], v[1])));
        return b.toString().trim();
    }
}
