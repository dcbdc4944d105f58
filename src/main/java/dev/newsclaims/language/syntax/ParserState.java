package dev.newsclaims.language.syntax;

import java.util.Arrays;

/**
 * An arc-eager configuration over one sentence: token 0 is the artificial root, tokens 1..n the words.
 * Keeps the child statistics the features read (leftmost/rightmost children, valencies, label sets) up to date
 * as arcs are added, so a feature never walks the tree.
 */
final class ParserState {
    static final int NONE = -1;

    final int n;
    final int[] stack;
    int depth;
    int next;
    final int[] head;
    final int[] label;
    final int[] leftmost;
    final int[] leftmost2;
    final int[] rightmost;
    final int[] rightmost2;
    final int[] leftCount;
    final int[] rightCount;
    final long[] leftLabels;
    final long[] rightLabels;
    int rootChildren;

    ParserState(int words) {
        n = words + 1;
        stack = new int[n + 1];
        head = new int[n];
        label = new int[n];
        leftmost = new int[n];
        leftmost2 = new int[n];
        rightmost = new int[n];
        rightmost2 = new int[n];
        leftCount = new int[n];
        rightCount = new int[n];
        leftLabels = new long[n];
        rightLabels = new long[n];
        Arrays.fill(head, NONE);
        Arrays.fill(label, NONE);
        Arrays.fill(leftmost, NONE);
        Arrays.fill(leftmost2, NONE);
        Arrays.fill(rightmost, NONE);
        Arrays.fill(rightmost2, NONE);
        stack[0] = 0;
        depth = 1;
        next = 1;
    }

    boolean terminal() {
        return next >= n;
    }

    int s0() {
        return depth > 0 ? stack[depth - 1] : NONE;
    }

    int s1() {
        return depth > 1 ? stack[depth - 2] : NONE;
    }

    int n0() {
        return next < n ? next : NONE;
    }

    int n(int offset) {
        int i = next + offset;
        return i < n ? i : NONE;
    }

    boolean legal(int transition) {
        if (next >= n) {
            return false;
        }
        int s0 = s0();
        return switch (transition) {
            case Transition.SHIFT -> true;
            case Transition.LEFT_ARC -> s0 > 0 && head[s0] == NONE;
            case Transition.RIGHT_ARC -> s0 > 0 || (s0 == 0 && rootChildren == 0);
            case Transition.REDUCE -> s0 > 0 && head[s0] != NONE;
            default -> false;
        };
    }

    void apply(int transition, int arcLabel) {
        switch (transition) {
            case Transition.SHIFT -> stack[depth++] = next++;
            case Transition.LEFT_ARC -> {
                int s0 = stack[--depth];
                attach(next, s0, arcLabel);
            }
            case Transition.RIGHT_ARC -> {
                int s0 = stack[depth - 1];
                attach(s0, next, arcLabel);
                stack[depth++] = next++;
            }
            case Transition.REDUCE -> depth--;
            default -> throw new IllegalArgumentException("transition " + transition);
        }
    }

    void attach(int h, int d, int arcLabel) {
        head[d] = h;
        label[d] = arcLabel;
        long bit = arcLabel >= 0 && arcLabel < 64 ? 1L << arcLabel : 0L;
        if (h == 0) {
            rootChildren++;
        }
        if (d < h) {
            leftCount[h]++;
            leftLabels[h] |= bit;
            if (leftmost[h] == NONE || d < leftmost[h]) {
                leftmost2[h] = leftmost[h];
                leftmost[h] = d;
            } else if (leftmost2[h] == NONE || d < leftmost2[h]) {
                leftmost2[h] = d;
            }
        } else {
            rightCount[h]++;
            rightLabels[h] |= bit;
            if (rightmost[h] == NONE || d > rightmost[h]) {
                rightmost2[h] = rightmost[h];
                rightmost[h] = d;
            } else if (rightmost2[h] == NONE || d > rightmost2[h]) {
                rightmost2[h] = d;
            }
        }
    }
}
