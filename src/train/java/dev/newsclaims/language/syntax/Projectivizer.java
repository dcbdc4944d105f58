package dev.newsclaims.language.syntax;

/** Makes a gold tree projective by lifting each crossing arc's dependent to its head's head. */
final class Projectivizer {
    private Projectivizer() {
    }

    /** Lifts in place ({@code heads[i]}: 1-based head of token i, 0 = root, index 0 unused); returns lifts made. */
    static int lift(int[] heads) {
        int lifts = 0;
        while (true) {
            int worst = -1;
            int worstLength = Integer.MAX_VALUE;
            for (int d = 1; d < heads.length; d++) {
                int h = heads[d];
                if (h > 0 && !projective(heads, h, d)) {
                    int length = Math.abs(h - d);
                    if (length < worstLength) {
                        worstLength = length;
                        worst = d;
                    }
                }
            }
            if (worst < 0 || lifts > heads.length * 4) {
                return lifts;
            }
            heads[worst] = heads[heads[worst]];
            lifts++;
        }
    }

    private static boolean projective(int[] heads, int h, int d) {
        int from = Math.min(h, d) + 1;
        int to = Math.max(h, d);
        for (int k = from; k < to; k++) {
            int a = k;
            int steps = 0;
            while (a != h && a != 0 && steps++ < heads.length) {
                a = heads[a];
            }
            if (a != h) {
                return false;
            }
        }
        return true;
    }
}
