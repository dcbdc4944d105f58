package dev.newsclaims.language.syntax;

/** The four arc-eager transitions, as the class indices of the transition model. */
final class Transition {
    static final int SHIFT = 0;
    static final int LEFT_ARC = 1;
    static final int RIGHT_ARC = 2;
    static final int REDUCE = 3;
    static final int COUNT = 4;

    private Transition() {
    }
}
