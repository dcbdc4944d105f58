package dev.newsclaims.language.perceptron;

/**
 * 64-bit hashes of feature parts (template, word form, affix, tag) and their combination into the 32-bit keys a
 * {@link PerceptronModel} stores. Feature strings are never built: parts are hashed from the text in place.
 */
public final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** Hash of {@code s[from, to)}. */
    public static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            h = (h ^ s.charAt(k)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** Hash of {@code s[from, to)} lower-cased. */
    public static long ofLower(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            h = (h ^ Character.toLowerCase(s.charAt(k))) * FNV_PRIME;
        }
        return mix(h);
    }

    /** The state of a hash over no character yet: {@code finish(step(step(START, a), b))} is the hash of "ab". */
    public static final long START = FNV_OFFSET;

    /** The state after one more character. */
    public static long step(long state, char c) {
        return (state ^ c) * FNV_PRIME;
    }

    /** The hash of the characters stepped through: equal to {@link #of} over them. */
    public static long finish(long state) {
        return mix(state);
    }

    public static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** Combines two hashes (order matters). */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    public static long combine(long a, long b, long c) {
        return combine(combine(a, b), c);
    }

    public static long combine(long a, long b, long c, long d) {
        return combine(combine(combine(a, b), c), d);
    }

    /** The 32-bit key of a feature; never 0 (0 marks an empty slot). */
    public static int key(long h) {
        int k = (int) (h ^ (h >>> 32));
        return k == 0 ? 1 : k;
    }

    /** A template's own hash: the seed every feature of that template starts from. */
    public static long template(int id) {
        return mix(0x5bd1e995L * (id + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
