package dev.newsclaims.language.perceptron;

/**
 * Per-token hashes of the word parts the taggers' features use, computed once per text: the form, its lower case,
 * a normalised form (numbers by their shape), prefixes, suffixes and the shape ({@code Xx}, {@code d.d}, ...).
 * Struct of arrays, indexed by token. An instance may be {@link #fill refilled} for the next text when its arrays
 * are long enough: the arrays are then longer than {@link #size()}.
 */
public final class WordFeatures {

    /** Stands for the positions before the first and after the last token of a sentence. */
    public static final long BOUNDARY = FeatureHash.of("<boundary>");

    public final long[] form;
    public final long[] lower;
    public final long[] norm;
    public final long[] prefix1;
    public final long[] prefix2;
    public final long[] prefix3;
    public final long[] prefix4;
    public final long[] suffix1;
    public final long[] suffix2;
    public final long[] suffix3;
    public final long[] suffix4;
    public final long[] suffix5;
    public final long[] shape;
    /** Bit flags: {@link #CAPITALIZED}, {@link #ALL_CAPS}, {@link #HAS_DIGIT}, {@link #HAS_HYPHEN}, {@link #HAS_PERIOD}. */
    public final int[] flags;

    public static final int CAPITALIZED = 1;
    public static final int ALL_CAPS = 2;
    public static final int HAS_DIGIT = 4;
    public static final int HAS_HYPHEN = 8;
    public static final int HAS_PERIOD = 16;
    public static final int LETTERS = 32;

    private int size;

    public WordFeatures(CharSequence text, int[] starts, int[] ends) {
        this(starts.length);
        fill(text, starts, ends);
    }

    /** Empty arrays for up to {@code capacity} tokens, to be {@link #fill filled}. */
    public WordFeatures(int capacity) {
        int n = capacity;
        form = new long[n];
        lower = new long[n];
        norm = new long[n];
        prefix1 = new long[n];
        prefix2 = new long[n];
        prefix3 = new long[n];
        prefix4 = new long[n];
        suffix1 = new long[n];
        suffix2 = new long[n];
        suffix3 = new long[n];
        suffix4 = new long[n];
        suffix5 = new long[n];
        shape = new long[n];
        flags = new int[n];
    }

    /** How many tokens this instance can hold. */
    public int capacity() {
        return form.length;
    }

    /** Computes the features of the tokens {@code [starts[i], ends[i])} of {@code text}, replacing the last text's. */
    public void fill(CharSequence text, int[] starts, int[] ends) {
        fill(text, starts, ends, 0, starts.length);
    }

    /**
     * The features of the tokens {@code from} to {@code to} (exclusive) only, at indices 0 to {@code to - from}: one
     * sentence at a time, so that the arrays need room for the longest sentence rather than the whole text.
     */
    public void fill(CharSequence text, int[] starts, int[] ends, int from, int to) {
        int n = to - from;
        if (n > form.length) {
            throw new IllegalArgumentException(n + " tokens, room for " + form.length);
        }
        size = n;
        for (int i = 0; i < n; i++) {
            fillToken(text, i, starts[from + i], ends[from + i]);
        }
    }

    /**
     * Token {@code i}, {@code text[s, e)}: the form, its lower case and its prefixes in one pass (a prefix's hash is
     * the lower-case hash's state after its characters), the suffixes, then the shape and flags. Each part is a
     * method of its own, so the token loop compiles small.
     */
    private void fillToken(CharSequence text, int i, int s, int e) {
        long h = FeatureHash.START;
        long hl = FeatureHash.START;
        long p2 = hl;
        long p3 = hl;
        long p4 = hl;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            h = FeatureHash.step(h, c);
            hl = FeatureHash.step(hl, Character.toLowerCase(c));
            int read = k - s + 1;
            if (read <= 2) {
                p2 = hl;
            }
            if (read <= 3) {
                p3 = hl;
            }
            if (read <= 4) {
                p4 = hl;
            }
        }
        form[i] = FeatureHash.finish(h);
        lower[i] = FeatureHash.finish(hl);
        prefix1[i] = FeatureHash.of(text, s, Math.min(e, s + 1));
        prefix2[i] = FeatureHash.finish(p2);
        prefix3[i] = FeatureHash.finish(p3);
        prefix4[i] = FeatureHash.finish(p4);
        suffix1[i] = FeatureHash.ofLower(text, Math.max(s, e - 1), e);
        suffix2[i] = FeatureHash.ofLower(text, Math.max(s, e - 2), e);
        suffix3[i] = FeatureHash.ofLower(text, Math.max(s, e - 3), e);
        suffix4[i] = FeatureHash.ofLower(text, Math.max(s, e - 4), e);
        suffix5[i] = FeatureHash.ofLower(text, Math.max(s, e - 5), e);
        shapeAndFlags(text, i, s, e);
    }

    /** The shape ({@code Xxx}, {@code dd.d}; a run of one class counted up to two) and the flags of token {@code i}. */
    private void shapeAndFlags(CharSequence text, int i, int s, int e) {
        long sh = 0x811C9DC5L;
        char last = 0;
        int repeat = 0;
        int f = 0;
        boolean upperOnly = true;
        boolean anyLetter = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            char m;
            if (Character.isUpperCase(c)) {
                m = 'X';
                anyLetter = true;
            } else if (Character.isLetter(c)) {
                m = 'x';
                upperOnly = false;
                anyLetter = true;
            } else if (Character.isDigit(c)) {
                m = 'd';
                f |= HAS_DIGIT;
            } else {
                m = c;
                if (c == '-') {
                    f |= HAS_HYPHEN;
                } else if (c == '.') {
                    f |= HAS_PERIOD;
                }
            }
            repeat = m == last ? repeat + 1 : 0;
            last = m;
            if (repeat < 2) {
                sh = (sh ^ m) * 0x100000001b3L;
            }
        }
        shape[i] = FeatureHash.combine(sh, 17);
        if (Character.isUpperCase(text.charAt(s))) {
            f |= CAPITALIZED;
        }
        if (anyLetter) {
            f |= LETTERS;
            if (upperOnly) {
                f |= ALL_CAPS;
            }
        }
        flags[i] = f;
        norm[i] = (f & HAS_DIGIT) != 0 ? shape[i] : lower[i];
    }

    public int size() {
        return size;
    }
}
