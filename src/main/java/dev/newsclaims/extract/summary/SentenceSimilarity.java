package dev.newsclaims.extract.summary;

/**
 * Sentences as weighted bags of content words ({@link SentenceTerms}; term frequency times inverse sentence
 * frequency) and their pairwise cosine similarities.
 */
final class SentenceSimilarity {

    private SentenceSimilarity() {
    }

    /**
     * The similarities of n sentences to each other: symmetric and 0 on the diagonal, so only the pairs {@code i < j}
     * are stored, half of a square matrix, in this thread's {@link SummaryBuffers}: valid until its next summary.
     */
    static final class Matrix {
        private final int n;
        private final double[] upper;

        Matrix(int n) {
            this.n = n;
            this.upper = SummaryBuffers.get().similarities(n * (n - 1) / 2); // every pair is set before it is read
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
     * Cosine similarity of every pair of sentences; {@code weights[e]}: the weight of bag entry e of {@code terms}
     * ({@link #weigh}).
     */
    static Matrix cosine(SentenceTerms terms, double[] weights) {
        int n = terms.sentences();
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            norms[i] = norm(weights, terms.from(i), terms.to(i));
        }
        Matrix similarity = new Matrix(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = dot(terms, weights, i, j);
                s = s == 0 ? 0 : s / (norms[i] * norms[j]);
                similarity.set(i, j, s);
            }
        }
        return similarity;
    }

    /**
     * The weight of each bag entry: its word's inverse sentence frequency (words found in every sentence count
     * little), added once for each time the sentence uses the word, as term frequency times it. The weights are
     * kept in this thread's {@link SummaryBuffers}, valid until its next summary.
     */
    static double[] weigh(SentenceTerms terms, int vocabularySize) {
        SummaryBuffers buffers = SummaryBuffers.get();
        int[] df = buffers.wordCounts(vocabularySize);
        for (int e = 0; e < terms.entries(); e++) {
            df[terms.id(e)]++;
        }
        int n = terms.sentences();
        double[] inverse = buffers.wordValues(vocabularySize);
        for (int id = 0; id < vocabularySize; id++) {
            inverse[id] = Math.log(1.0 + (double) n / df[id]);
        }
        double[] weights = buffers.bagWeights(terms.entries());
        for (int e = 0; e < terms.entries(); e++) {
            double w = inverse[terms.id(e)];
            double sum = 0;
            for (int k = terms.count(e); k > 0; k--) {
                sum += w; // summed rather than multiplied: the same rounding as adding each use's weight
            }
            weights[e] = sum;
        }
        return weights;
    }

    /** Dot product of the bags of sentences {@code a} and {@code b}. */
    private static double dot(SentenceTerms terms, double[] weights, int a, int b) {
        double dot = 0;
        int i = terms.from(a);
        int j = terms.from(b);
        int endA = terms.to(a);
        int endB = terms.to(b);
        while (i < endA && j < endB) {
            int idA = terms.id(i);
            int idB = terms.id(j);
            if (idA < idB) {
                i++;
            } else if (idA > idB) {
                j++;
            } else {
                dot += weights[i++] * weights[j++];
            }
        }
        return dot;
    }

    /** Length of the bag {@code weights[from, to)}. */
    private static double norm(double[] weights, int from, int to) {
        double sum = 0;
        for (int e = from; e < to; e++) {
            sum += weights[e] * weights[e];
        }
        return Math.sqrt(sum);
    }
}
