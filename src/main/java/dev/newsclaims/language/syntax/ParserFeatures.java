package dev.newsclaims.language.syntax;

/**
 * Feature keys for the transition model and the label model, after Zhang and Nivre (2011): words and tags of
 * the stack top, the next three input words, the stack top's head and grandhead, the leftmost and rightmost
 * children, their labels, the distance between stack top and input, valencies and child label sets. Each
 * feature is a 64-bit key mixed from a template number and the hashed values, so nothing is built as a string.
 */
final class ParserFeatures {
    static final int MAX_TRANSITION_FEATURES = 96;
    static final int MAX_LABEL_FEATURES = 40;

    private ParserFeatures() {
    }

    static long mix(long h, long v) {
        h ^= v;
        h *= 0x9e3779b97f4a7c15L;
        return h ^ (h >>> 31);
    }

    private static long k(int template, long a) {
        return mix(mix(template * 0xff51afd7ed558ccdL, a), 0x2545f4914f6cdd1dL);
    }

    private static long k(int template, long a, long b) {
        return mix(mix(mix(template * 0xff51afd7ed558ccdL, a), b), 0x2545f4914f6cdd1dL);
    }

    private static long k(int template, long a, long b, long c) {
        return mix(mix(mix(mix(template * 0xff51afd7ed558ccdL, a), b), c), 0x2545f4914f6cdd1dL);
    }

    private static long w(TokenValues v, int i) {
        return i < 0 ? TokenValues.ABSENT : v.word[i];
    }

    private static long t(TokenValues v, int i) {
        return i < 0 ? TokenValues.ABSENT : v.tag[i];
    }

    private static long l(ParserState s, int i) {
        return i < 0 ? -7 : s.label[i];
    }

    private static int at(int[] a, int i) {
        return i < 0 ? ParserState.NONE : a[i];
    }

    private static long distance(int a, int b) {
        if (a < 0 || b < 0) {
            return -1;
        }
        int d = b - a;
        return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
    }

