package dev.newsclaims.language.tokenize;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits text into tokens after the Penn Treebank conventions as Stanford CoreNLP applies them to news: clitics
 * split off ({@code do|n't}, {@code Trump|'s}, {@code we|'re}), punctuation apart, but abbreviations
 * ({@code U.S.}, {@code Mr.}, {@code p.m.}), numbers ({@code 3.3-billion}, {@code 100,000}, {@code 9/11}),
 * hyphenated words and URLs kept whole. Every token is a {@code [start, end)} range of the text: no character
 * is rewritten, so offsets always index the text exactly. Stateless and thread-safe.
 */
public final class Tokenizer {

    /** Words that keep a following period (compared case-sensitively, without the period). */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(Abbreviations.TOKENIZER);

    private Tokenizer() {
    }

    /** Token boundaries of {@code text}: starts and ends, in text order. */
    public static Spans tokenize(CharSequence text) {
        return tokenize(text, new Spans(Math.max(16, text.length() / 5)));
    }

    /** The same, written into {@code out} (emptied first, grown as needed), which is returned. */
    public static Spans tokenize(CharSequence text, Spans out) {
        out.size = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int end = scanToken(text, i, n);
            out.add(i, end);
            i = end;
        }
        return out;
    }

    /**
     * How many tokens {@link #tokenize} finds in {@code text}, counting no further than {@code limit + 1}: tells
     * whether a text is too long to analyse without holding its tokens.
     */
    public static int count(CharSequence text, int limit) {
        int n = text.length();
        int tokens = 0;
        int i = 0;
        while (i < n && tokens <= limit) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            i = scanToken(text, i, n);
            tokens++;
        }
        return tokens;
    }

    /** End of the token that starts at {@code i} (always > i). */
    private static int scanToken(CharSequence t, int i, int n) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            if (startsUrl(t, i, n)) {
                return scanUrl(t, i, n);
            }
            return scanWord(t, i, n);
        }
        switch (c) {
            case '\'', '’', '‘' -> {
                int clitic = cliticEnd(t, i + 1, n);
                if (clitic > 0 && c != '‘') {
                    return clitic;
                }
                if (c == '\'' && i + 1 < n && t.charAt(i + 1) == '\'') {
                    return i + 2; // '' as a closing quote
                }
                if (c != '‘' && i + 2 < n && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))
                        && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                    return scanWord(t, i + 1, n); // '90s
                }
                return i + 1;
            }
            case '`' -> {
                return i + 1 < n && t.charAt(i + 1) == '`' ? i + 2 : i + 1;
            }
            case '.' -> {
                return scanDots(t, i, n);
            }
            case '-' -> {
                int j = i;
                while (j < n && t.charAt(j) == '-') {
                    j++;
                }
                return j;
            }
            case '_', '*', '=', '!', '?' -> {
                int j = i; // runs of one mark: ___, ***, !!!
                while (j < n && t.charAt(j) == c) {
                    j++;
                }
                return j;
            }
            case '<' -> {
                int j = i + 1; // a markup tag such as <tweet/>
                if (j < n && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '/')) {
                    while (j < n && j - i < 40 && t.charAt(j) != '>' && t.charAt(j) != '<' && !isSpace(t.charAt(j))) {
                        j++;
                    }
                    if (j < n && t.charAt(j) == '>') {
                        return j + 1;
                    }
                }
                return i + 1;
            }
            case '@', '#' -> {
                int j = i + 1; // @handle, #hashtag
                while (j < n && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_')) {
                    j++;
                }
                return j > i + 1 && c == '@' ? j : i + 1;
            }
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))) {
                    return i + 2;
                }
                return i + 1;
            }
        }
    }

    /** A word, a number or an abbreviation starting with a letter or digit at {@code i}. */
    private static int scanWord(CharSequence t, int i, int n) {
        if ((t.charAt(i) == 'n' || t.charAt(i) == 'N') && i + 2 < n && (t.charAt(i + 1) == '\'' || t.charAt(i + 1) == '’')
                && (t.charAt(i + 2) == 't' || t.charAt(i + 2) == 'T') && cliticEnd(t, i + 2, n) > 0) {
            return i + 3; // n't
        }
        int j = i;
        boolean internalPeriod = false;
        while (j < n) {
            char c = t.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
                continue;
            }
            char next = j + 1 < n ? t.charAt(j + 1) : ' ';
            char prev = t.charAt(j - 1);
            if (c == '\'' || c == '’') {
                int clitic = cliticEnd(t, j + 1, n);
                if (clitic > 0) {
                    // do|n't, Trump|'s
                    if ((next == 't' || next == 'T') && (prev == 'n' || prev == 'N') && j - 1 > i) {
                        return j - 1;
                    }
                    return j;
                }
                if (Character.isLetter(next) && Character.isLetter(prev)) {
                    j++; // O'Malley, rock'n
                    continue;
                }
                break;
            }
            if (c == '.' && Character.isLetterOrDigit(next)) {
                // 3.3, U.S, p.m, example.com
                internalPeriod = true;
                j++;
                continue;
            }
            if ((c == '-' || c == '/' || c == '&' || c == '_' || c == '+') && Character.isLetterOrDigit(next)) {
                j++;
                continue;
            }
            if ((c == ',' || c == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
                j++;
                continue;
            }
            break;
        }
        int end = j;
        if (end < n && t.charAt(end) == '.' && keepsPeriod(t, i, end, internalPeriod)) {
            end++;
        }
        int split = splitContraction(t, i, end);
        return split > 0 ? split : end;
    }

    /** Splits cannot → can|not, gonna → gon|na, as the treebank does; 0 when the word is no such form. */
    private static int splitContraction(CharSequence t, int i, int end) {
        int len = end - i;
        if (len == 6 && regionIgnoreCase(t, i, "cannot")) {
            return i + 3;
        }
        if (len == 5 && (regionIgnoreCase(t, i, "gonna") || regionIgnoreCase(t, i, "wanna")
                || regionIgnoreCase(t, i, "gotta"))) {
            return i + 3;
        }
        return 0;
    }

    private static boolean regionIgnoreCase(CharSequence t, int i, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(t.charAt(i + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean keepsPeriod(CharSequence t, int start, int end, boolean internalPeriod) {
        int len = end - start;
        if (internalPeriod) {
            // U.S., p.m., D.C.: letters and periods only; a number such as 3.3 does not take the period
            for (int k = start; k < end; k++) {
                char c = t.charAt(k);
                if (Character.isDigit(c)) {
                    return false;
                }
            }
            return true;
        }
        if (len == 1) {
            return Character.isUpperCase(t.charAt(start)); // an initial: J.
        }
        if (len > 8) {
            return false;
        }
        return ABBREVIATIONS.contains(t.subSequence(start, end).toString());
    }

    /**
     * When {@code from} starts a clitic after an apostrophe ('s, 're, 've, 'm, 'll, 'd, n't's t) followed by a
     * non-letter, the clitic's end; else 0.
     */
    private static int cliticEnd(CharSequence t, int from, int n) {
        int j = from;
        while (j < n && j - from < 3 && Character.isLetter(t.charAt(j))) {
            j++;
        }
        if (j == from || (j < n && Character.isLetterOrDigit(t.charAt(j)))) {
            return 0;
        }
        int len = j - from;
        char a = Character.toLowerCase(t.charAt(from));
        if (len == 1 && (a == 's' || a == 'm' || a == 'd' || a == 't')) {
            return j;
        }
        if (len == 2) {
            char b = Character.toLowerCase(t.charAt(from + 1));
            if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) {
                return j;
            }
        }
        return 0;
    }

    /** "...", ". . ." and runs of periods are one token. */
    private static int scanDots(CharSequence t, int i, int n) {
        int j = i;
        while (j < n && t.charAt(j) == '.') {
            j++;
        }
        if (j - i == 1 && j + 3 < n && t.charAt(j) == ' ' && t.charAt(j + 1) == '.' && t.charAt(j + 2) == ' '
                && t.charAt(j + 3) == '.') {
            j += 4; // . . .
            while (j + 1 < n && t.charAt(j) == ' ' && t.charAt(j + 1) == '.') {
                j += 2;
            }
        }
        return j;
    }

    private static boolean startsUrl(CharSequence t, int i, int n) {
        return regionStarts(t, i, n, "http://") || regionStarts(t, i, n, "https://") || regionStarts(t, i, n, "www.");
    }

    private static boolean regionStarts(CharSequence t, int i, int n, String prefix) {
        if (i + prefix.length() > n) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (t.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int scanUrl(CharSequence t, int i, int n) {
        int j = i;
        while (j < n && !isSpace(t.charAt(j)) && "\"“”<>()[]{}".indexOf(t.charAt(j)) < 0) {
            j++;
        }
        while (j > i + 1 && ".,;:!?'’".indexOf(t.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }

    /** Whitespace, including no-break and other Unicode spaces and the byte-order mark. */
    public static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
                || c == '\u202A' || c == '\u202C' || c == '\u200E' || c == '\u200F';
    }

    /** Growable token boundaries. */
    public static final class Spans {
        private int[] starts;
        private int[] ends;
        private int size;

        public Spans(int capacity) {
            starts = new int[Math.max(1, capacity)];
            ends = new int[Math.max(1, capacity)];
        }

        /** How many tokens the arrays hold without growing. */
        public int capacity() {
            return starts.length;
        }

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        public int size() {
            return size;
        }

        public int[] starts() {
            return Arrays.copyOf(starts, size);
        }

        public int[] ends() {
            return Arrays.copyOf(ends, size);
        }
    }
}
