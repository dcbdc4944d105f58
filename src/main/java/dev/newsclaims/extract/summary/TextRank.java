package dev.newsclaims.extract.summary;

import java.util.Arrays;

/**
 * TextRank: PageRank over the weighted graph of sentence similarities; a sentence is central when sentences
 * like it are.
 */
final class TextRank {

    private TextRank() {
    }

    /**
     * PageRank over the weighted sentence graph, walking only the non-zero edges; stops when ranks settle (at most
     * 50 rounds), so it is deterministic and bounded.
     */
    static double[] rank(SentenceSimilarity.Matrix similarity, double damping) {
        int n = similarity.size();
        int[][] neighbours = new int[n][];
        double[][] share = new double[n][];
        for (int j = 0; j < n; j++) {
            int degree = 0;
            for (int i = 0; i < n; i++) {
                degree += similarity.get(j, i) > 0 ? 1 : 0;
            }
            neighbours[j] = new int[degree];
            share[j] = new double[degree];
        }
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outWeight[i] += similarity.get(i, j);
            }
        }
        for (int j = 0; j < n; j++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (similarity.get(j, i) > 0) {
                    neighbours[j][k] = i;
                    share[j][k++] = similarity.get(j, i) / outWeight[i];
                }
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < 50; iteration++) {
            double change = 0;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                int[] from = neighbours[j];
                double[] weight = share[j];
                for (int k = 0; k < from.length; k++) {
                    sum += rank[from[k]] * weight[k];
                }
                next[j] = (1 - damping) / n + damping * sum;
                change += Math.abs(next[j] - rank[j]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (change < 1e-6) {
                break;
            }
        }
        return rank;
    }
}