    static int transition(ParserState s, TokenValues v, long[] out) {
        int s0 = s.s0();
        int s1 = s.s1();
        int n0 = s.n0();
        int n1 = s.n(1);
        int n2 = s.n(2);
        int s0h = at(s.head, s0);
        int s0h2 = at(s.head, s0h);
        int s0l = at(s.leftmost, s0);
        int s0r = at(s.rightmost, s0);
        int s0l2 = at(s.leftmost2, s0);
        int s0r2 = at(s.rightmost2, s0);
        int n0l = at(s.leftmost, n0);
        int n0l2 = at(s.leftmost2, n0);
        int n0p = n0 > 1 ? n0 - 1 : ParserState.NONE;

        long s0w = w(v, s0), s0t = t(v, s0), n0w = w(v, n0), n0t = t(v, n0);
        long n1w = w(v, n1), n1t = t(v, n1), n2w = w(v, n2), n2t = t(v, n2);
        long s0wt = mix(s0w, s0t), n0wt = mix(n0w, n0t), n1wt = mix(n1w, n1t);
        long dist = distance(s0, n0);
        long s0vl = s0 < 0 ? -1 : s.leftCount[s0];
        long s0vr = s0 < 0 ? -1 : s.rightCount[s0];
        long n0vl = n0 < 0 ? -1 : s.leftCount[n0];
        long s0sl = s0 < 0 ? -1 : s.leftLabels[s0];
        long s0sr = s0 < 0 ? -1 : s.rightLabels[s0];
        long n0sl = n0 < 0 ? -1 : s.leftLabels[n0];
        long s0ht = t(v, s0h), s0lt = t(v, s0l), s0rt = t(v, s0r), n0lt = t(v, n0l);

        int i = 0;
        out[i++] = k(0, 1);
        out[i++] = k(1, s0w);
        out[i++] = k(2, s0t);
        out[i++] = k(3, s0wt);
        out[i++] = k(4, n0w);
        out[i++] = k(5, n0t);
        out[i++] = k(6, n0wt);
        out[i++] = k(7, n1w);
        out[i++] = k(8, n1t);
        out[i++] = k(9, n1wt);
        out[i++] = k(10, n2w);
        out[i++] = k(11, n2t);
        out[i++] = k(12, mix(n2w, n2t));
        out[i++] = k(13, s0wt, n0wt);
        out[i++] = k(14, s0wt, n0w);
        out[i++] = k(15, s0w, n0wt);
        out[i++] = k(16, s0wt, n0t);
        out[i++] = k(17, s0t, n0wt);
        out[i++] = k(18, s0w, n0w);
        out[i++] = k(19, s0t, n0t);
        out[i++] = k(20, n0t, n1t);
        out[i++] = k(21, n0t, n1t, n2t);
        out[i++] = k(22, s0t, n0t, n1t);
        out[i++] = k(23, s0ht, s0t, n0t);
        out[i++] = k(24, s0t, s0lt, n0t);
        out[i++] = k(25, s0t, s0rt, n0t);
        out[i++] = k(26, s0t, n0t, n0lt);
        out[i++] = k(27, s0w, dist);
        out[i++] = k(28, s0t, dist);
        out[i++] = k(29, n0w, dist);
        out[i++] = k(30, n0t, dist);
        out[i++] = k(31, s0w, n0w, dist);
        out[i++] = k(32, s0t, n0t, dist);
        out[i++] = k(33, s0w, s0vr);
        out[i++] = k(34, s0t, s0vr);
        out[i++] = k(35, s0w, s0vl);
        out[i++] = k(36, s0t, s0vl);
        out[i++] = k(37, n0w, n0vl);
        out[i++] = k(38, n0t, n0vl);
        out[i++] = k(39, w(v, s0h));
        out[i++] = k(40, s0ht);
        out[i++] = k(41, l(s, s0));
        out[i++] = k(42, w(v, s0l));
        out[i++] = k(43, s0lt);
        out[i++] = k(44, l(s, s0l));
        out[i++] = k(45, w(v, s0r));
        out[i++] = k(46, s0rt);
        out[i++] = k(47, l(s, s0r));
        out[i++] = k(48, w(v, n0l));
        out[i++] = k(49, n0lt);
        out[i++] = k(50, l(s, n0l));
        out[i++] = k(51, w(v, s0h2));
        out[i++] = k(52, t(v, s0h2));
        out[i++] = k(53, l(s, s0h));
        out[i++] = k(54, w(v, s0l2));
        out[i++] = k(55, t(v, s0l2));
        out[i++] = k(56, l(s, s0l2));
        out[i++] = k(57, w(v, s0r2));
        out[i++] = k(58, t(v, s0r2));
        out[i++] = k(59, l(s, s0r2));
        out[i++] = k(60, w(v, n0l2));
        out[i++] = k(61, t(v, n0l2));
        out[i++] = k(62, l(s, n0l2));
        out[i++] = k(63, s0t, s0lt, t(v, s0l2));
        out[i++] = k(64, s0t, s0rt, t(v, s0r2));
        out[i++] = k(65, s0t, s0ht, t(v, s0h2));
        out[i++] = k(66, n0t, n0lt, t(v, n0l2));
        out[i++] = k(67, s0w, s0sr);
        out[i++] = k(68, s0t, s0sr);
        out[i++] = k(69, s0w, s0sl);
        out[i++] = k(70, s0t, s0sl);
        out[i++] = k(71, n0w, n0sl);
        out[i++] = k(72, n0t, n0sl);
        out[i++] = k(73, t(v, s1), s0t, n0t);
        out[i++] = k(74, w(v, s1), s0t);
        out[i++] = k(75, s0 > 0 && s.head[s0] >= 0 ? 1 : 0, s0t, n0t);
        out[i++] = k(76, n0 < 0 ? 0 : v.suffix[n0], n0t);
        out[i++] = k(77, s0 <= 0 ? 0 : v.suffix[s0], s0t);
        out[i++] = k(78, t(v, n0p), n0t, s0t);
        out[i++] = k(79, n0 < 0 ? 0 : v.prefix[n0], n0t);
        out[i++] = k(80, s.rootChildren, s0t, n0t);
        out[i++] = k(81, s0t, n0t, n1wt);
        out[i++] = k(82, s0wt, n0t, n1t);
        if (s0 >= 0 && n0 >= 0) {
            long punctuation = Math.min(3, v.punctuationBefore[n0 - 1] - v.punctuationBefore[s0]);
            long verbs = Math.min(3, v.verbsBefore[n0 - 1] - v.verbsBefore[s0]);
            out[i++] = k(83, s0t, n0t, punctuation);
            out[i++] = k(84, s0t, n0t, verbs);
            out[i++] = k(85, n0w, punctuation, verbs);
            out[i++] = k(86, s0w, punctuation, verbs);
        }
        out[i++] = k(87, n0 > 1 ? v.word[n0 - 1] : TokenValues.ABSENT, n0t);
        out[i++] = k(88, s0 >= 0 && s0 + 1 < v.tag.length ? v.tag[s0 + 1] : TokenValues.ABSENT, s0t, n0t);
        return i;
    }

