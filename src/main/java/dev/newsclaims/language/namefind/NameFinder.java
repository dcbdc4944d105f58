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

    /**
     * Working arrays of one text's labelling (the tags' hashes, the labels, the memory of labels given), to be reused
     * for the next text; not thread-safe.
     */
    public static final class Work {
        private long[] pos = new long[0];
        private int[] labels = new int[0];
        private final LongIntMap memory = new LongIntMap(MEMORY_SIZE);

        /** How many tokens the arrays hold without growing. */
        public int capacity() {
            return labels.length;
        }
    }

    /** Distinct capitalised words a text is expected to have (the memory grows past it). */
    private static final int MEMORY_SIZE = 256;

    /** Sets {@link AnalyzedText#nameType(int)} for every token. */
    public void find(AnalyzedText text, WordFeatures words) {
        find(text, words, new Work());
    }

    /** The same with {@code work}'s arrays, grown when the text needs more. */
    public void find(AnalyzedText text, WordFeatures words, Work work) {
        int n = text.size();
        if (work.labels.length < n) {
            work.pos = new long[n];
            work.labels = new int[n];
        }
        posHashes(text, work.pos);
        work.memory.clear();
        int[] labels = labels(text, words, work.pos, work.labels, work.memory);
        for (int i = 0; i < n; i++) {
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
        return posHashes(text, new long[text.size()]);
    }

    private static long[] posHashes(AnalyzedText text, long[] out) {
        for (int i = 0; i < text.size(); i++) {
            String tag = text.pos(i);
            out[i] = tag == null ? 0 : FeatureHash.of(tag);
        }
        return out;
    }

    /** The label (a class index of the model) of every token. */
    public int[] labels(AnalyzedText text, WordFeatures words, long[] pos) {
        return labels(text, words, pos, new int[text.size()], new LongIntMap(MEMORY_SIZE));
    }

    /** The labels written into {@code labels} (one slot per token at least), remembering in an empty {@code memory}. */
    private int[] labels(AnalyzedText text, WordFeatures words, long[] pos, int[] labels, LongIntMap memory) {
        PerceptronModel weights = model.weights();
        int classes = weights.classCount();
        float[] scores = new float[classes];
        int[] features = new int[NameFeatures.MAX];
        int outside = weights.classIndex(NameModel.OUTSIDE);
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
