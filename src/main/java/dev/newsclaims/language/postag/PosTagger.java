package dev.newsclaims.language.postag;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.perceptron.PerceptronModel;
import dev.newsclaims.language.perceptron.WordFeatures;

/** Tags every token with a Penn Treebank part of speech, greedily left to right within each sentence. Thread-safe. */
public final class PosTagger {

    private final PosModel model;

    public PosTagger(PosModel model) {
        this.model = model;
    }

    /** Sets {@link AnalyzedText#pos(int)} for every token. */
    public void tag(AnalyzedText text, WordFeatures words) {
        tag(text, words, new int[text.size()]);
    }

    /** The same, choosing the tags in {@code work} (at least one slot per token; its contents are overwritten). */
    public void tag(AnalyzedText text, WordFeatures words, int[] work) {
        int[] tags = tagIndices(text, words, work);
        PerceptronModel weights = model.weights();
        for (int i = 0; i < text.size(); i++) {
            text.setPos(i, weights.className(tags[i]));
        }
    }

    /** How many tags the model knows. */
    public int classCount() {
        return model.weights().classCount();
    }

    /** The tag (as a class index of the model) of every token. */
    public int[] tagIndices(AnalyzedText text, WordFeatures words) {
        return tagIndices(text, words, new int[text.size()]);
    }

    /** The tag of every token, written into {@code tags} (at least one slot per token), which is returned. */
    private int[] tagIndices(AnalyzedText text, WordFeatures words, int[] tags) {
        int[] features = new int[PosFeatures.MAX];
        float[] scores = new float[model.weights().classCount()];
        for (int s = 0; s < text.sentenceCount(); s++) {
            tagSentence(words, 0, text.sentenceStart(s), text.sentenceEnd(s), tags, scores, features);
        }
        return tags;
    }

    /**
     * Sets {@link AnalyzedText#pos(int)} for the tokens {@code [from, to)} of one sentence, whose features
     * {@code sentenceWords} holds from index 0 (see {@link WordFeatures#fill(CharSequence, int[], int[], int, int)});
     * {@code work} has at least {@code to - from} slots. The same tags as tagging the whole text.
     */
    public void tagSentence(AnalyzedText text, WordFeatures sentenceWords, int from, int to, int[] work) {
        tagSentence(text, sentenceWords, from, to, work, new float[model.weights().classCount()],
                new int[PosFeatures.MAX]);
    }

    /**
     * The same, with one token's scores ({@link #classCount()} slots) and features ({@link PosFeatures#MAX} slots)
     * kept in arrays the caller reuses from sentence to sentence.
     */
    public void tagSentence(AnalyzedText text, WordFeatures sentenceWords, int from, int to, int[] work,
            float[] scores, int[] features) {
        PerceptronModel weights = model.weights();
        tagSentence(sentenceWords, from, from, to, work, scores, features);
        for (int i = from; i < to; i++) {
            text.setPos(i, weights.className(work[i - from]));
        }
    }

    /** Tags tokens {@code [from, to)}, whose features and tag slots are at index {@code i - offset}. */
    private void tagSentence(WordFeatures words, int offset, int from, int to, int[] tags, float[] scores,
            int[] features) {
        PerceptronModel weights = model.weights();
        int classes = weights.classCount();
        int first = from - offset;
        int end = to - offset;
        for (int i = first; i < end; i++) {
            int tag = model.dictionaryTag(words.form[i]);
            if (tag < 0) {
                int prev = i > first ? tags[i - 1] : -1;
                int prev2 = i > first + 1 ? tags[i - 2] : -1;
                int n = PosFeatures.extract(words, i, first, end, prev, prev2, features);
                java.util.Arrays.fill(scores, 0f);
                weights.score(features, n, scores);
                tag = PerceptronModel.best(scores, classes);
            }
            tags[i] = tag;
        }
    }
}