    /** Features for labelling the arc head → dependent, just added to the configuration. */
    static int label(ParserState s, TokenValues v, int h, int d, long[] out) {
        long hw = w(v, h), ht = t(v, h), dw = w(v, d), dt = t(v, d);
        long dir = d < h ? 1 : 2;
        long dist = d < h ? distance(d, h) : distance(h, d);
        int hh = at(s.head, h);
        int dl = at(s.leftmost, d);
        int dr = at(s.rightmost, d);
        int i = 0;
        out[i++] = k(100, dir);
        out[i++] = k(101, hw, dir);
        out[i++] = k(102, ht, dir);
        out[i++] = k(103, dw, dir);
        out[i++] = k(104, dt, dir);
        out[i++] = k(105, ht, dt, dir);
        out[i++] = k(106, hw, dt, dir);
        out[i++] = k(107, ht, dw, dir);
        out[i++] = k(108, hw, dw, dir);
        out[i++] = k(109, ht, dt, dist);
        out[i++] = k(110, t(v, hh), ht, dt);
        out[i++] = k(111, l(s, h), ht, dt);
        out[i++] = k(112, s.leftLabels[h], dt, dir);
        out[i++] = k(113, s.rightLabels[h], dt, dir);
        out[i++] = k(114, t(v, dl), l(s, dl), dt);
        out[i++] = k(115, t(v, dr), l(s, dr), dt);
        out[i++] = k(116, s.leftLabels[d], dt);
        out[i++] = k(117, v.suffix[d], dt, dir);
        out[i++] = k(118, d > 1 ? v.tag[d - 1] : TokenValues.ABSENT, dt, ht);
        out[i++] = k(119, d + 1 < v.tag.length ? v.tag[d + 1] : TokenValues.ABSENT, dt, ht);
        out[i++] = k(120, s.rootChildren, ht, dt);
        out[i++] = k(121, h == 0 ? 1 : 0, dt);
        out[i++] = k(122, t(v, dl), dt, ht);
        out[i++] = k(123, w(v, dl), dt);
        out[i++] = k(124, s.leftCount[d], s.rightCount[d], dt);
        out[i++] = k(125, dw, dt, ht);
        int from = Math.min(h, d);
        int to = Math.max(h, d);
        out[i++] = k(126, Math.min(3, v.punctuationBefore[to - 1] - v.punctuationBefore[from]),
                Math.min(3, v.verbsBefore[to - 1] - v.verbsBefore[from]), dt);
        return i;
    }
}
