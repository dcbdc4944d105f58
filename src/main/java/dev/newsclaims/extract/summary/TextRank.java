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
     * PageRank over the weighted sentence graph, walking only the non-zero edges (kept in this thread's
     * {@link SummaryBuffers}); stops when ranks settle (at most 50 rounds), so it is deterministic and bounded.
     */
    static double[] rank(SentenceSimilarity.Matrix similarity, double damping) {
        int n = similarity.size();
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outWeight[i] += similarity.get(i, j);
            }
        }
        // The edges into each sentence j, in the order of their sources i: edgesFrom[j] .. edgesFrom[j + 1].
        SummaryBuffers buffers = SummaryBuffers.get();
        int[] edgesFrom = new int[n + 1];
        int[] source = buffers.edgeSources(n * (n - 1));
        double[] share = buffers.edgeShares(n * (n - 1));
        int edges = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (similarity.get(j, i) > 0) {
                    source[edges] = i;
                    share[edges++] = similarity.get(j, i) / outWeight[i];
                }
            }
            edgesFrom[j + 1] = edges;
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < 50; iteration++) {
            double change = 0;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = edgesFrom[j]; k < edgesFrom[j + 1]; k++) {
                    sum += rank[source[k]] * share[k];
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
