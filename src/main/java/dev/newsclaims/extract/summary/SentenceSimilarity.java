package dev.newsclaims.extract.summary;

import java.util.Arrays;

/**
 * Sentences as weighted bags of content words (term frequency times inverse sentence frequency) and their pairwise
 * cosine similarities.
 */
final class SentenceSimilarity {

    private SentenceSimilarity() {
    }

    /**
     * The similarities of n sentences to each other: symmetric and 0 on the diagonal, so only the pairs {@code i < j}
     * are stored, half of a square matrix.
     */
    static final class Matrix {
        private final int n;
        private final double[] upper;

        Matrix(int n) {
            this.n = n;
            this.upper = new double[n * (n - 1) / 2];
        }

        int size() {
            return n;
        }

        double get(int i, int j) {
            if (i == j) {
                return 0;
            }
            return i < j ? upper[index(i, j)] : upper[index(j, i)];
        }

        private void set(int i, int j, double value) {
            upper[index(i, j)] = value;
        }

        /** Position of the pair {@code i < j}: the pairs of row 0, then of row 1, and so on. */
        private int index(int i, int j) {
            return i * (2 * n - i - 1) / 2 + (j - i - 1);
        }
    }

    /**
     * Cosine similarity of every pair of sentences; {@code terms[s]}: sentence s's sorted term ids, {@code vectors[s]}
     * their weights ({@link #weigh}).
     */
    static Matrix cosine(int[][] terms, double[][] vectors) {
        int n = terms.length;
        double[] norms = new double[n];
        int[][] distinct = new int[n][];
        double[][] summed = new double[n][];
        for (int i = 0; i < n; i++) {
            collapse(terms[i], vectors[i], distinct, summed, i);
            norms[i] = norm(summed[i]);
        }
        Matrix similarity = new Matrix(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = dot(distinct[i], summed[i], distinct[j], summed[j]);
                s = s == 0 ? 0 : s / (norms[i] * norms[j]);
                similarity.set(i, j, s);
            }
        }
        return similarity;
    }

    /**
     * Per-sentence weights over its sorted term ids (duplicates kept adjacent): term frequency times an inverse
     * sentence frequency, so words found in every sentence count little.
     */
    static double[][] weigh(int[][] terms, int vocabularySize) {
        int[] df = new int[vocabularySize];
        for (int[] t : terms) {
            for (int k = 0; k < t.length; k++) {
                if (k == 0 || t[k] != t[k - 1]) {
                    df[t[k]]++;
                }
            }
        }
        int n = terms.length;
        double[] inverse = new double[vocabularySize];
        for (int id = 0; id < vocabularySize; id++) {
            inverse[id] = Math.log(1.0 + (double) n / df[id]);
        }
        double[][] vectors = new double[n][];
        for (int s = 0; s < n; s++) {
            double[] v = new double[terms[s].length];
            for (int k = 0; k < v.length; k++) {
                v[k] = inverse[terms[s][k]];
            }
            vectors[s] = v;
        }
        return vectors;
    }

    /**
     * Sentence {@code s}'s bag (sorted ids with per-occurrence weights) with its repeats folded: distinct ids, each
     * with its occurrences' weights summed in text order, so the pairwise {@link #dot} products need not redo the
     * folding for each of the n² pairs.
     */
    private static void collapse(int[] ids, double[] w, int[][] distinct, double[][] summed, int s) {
        int[] outIds = new int[ids.length];
        double[] outWeights = new double[ids.length];
        int count = 0;
        int i = 0;
        while (i < ids.length) {
            int id = ids[i];
            double sum = 0;
            while (i < ids.length && ids[i] == id) {
                sum += w[i++];
            }
            outIds[count] = id;
            outWeights[count++] = sum;
        }
        distinct[s] = count == ids.length ? outIds : Arrays.copyOf(outIds, count);
        summed[s] = count == ids.length ? outWeights : Arrays.copyOf(outWeights, count);
    }

    /** Dot product of two bags folded by {@link #collapse}. */
    private static double dot(int[] a, double[] wa, int[] b, double[] wb) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                dot += wa[i++] * wb[j++];
            }
        }
        return dot;
    }

    /** Length of a bag folded by {@link #collapse}. */
    private static double norm(double[] summedWeights) {
        double sum = 0;
        for (double s : summedWeights) {
            sum += s * s;
        }
        return Math.sqrt(sum);
    }
}
