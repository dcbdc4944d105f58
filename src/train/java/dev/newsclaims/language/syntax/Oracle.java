package dev.newsclaims.language.syntax;

/**
 * The arc-eager dynamic oracle (Goldberg and Nivre 2012): how many gold arcs a transition makes unreachable.
 * {@code gold[i]} is token i's gold head (0 = root), the tree projective.
 */
final class Oracle {
    private Oracle() {
    }

    static int cost(ParserState s, int transition, int[] gold) {
        int s0 = s.s0();
        int b = s.next;
        int n = s.n;
        int cost = 0;
        switch (transition) {
            case Transition.SHIFT -> {
                for (int i = 0; i < s.depth; i++) {
                    int k = s.stack[i];
                    if (gold[k] == b && s.head[k] == ParserState.NONE) {
                        cost++;
                    }
                    if (gold[b] == k) {
                        cost++;
                    }
                }
            }
            case Transition.LEFT_ARC -> {
                for (int k = b; k < n; k++) {
                    if (k != b && gold[s0] == k) {
                        cost++;
                    }
                    if (gold[k] == s0) {
                        cost++;
                    }
                }
            }
            case Transition.RIGHT_ARC -> {
                if (gold[b] != s0) {
                    int g = gold[b];
                    if (g >= b) {
                        cost++;
                    } else {
                        for (int i = 0; i < s.depth; i++) {
                            if (s.stack[i] == g) {
                                cost++;
                                break;
                            }
                        }
                    }
                }
                for (int i = 0; i < s.depth; i++) {
                    int k = s.stack[i];
                    if (gold[k] == b && s.head[k] == ParserState.NONE) {
                        cost++;
                    }
                }
            }
            case Transition.REDUCE -> {
                for (int k = b; k < n; k++) {
                    if (gold[k] == s0) {
                        cost++;
                    }
                }
            }
            default -> throw new IllegalArgumentException("transition " + transition);
        }
        return cost;
    }
}
