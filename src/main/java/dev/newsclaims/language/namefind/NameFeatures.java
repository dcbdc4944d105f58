package dev.newsclaims.language.namefind;

import dev.newsclaims.language.perceptron.FeatureHash;
import dev.newsclaims.language.perceptron.WordFeatures;

/**
 * The name finder's features at one token: the word and its shape and affixes, the parts of speech and words
 * around it (as CoreNLP's name tagger, words up to four tokens away), the labels already chosen for the two tokens before it, and the label this text last gave the same
 * word (names recur: "Clinton" is a person all through an article once it was one). Shared by training and tagging.
 */
public final class NameFeatures {

    public static final int MAX = 40;

    private static final long[] T = new long[48];
    private static final long NONE = FeatureHash.of("<none>");
    private static final long[] LABEL = new long[16];

    static {
        for (int k = 0; k < T.length; k++) {
            T[k] = FeatureHash.template(200 + k);
        }
        for (int k = 0; k < LABEL.length; k++) {
            LABEL[k] = FeatureHash.combine(NONE, k + 1);
        }
    }

    private NameFeatures() {
    }

    /**
     * Features of token {@code i} in sentence {@code [from, to)}; {@code pos} holds hashes of the tokens' tags;
     * {@code prev}, {@code prev2} the labels of the two tokens before (-1 at the sentence start); {@code remembered}
     * the label last given to the same form in this text (-1 if none).
     */
    public static int extract(WordFeatures w, long[] pos, int i, int from, int to, int prev, int prev2,
            int remembered, int[] out) {
        long p1 = prev < 0 ? NONE : LABEL[prev];
        long p2 = prev2 < 0 ? NONE : LABEL[prev2];
        long mem = remembered < 0 ? NONE : LABEL[remembered];
        boolean hasM1 = i - 1 >= from;
        boolean hasM2 = i - 2 >= from;
        boolean hasP1 = i + 1 < to;
        boolean hasP2 = i + 2 < to;
        long lm1 = hasM1 ? w.lower[i - 1] : WordFeatures.BOUNDARY;
        long lm2 = hasM2 ? w.lower[i - 2] : WordFeatures.BOUNDARY;
        long lp1 = hasP1 ? w.lower[i + 1] : WordFeatures.BOUNDARY;
        long lp2 = hasP2 ? w.lower[i + 2] : WordFeatures.BOUNDARY;
        long tm1 = hasM1 ? pos[i - 1] : WordFeatures.BOUNDARY;
        long tp1 = hasP1 ? pos[i + 1] : WordFeatures.BOUNDARY;
        long shm1 = hasM1 ? w.shape[i - 1] : WordFeatures.BOUNDARY;
        long shp1 = hasP1 ? w.shape[i + 1] : WordFeatures.BOUNDARY;
        long lower = w.lower[i];
        int n = 0;
        out[n++] = FeatureHash.key(T[0]);
        out[n++] = FeatureHash.key(FeatureHash.combine(T[1], w.form[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[2], lower));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[3], w.shape[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[4], w.suffix3[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[5], w.suffix4[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[6], w.prefix3[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[7], pos[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[8], tm1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[9], tp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[10], p1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[11], p1, p2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[12], p1, w.form[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[13], lm1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[14], lp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[15], lm2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[16], lp2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[17], lm1, lower));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[18], lower, lp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[19], shm1, w.shape[i], shp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[20], pos[i], tp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[21], i == from ? 1 : 0, w.flags[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[22], mem));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[23], mem, w.shape[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[24], p1, w.shape[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[25], tm1, pos[i], tp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[26], p1, lp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[27], lm1, pos[i]));
        // words further off, without their position (3 to 4 tokens before, after)
        for (int k = Math.max(from, i - 4); k < i - 2; k++) {
            out[n++] = FeatureHash.key(FeatureHash.combine(T[28], w.lower[k]));
        }
        for (int k = i + 3; k < Math.min(to, i + 5); k++) {
            out[n++] = FeatureHash.key(FeatureHash.combine(T[29], w.lower[k]));
        }
        out[n++] = FeatureHash.key(FeatureHash.combine(T[30], p1, pos[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[31], w.form[i], tp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[32], w.prefix2[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[33], w.prefix4[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[34], w.suffix2[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[35], w.suffix5[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[36], shm1, w.form[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[37], w.form[i], shp1));
        return n;
    }
}
