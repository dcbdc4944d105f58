package dev.newsclaims.language.namefind;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.NameType;
import dev.newsclaims.language.perceptron.FeatureHash;
import dev.newsclaims.language.perceptron.LongIntMap;
import dev.newsclaims.language.perceptron.PerceptronModel;
import dev.newsclaims.language.perceptron.WordFeatures;
import java.util.Arrays;

/**
 * Marks person, organisation, place and other names, one label per token, greedily left to right; reads the parts
 * of speech, so it runs after the tagger. Thread-safe.
 */
public final class NameFinder {

    private final NameModel model;
    private final NameType[] typeOfClass;

    public NameFinder(NameModel model) {
        this.model = model;
        PerceptronModel weights = model.weights();
        typeOfClass = new NameType[weights.classCount()];
        for (int c = 0; c < typeOfClass.length; c++) {
            for (NameType t : NameType.values()) {
                if (t.label().equals(weights.className(c))) {
                    typeOfClass[c] = t;
                }
            }
        }
    }

    /** Sets {@link AnalyzedText#nameType(int)} for every token. */
    public void find(AnalyzedText text, WordFeatures words) {
        int[] labels = labels(text, words, posHashes(text));
        for (int i = 0; i < labels.length; i++) {
            text.setNameType(i, typeOfClass[labels[i]]);
        }
    }

    private static boolean cannotStartName(AnalyzedText text, int token) {
        String t = text.text();
        for (int k = text.start(token), end = text.end(token); k < end; k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Hashes of the tokens' part-of-speech tags, as the features use them. */
    public static long[] posHashes(AnalyzedText text) {
        long[] out = new long[text.size()];
        for (int i = 0; i < out.length; i++) {
            String tag = text.pos(i);
            out[i] = tag == null ? 0 : FeatureHash.of(tag);
        }
        return out;
    }

    /** The label (a class index of the model) of every token. */
    public int[] labels(AnalyzedText text, WordFeatures words, long[] pos) {
        PerceptronModel weights = model.weights();
        int classes = weights.classCount();
        float[] scores = new float[classes];
        int[] features = new int[NameFeatures.MAX];
        int[] labels = new int[text.size()];
        int outside = weights.classIndex(NameModel.OUTSIDE);
        LongIntMap memory = new LongIntMap(256);
        for (int s = 0; s < text.sentenceCount(); s++) {
            int from = text.sentenceStart(s);
            int to = text.sentenceEnd(s);
            for (int i = from; i < to; i++) {
                int prev = i > from ? labels[i - 1] : -1;
                if ((prev < 0 || prev == outside) && cannotStartName(text, i)) {
                    // a word without capitals or digits after no name starts none (in the training text, 63
                    // of 540,000 such words did): not scoring them makes the finder four times faster
                    labels[i] = outside;
                    continue;
                }
                int prev2 = i > from + 1 ? labels[i - 2] : -1;
                int remembered = memory.get(words.form[i], -1);
                int n = NameFeatures.extract(words, pos, i, from, to, prev, prev2, remembered, features);
                Arrays.fill(scores, 0f);
                weights.score(features, n, scores);
                int label = PerceptronModel.best(scores, classes);
                labels[i] = label;
                if ((words.flags[i] & WordFeatures.CAPITALIZED) != 0) {
                    memory.put(words.form[i], label);
                }
            }
        }
        return labels;
    }
}
