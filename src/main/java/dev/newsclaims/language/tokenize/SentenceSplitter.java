package dev.newsclaims.language.tokenize;

import java.util.Arrays;

/**
 * Groups tokens into sentences. A sentence ends after a final mark ({@code .}, {@code ?}, {@code !}, an ellipsis
 * before a capital) together with the closing quotes and brackets that follow it, and at every paragraph break (a
 * blank line) whatever precedes it. Abbreviations never end a sentence, as the tokenizer keeps their period inside
 * the word ({@code Mr.}, {@code U.S.}). A run of more than {@link #MAX_TOKENS} tokens without an end (a megabyte of
 * quotation marks) is cut into sentences of that many, so that the per-sentence work of the later stages stays bounded
 * by it rather than by the text. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    /** The most tokens in one sentence: news sentences have fewer than 150; the taggers' arrays cost ≈ 120 bytes a token. */
    public static final int MAX_TOKENS = 1_000;

    private SentenceSplitter() {
    }

    /**
     * The index of the first token of each sentence, followed by the token count: sentence {@code s} covers tokens
     * {@code [result[s], result[s + 1])}.
     */
    public static int[] split(CharSequence text, int[] starts, int[] ends) {
        int n = starts.length;
        int[] out = new int[16];
        int count = 0;
        if (n == 0) {
            return new int[] {0};
        }
        out[count++] = 0;
        int mark = 0; // the token that may end the sentence before token i: i - 1, or the start of its closers' run
        for (int i = 1; i < n; i++) {
            if (i > 1) {
                // carried from token to token, so a run of a million closers is walked once, not once per token
                mark = isCloser(text, starts[i - 1], ends[i - 1]) && ends[i - 2] == starts[i - 1] ? mark : i - 1;
            }
            if (i - out[count - 1] >= MAX_TOKENS || breaksBefore(text, starts, ends, i, mark)) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = i;
            }
        }
        out = Arrays.copyOf(out, count + 1);
        out[count] = n;
        return out;
    }

    /** {@code j}: the token before {@code i} with the closing quotes and brackets that follow it walked back over. */
    private static boolean breaksBefore(CharSequence text, int[] starts, int[] ends, int i, int j) {
        if (paragraphBreak(text, ends[i - 1], starts[i])) {
            return true;
        }
        if (isCloser(text, starts[i], ends[i]) && starts[i] == ends[i - 1]) {
            return false; // a closing quote belongs to the sentence before it
        }
        char c = text.charAt(ends[j] - 1);
        int len = ends[j] - starts[j];
        if (c == '?' || c == '!') {
            return onlyMarks(text, starts[j], ends[j]);
        }
        if (c != '.' && c != '…') {
            return false;
        }
        if (len == 1 && c == '.') {
            return true;
        }
        if (onlyMarks(text, starts[j], ends[j]) || c == '…') {
            return startsSentence(text, starts[i]); // an ellipsis ends a sentence only before a capital
        }
        return false;
    }

    private static boolean onlyMarks(CharSequence text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c != '.' && c != '?' && c != '!' && c != ' ' && c != '…') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(CharSequence text, int s) {
        char c = text.charAt(s);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[';
    }

    private static boolean isCloser(CharSequence text, int s, int e) {
        if (e - s > 2) {
            return false;
        }
        char c = text.charAt(s);
        return c == '"' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || (c == '\'' && (e - s == 1 || text.charAt(s + 1) == '\''));
    }

    /** A blank line between two tokens. */
    private static boolean paragraphBreak(CharSequence text, int from, int to) {
        boolean seenNewline = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\u2029') {
                if (seenNewline || c == '\u2029') {
                    return true;
                }
                seenNewline = true;
            } else if (c == '\r') {
                continue;
            }
        }
        return false;
    }
}
