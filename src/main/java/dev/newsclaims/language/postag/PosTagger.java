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

    /** The tag (as a class index of the model) of every token. */
    public int[] tagIndices(AnalyzedText text, WordFeatures words) {
        return tagIndices(text, words, new int[text.size()]);
    }

    /** The tag of every token, written into {@code tags} (at least one slot per token), which is returned. */
    private int[] tagIndices(AnalyzedText text, WordFeatures words, int[] tags) {
        PerceptronModel weights = model.weights();
        int classes = weights.classCount();
        float[] scores = new float[classes];
        int[] features = new int[PosFeatures.MAX];
        for (int s = 0; s < text.sentenceCount(); s++) {
            int from = text.sentenceStart(s);
            int to = text.sentenceEnd(s);
            for (int i = from; i < to; i++) {
                int tag = model.dictionaryTag(words.form[i]);
                if (tag < 0) {
                    int prev = i > from ? tags[i - 1] : -1;
                    int prev2 = i > from + 1 ? tags[i - 2] : -1;
                    int n = PosFeatures.extract(words, i, from, to, prev, prev2, features);
                    java.util.Arrays.fill(scores, 0f);
                    weights.score(features, n, scores);
                    tag = PerceptronModel.best(scores, classes);
                }
                tags[i] = tag;
            }
        }
        return tags;
    }
}
