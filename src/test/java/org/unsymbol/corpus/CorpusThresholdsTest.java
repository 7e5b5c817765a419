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
        check("corpus/heldout", CorpusScore.score("corpus/heldout"), 99.1, 95.6, 0.980, 1.000);
    }

    /**
     * The second round of tuning passages (other bodies' resolutions, regional-commission and ECLAC symbols, hyphenated
     * treaty-body country codes, OCR of old sessions), scored apart so that the first round keeps its goals: floors are
     * the figures measured when its rules were written; the goals apply as it reaches them.
     */
    @Test
    void tuningRoundTwo() throws Exception {
        check("corpus/round2", CorpusScore.score("corpus/round2"), 100.0, 75.0, 0.968, 0.975);
    }

    private static void check(String name, CorpusScore.Result r, double symbols, double nearMisses, double recall,
                              double precision) {
        String figures = String.format(Locale.ROOT, "%s: symbols %.1f %%, near-misses %.1f %%, recall %.3f, "
                + "precision %.3f, per language %s", name, r.symbols(), r.nearMisses(), r.recall(), r.precision(),
                perLanguage(r.perLanguage()));
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
