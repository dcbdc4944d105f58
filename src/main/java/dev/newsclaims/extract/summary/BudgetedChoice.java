package dev.newsclaims.extract.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the set of sentences with the most salience that fits the limits: at most {@code maxSentences} sentences
 * and {@code maxWords} words, whole sentences only. A sentence that depends on its predecessor comes only with it
 * (and that one with its own, back to a sentence that stands alone). Similar sentences pay a redundancy penalty.
 * Searches every combination of the {@value #TARGETS} most salient sentences that fit, so the work is bounded.
 */
final class BudgetedChoice {

    static final int TARGETS = 16;

    private final int[] words;
    private final double[] score;
    private final SentenceSimilarity.Matrix similarity;
    private final double redundancy;
    private final int maxSentences;
    private final int maxWords;
    private final int[] root;
    private final List<Integer> targets = new ArrayList<>();

    private final boolean[] taken;
    private final int[] members;
    private int size;
    private int usedWords;
    private double value;
    private int[] best = new int[0];
    private double bestValue = Double.NEGATIVE_INFINITY;

    private BudgetedChoice(int[] words, boolean[] dependsOnPrevious, double[] score,
                           SentenceSimilarity.Matrix similarity, double redundancy, int maxSentences, int maxWords) {
        this.words = words;
        this.score = score;
        this.similarity = similarity;
        this.redundancy = redundancy;
        this.maxSentences = maxSentences;
        this.maxWords = maxWords;
        int n = words.length;
        root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i > 0 && dependsOnPrevious[i] ? root[i - 1] : i;
        }
        taken = new boolean[n];
        members = new int[n];
    }

    /**
     * Indices of the chosen sentences in article order; empty only when there are none. When no sentence fits the
     * word limit, the most salient sentence that stands alone is taken by itself: a summary of one long sentence
     * says more than none.
     */
    static int[] choose(int[] words, boolean[] dependsOnPrevious, double[] score,
                        SentenceSimilarity.Matrix similarity, double redundancy, int maxSentences, int maxWords) {
        int n = words.length;
        if (n == 0 || maxSentences <= 0) {
            return new int[0];
        }
        BudgetedChoice c = new BudgetedChoice(words, dependsOnPrevious, score, similarity, redundancy, maxSentences, maxWords);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        for (int i : order) {
            if (c.targets.size() < TARGETS && c.fitsAlone(i)) {
                c.targets.add(i);
            }
        }
        c.search(0);
        if (c.best.length > 0) {
            return c.best;
        }
        for (int i : order) {
            if (c.root[i] == i) {
                return new int[] {i};
            }
        }
        return new int[] {order[0]};
    }

    /** The sentence with the ones it depends on is within both limits. */
    private boolean fitsAlone(int i) {
        int sentences = i - root[i] + 1;
        int total = 0;
        for (int k = root[i]; k <= i; k++) {
            total += words[k];
        }
        return sentences <= maxSentences && total <= maxWords;
    }

    private void search(int from) {
        if (size > 0 && value > bestValue) {
            bestValue = value;
            best = Arrays.copyOf(members, size);
            Arrays.sort(best);
        }
        for (int t = from; t < targets.size(); t++) {
            int target = targets.get(t);
            if (taken[target]) {
                continue;
            }
            int sizeBefore = size;
            int wordsBefore = usedWords;
            double valueBefore = value;
            boolean fits = true;
            for (int k = root[target]; k <= target && fits; k++) {
                if (!taken[k]) {
                    fits = size < maxSentences && usedWords + words[k] <= maxWords;
                    if (fits) {
                        add(k);
                    }
                }
            }
            if (fits) {
                search(t + 1);
            }
            while (size > sizeBefore) {
                taken[members[--size]] = false;
            }
            usedWords = wordsBefore;
            value = valueBefore;
        }
    }

    private void add(int k) {
        double v = score[k];
        for (int m = 0; m < size; m++) {
            int other = members[m];
            v -= redundancy * similarity.get(k, other) * Math.min(score[k], score[other]);
        }
        value += v;
        usedWords += words[k];
        taken[k] = true;
        members[size++] = k;
    }
}
