package dev.newsclaims.language.syntax;

import java.util.Arrays;

/**
 * A sentence's basic-dependency tree: for token i (0-based) its head (0-based, -1 for the sentence's one root)
 * and the relation's label (nsubj, dobj, ccomp, ...). Immutable.
 */
public final class DependencyTree {
    private final int[] heads;
    private final String[] labels;

    DependencyTree(int[] heads, String[] labels) {
        this.heads = heads;
        this.labels = labels;
    }

    public int size() {
        return heads.length;
    }

    public int head(int token) {
        return heads[token];
    }

    public String label(int token) {
        return labels[token];
    }

    /** The root token, or -1 for an empty sentence. */
    public int root() {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    public int[] heads() {
        return heads.clone();
    }

    /** The dependents of {@code token} in sentence order. */
    public int[] dependents(int token) {
        int count = 0;
        for (int h : heads) {
            if (h == token) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == token) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** The first dependent of {@code token} with relation {@code relation}, or -1. */
    public int dependent(int token, String relation) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] == token && labels[i].equals(relation)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code ancestor} dominates {@code token} (a token dominates itself). */
    public boolean dominates(int ancestor, int token) {
        for (int i = token, steps = 0; i >= 0 && steps <= heads.length; i = heads[i], steps++) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** First and last token (inclusive) of the subtree under {@code token}: {first, last}. */
    public int[] extent(int token) {
        int first = token;
        int last = token;
        for (int i = 0; i < heads.length; i++) {
            if (dominates(token, i)) {
                first = Math.min(first, i);
                last = Math.max(last, i);
            }
        }
        return new int[] {first, last};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyTree t && Arrays.equals(heads, t.heads) && Arrays.equals(labels, t.labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(heads) * 31 + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            b.append(i).append("<-").append(heads[i]).append(':').append(labels[i]).append(' ');
        }
        return b.toString().trim();
    }
}
