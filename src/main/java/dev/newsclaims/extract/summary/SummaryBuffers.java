package dev.newsclaims.extract.summary;

import java.util.Arrays;

/**
 * The summary's working arrays, kept per thread and reused from article to article: allocated anew for each article
 * they were most of what summarising it allocated. They are the pairwise similarities and TextRank's weighted edges
 * (which grow with the square of the candidates, bounded by {@link SummaryCandidates#MAX_CANDIDATES}: ≤ ≈ 640 KB),
 * the sentences' bags of words ({@link SentenceTerms}) and a count and a value per word of the vocabulary, which
 * each step that needs them (weighing, then the frequency score) fills and is done with before the next one asks.
 * What they hold is valid until the thread's next summary. A thread drops them after an article that grew them past
 * {@link #MAX_KEPT_ENTRIES} bag entries or {@link #MAX_KEPT_WORDS} words, so it keeps at most ≈ 1 MB.
 */
final class SummaryBuffers {

    /** Bag entries (a sentence's distinct words), 16 bytes each. */
    static final int MAX_KEPT_ENTRIES = 1 << 13;
    /** Distinct words of an article, 12 bytes each; the vocabulary keeps a table of as many. */
    static final int MAX_KEPT_WORDS = 1 << 13;

    private static final ThreadLocal<SummaryBuffers> PER_THREAD = ThreadLocal.withInitial(SummaryBuffers::new);

    private double[] similarities = new double[0];
    private int[] edgeSources = new int[0];
    private double[] edgeShares = new double[0];
    private int[] bagIds = new int[512];
    private int[] bagCounts = new int[512];
    private double[] bagWeights = new double[512];
    private int[] wordCounts = new int[512];
    private double[] wordValues = new double[512];

    private SummaryBuffers() {
    }

    /** This thread's buffers. */
    static SummaryBuffers get() {
        return PER_THREAD.get();
    }

    /** Called after each summary: drops this thread's buffers when an article grew them past the bounds. */
    void release() {
        if (bagIds.length > MAX_KEPT_ENTRIES || wordCounts.length > MAX_KEPT_WORDS) {
            PER_THREAD.remove();
        }
    }

    /** Room for {@code pairs} similarities; the contents are left from before. */
    double[] similarities(int pairs) {
        if (similarities.length < pairs) {
            similarities = new double[pairs];
        }
        return similarities;
    }

    /** Room for {@code edges} edge sources; the contents are left from before. */
    int[] edgeSources(int edges) {
        if (edgeSources.length < edges) {
            edgeSources = new int[edges];
        }
        return edgeSources;
    }

    /** Room for {@code edges} edge weights; the contents are left from before. */
    double[] edgeShares(int edges) {
        if (edgeShares.length < edges) {
            edgeShares = new double[edges];
        }
        return edgeShares;
    }

    /** Room for {@code entries} word ids of the bags, the ones already there kept. */
    int[] bagIds(int entries) {
        if (bagIds.length < entries) {
            bagIds = Arrays.copyOf(bagIds, Math.max(entries, bagIds.length * 2));
        }
        return bagIds;
    }

    /** Room for {@code entries} counts of the bags, the ones already there kept. */
    int[] bagCounts(int entries) {
        if (bagCounts.length < entries) {
            bagCounts = Arrays.copyOf(bagCounts, Math.max(entries, bagCounts.length * 2));
        }
        return bagCounts;
    }

    /** Room for {@code entries} weights of the bags; the contents are left from before. */
    double[] bagWeights(int entries) {
        if (bagWeights.length < entries) {
            bagWeights = new double[Math.max(entries, bagWeights.length * 2)];
        }
        return bagWeights;
    }

    /** A count per word for {@code words} words, all 0. */
    int[] wordCounts(int words) {
        if (wordCounts.length < words) {
            wordCounts = new int[Math.max(words, wordCounts.length * 2)];
        } else {
            Arrays.fill(wordCounts, 0, words, 0);
        }
        return wordCounts;
    }

    /** Room for a value per word for {@code words} words; the contents are left from before. */
    double[] wordValues(int words) {
        if (wordValues.length < words) {
            wordValues = new double[Math.max(words, wordValues.length * 2)];
        }
        return wordValues;
    }
}
