package dev.newsclaims.language;

import dev.newsclaims.language.namefind.NameFinder;
import dev.newsclaims.language.perceptron.WordFeatures;
import dev.newsclaims.language.postag.PosFeatures;
import dev.newsclaims.language.tokenize.Tokenizer;

/**
 * The working arrays of one analysis — token boundaries while they are found, one sentence's features, tags and
 * name labels while they are chosen — kept per thread and reused from text to text: allocated anew for each text
 * they were most of what analysing an article allocated (≈ 130 KB of 150 KB for a 4.6 KB article). None of them is
 * part of the {@link AnalyzedText}. A thread drops them once a long text grew them past {@link #MAX_KEPT_TOKENS}
 * tokens, so it keeps at most a few megabytes (≈ 0.3 MB for news-sized texts).
 */
final class AnalysisBuffers {

    /** ≈ 130 bytes a token (features 108, boundaries 8, tags 4, name labels and tag hashes 12): ≤ 6.6 MB kept. */
    static final int MAX_KEPT_TOKENS = 50_000;
    private static final int INITIAL_TOKENS = 2_048;

    private static final ThreadLocal<AnalysisBuffers> PER_THREAD = ThreadLocal.withInitial(AnalysisBuffers::new);

    final Tokenizer.Spans spans = new Tokenizer.Spans(INITIAL_TOKENS);
    WordFeatures words = new WordFeatures(INITIAL_TOKENS);
    int[] tags = new int[INITIAL_TOKENS];
    final NameFinder.Work names = new NameFinder.Work();
    /** The tagger's scores and features of one token, reused from sentence to sentence. */
    float[] tagScores = new float[0];
    final int[] tagFeatures = new int[PosFeatures.MAX];

    /** This thread's buffers. */
    static AnalysisBuffers get() {
        return PER_THREAD.get();
    }

    /** Room for a sentence of {@code tokens} tokens in the feature and tag arrays. */
    void ensure(int tokens) {
        if (words.capacity() < tokens) {
            words = new WordFeatures(Math.max(tokens, words.capacity() * 2));
            tags = new int[words.capacity()];
        }
    }

    /** Called after each text: drops this thread's buffers when they grew past {@link #MAX_KEPT_TOKENS}. */
    void release() {
        if (words.capacity() > MAX_KEPT_TOKENS || spans.capacity() > MAX_KEPT_TOKENS
                || names.capacity() > MAX_KEPT_TOKENS) {
            PER_THREAD.remove();
        }
    }
}
