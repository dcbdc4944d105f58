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
        /** One token's scores and features, reused from sentence to sentence (sized on first use). */
        private float[] scores = new float[0];
        private final int[] features = new int[NameFeatures.MAX];

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
        int[] features = new int[NameFeatures.MAX];
        float[] scores = new float[model.weights().classCount()];
        for (int s = 0; s < text.sentenceCount(); s++) {
            labelSentence(text, words, pos, 0, text.sentenceStart(s), text.sentenceEnd(s), labels, memory, scores,
                    features);
        }
        return labels;
    }

    /** Clears {@code work}'s memory of labels given: call before the first {@link #findInSentence} of a text. */
    public static void startText(Work work) {
        work.memory.clear();
    }

    /**
     * Sets {@link AnalyzedText#nameType(int)} for the tokens {@code [from, to)} of one sentence, whose parts of speech
     * are set and whose features {@code sentenceWords} holds from index 0. Sentences must come in order, after
     * {@link #startText}: the labels are those of {@link #find} over the whole text.
     */
    public void findInSentence(AnalyzedText text, WordFeatures sentenceWords, int from, int to, Work work) {
        int n = to - from;
        if (work.labels.length < n) {
            work.pos = new long[Math.max(n, work.labels.length * 2)];
            work.labels = new int[work.pos.length];
        }
        for (int i = from; i < to; i++) {
            String tag = text.pos(i);
            work.pos[i - from] = tag == null ? 0 : FeatureHash.of(tag);
        }
        if (work.scores.length != model.weights().classCount()) {
            work.scores = new float[model.weights().classCount()];
        }
        labelSentence(text, sentenceWords, work.pos, from, from, to, work.labels, work.memory, work.scores,
                work.features);
        for (int i = from; i < to; i++) {
            text.setNameType(i, typeOfClass[work.labels[i - from]]);
        }
    }

    /** Labels tokens {@code [from, to)}, whose features, tag hashes and label slots are at index {@code i - offset}. */
    private void labelSentence(AnalyzedText text, WordFeatures words, long[] pos, int offset, int from, int to,
            int[] labels, LongIntMap memory, float[] scores, int[] features) {
        PerceptronModel weights = model.weights();
        int classes = weights.classCount();
        int outside = weights.classIndex(NameModel.OUTSIDE);
        int first = from - offset;
        int end = to - offset;
        for (int i = first; i < end; i++) {
            int prev = i > first ? labels[i - 1] : -1;
            if ((prev < 0 || prev == outside) && cannotStartName(text, i + offset)) {
                // a word without capitals or digits after no name starts none (in the training text, 63
                // of 540,000 such words did): not scoring them makes the finder four times faster
                labels[i] = outside;
                continue;
            }
            int prev2 = i > first + 1 ? labels[i - 2] : -1;
            int remembered = memory.get(words.form[i], -1);
            int n = NameFeatures.extract(words, pos, i, first, end, prev, prev2, remembered, features);
            Arrays.fill(scores, 0f);
            weights.score(features, n, scores);
            int label = PerceptronModel.best(scores, classes);
            labels[i] = label;
            if ((words.flags[i] & WordFeatures.CAPITALIZED) != 0) {
                memory.put(words.form[i], label);
            }
        }
    }
}
