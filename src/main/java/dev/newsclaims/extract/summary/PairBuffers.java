package dev.newsclaims.extract.summary;

/**
 * The summary's working arrays that grow with the square of the candidates (their pairwise similarities and
 * TextRank's weighted edges), kept per thread and reused from article to article: allocated anew for each article
 * they were about half of what summarising it allocated. {@link SummaryCandidates#MAX_CANDIDATES} bounds them, so
 * a thread keeps at most ≈ 640 KB (200 candidates: 19,900 similarities, 39,800 edges of 12 bytes). What they hold is
 * valid until the thread's next summary.
 */
final class PairBuffers {

    private static final ThreadLocal<PairBuffers> PER_THREAD = ThreadLocal.withInitial(PairBuffers::new);

    private double[] similarities = new double[0];
    private int[] edgeSources = new int[0];
    private double[] edgeShares = new double[0];

    private PairBuffers() {
    }

    /** This thread's buffers. */
    static PairBuffers get() {
        return PER_THREAD.get();
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
}
