package dev.newsclaims.language.syntax;

/**
 * The hashed attributes of a sentence's tokens that the features combine: normalised word form, tag and word
 * suffix. Position 0 is the artificial root. Hashing once per token keeps string work out of the feature loop.
 */
final class TokenValues {
    static final long ABSENT = 0x5bd1e9955bd1e995L;
    static final long ROOT_WORD = 0x27d4eb2f165667c5L;
    static final long ROOT_TAG = 0x165667b19e3779f9L;

    final long[] word;
    final long[] tag;
    final long[] suffix;
    final long[] prefix;
    /** Punctuation and verbs among tokens 1..i (position 0, the root, counts none): for "between" features. */
    final int[] punctuationBefore;
    final int[] verbsBefore;

    TokenValues(String[] words, String[] tags) {
        int n = words.length + 1;
        word = new long[n];
        tag = new long[n];
        suffix = new long[n];
        prefix = new long[n];
        word[0] = ROOT_WORD;
        tag[0] = ROOT_TAG;
        suffix[0] = ROOT_WORD;
        prefix[0] = ROOT_WORD;
        punctuationBefore = new int[n];
        verbsBefore = new int[n];
        for (int i = 1; i < n; i++) {
            String w = normalise(words[i - 1]);
            String t = tags == null || tags.length < i || tags[i - 1] == null ? "" : tags[i - 1];
            word[i] = hashWord(w, 0, w.length());
            tag[i] = hashWord(t, 0, t.length()) ^ 0x7a3c1f;
            int suffixStart = Math.max(0, w.length() - 3);
            suffix[i] = hashWord(w, suffixStart, w.length()) ^ 0x3f5d2e1L;
            prefix[i] = hashWord(w, 0, Math.min(2, w.length())) ^ 0x11b7c3L;
            boolean punctuation = !t.isEmpty() && !Character.isLetter(t.charAt(0)) || t.equals("HYPH")
                    || t.equals("NFP") || t.equals("PUNCT");
            boolean verb = t.startsWith("VB") || t.equals("MD") || t.equals("VERB") || t.equals("AUX");
            punctuationBefore[i] = punctuationBefore[i - 1] + (punctuation ? 1 : 0);
            verbsBefore[i] = verbsBefore[i - 1] + (verb ? 1 : 0);
        }
    }

    /**
     * One spelling per word for the features: typographic quotes and dashes as the plain characters, CoreNLP's
     * bracket and quote tokens as the characters they stand for.
     */
    static String normalise(String word) {
        if (word == null) {
            return "";
        }
        if (word.length() == 1) {
            return switch (word.charAt(0)) {
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> "\"";
                case '\u2018', '\u2019', '`' -> "'";
                case '\u2013', '\u2014' -> "--";
                default -> word;
            };
        }
        return switch (word) {
            case "``", "''" -> "\"";
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            default -> word;
        };
    }

    /** FNV-1a over the lower-cased characters, every digit read as 0 (numbers share statistics). */
    static long hashWord(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                c = '0';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c > 127) {
                c = Character.toLowerCase(c);
            }
            h ^= c;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
