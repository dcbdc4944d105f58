package dev.newsclaims.language.postag;

import dev.newsclaims.language.perceptron.FeatureHash;
import dev.newsclaims.language.perceptron.WordFeatures;

/**
 * The part-of-speech tagger's features at one token: the word, its affixes and shape, the words around it, and the
 * two tags already chosen before it (the classic greedy averaged-perceptron design). Shared by training and tagging,
 * so that both see exactly the same features.
 */
public final class PosFeatures {

    /** At most this many features per token. */
    public static final int MAX = 32;

    private static final long[] T = new long[32];
    private static final long NO_TAG = FeatureHash.of("<no tag>");
    private static final long[] TAG = new long[256];

    static {
        for (int k = 0; k < T.length; k++) {
            T[k] = FeatureHash.template(100 + k);
        }
        for (int k = 0; k < TAG.length; k++) {
            TAG[k] = FeatureHash.combine(NO_TAG, k + 1);
        }
    }

    private PosFeatures() {
    }

    /**
     * Writes the feature keys of token {@code i} of the sentence {@code [from, to)} into {@code out}; returns their
     * count. {@code prev} and {@code prev2} are the tags of the two tokens before (-1 at the sentence start).
     */
    public static int extract(WordFeatures w, int i, int from, int to, int prev, int prev2, int[] out) {
        long p1 = prev < 0 ? NO_TAG : TAG[prev];
        long p2 = prev2 < 0 ? NO_TAG : TAG[prev2];
        long wm1 = i - 1 >= from ? w.norm[i - 1] : WordFeatures.BOUNDARY;
        long wm2 = i - 2 >= from ? w.norm[i - 2] : WordFeatures.BOUNDARY;
        long wp1 = i + 1 < to ? w.norm[i + 1] : WordFeatures.BOUNDARY;
        long wp2 = i + 2 < to ? w.norm[i + 2] : WordFeatures.BOUNDARY;
        long sm1 = i - 1 >= from ? w.suffix3[i - 1] : WordFeatures.BOUNDARY;
        long sp1 = i + 1 < to ? w.suffix3[i + 1] : WordFeatures.BOUNDARY;
        long shp1 = i + 1 < to ? w.shape[i + 1] : WordFeatures.BOUNDARY;
        long word = w.norm[i];
        int n = 0;
        out[n++] = FeatureHash.key(T[0]);
        out[n++] = FeatureHash.key(FeatureHash.combine(T[1], w.form[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[2], word));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[3], w.suffix1[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[4], w.suffix2[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[5], w.suffix3[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[6], w.suffix4[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[7], w.prefix1[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[8], w.prefix3[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[9], w.shape[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[10], p1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[11], p2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[12], p1, p2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[13], p1, word));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[14], wm1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[15], sm1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[16], wm2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[17], wp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[18], sp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[19], wp2));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[20], wm1, word));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[21], word, wp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[22], shp1));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[23], i == from ? 1 : 0, w.flags[i]));
        out[n++] = FeatureHash.key(FeatureHash.combine(T[24], p1, w.suffix3[i]));
        return n;
    }
}
