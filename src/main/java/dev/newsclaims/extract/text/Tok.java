package dev.newsclaims.extract.text;

import dev.newsclaims.language.tokenize.Abbreviations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One token of a unit: a word, a punctuation mark, or a whole quotation (so that words inside a
 * quote are never mistaken for the cue or the speaker of the sentence around it).
 */
public record Tok(int start, int end, Type type, String text, String lower) {

    public enum Type { WORD, PUNCT, QUOTE }

    /** Abbreviated titles whose period is part of the word; the lower-case form leaves the period out. */
    private static final Set<String> TITLE_ABBREVIATIONS = WordTables.setOf(Abbreviations.TITLES);

    /** Company suffixes whose period is part of the name when the sentence goes on after it. */
    private static final Set<String> COMPANY_ABBREVIATIONS = WordTables.setOf(Abbreviations.COMPANY_SUFFIXES);

    /** A word follows {@code from} before the end of the unit (so the period ending there is no full stop). */
    private static boolean continuesAfter(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (!Character.isWhitespace(c) && c != ',') {
                return false;
            }
        }
        return false;
    }

    /**
     * One shared String per punctuation mark below U+2100 (ASCII, curly quotes, dashes), filled on first use: most
     * tokens of a text are such marks. A race between threads only makes an extra, equal String.
     */
    private static final String[] MARKS = new String[0x2100];

    /** The tokens of the unit being tokenized; kept per thread up to this many (a 4 KB array), dropped beyond. */
    private static final int MAX_BUFFERED_TOKENS = 1_024;
    private static final ThreadLocal<ArrayList<Tok>> BUFFER = ThreadLocal.withInitial(() -> new ArrayList<>(256));

    public Tok {
        lower = lower == null ? "" : lower; // quotes have no lower-case form; "" keeps look-ups null-safe
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isQuote() {
        return type == Type.QUOTE;
    }

    public boolean is(String word) {
        return type == Type.WORD && lower.equals(word);
    }

    public boolean isPunct(char c) {
        return type == Type.PUNCT && text.charAt(0) == c;
    }

    public boolean isDash() {
        return type == Type.PUNCT && (text.charAt(0) == '—' || text.charAt(0) == '–' || text.charAt(0) == '-');
    }

    /** Ends a clause: comma, semicolon, colon, dash or bracket. */
    public boolean isClauseBreak() {
        if (type != Type.PUNCT) {
            return false;
        }
        char c = text.charAt(0);
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || isDash();
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /**
     * Tokens of {@code text[from, to)}, with each of {@code quotes} (sorted, non-overlapping, inside the
     * range) as a single QUOTE token.
     */
    public static List<Tok> tokenize(String text, int from, int to, List<Span> quotes) {
        return tokenize(text, from, to, quotes, new WordForms(to - from));
    }

    /**
     * The same, with the word strings taken from (and added to) the article's {@code forms}. The tokens are collected
     * in this thread's buffer and returned in a list of their exact size: a unit's token count is not known ahead,
     * and a list sized by its length was a third larger than its tokens.
     */
    public static List<Tok> tokenize(String text, int from, int to, List<Span> quotes, WordForms forms) {
        ArrayList<Tok> buffer = BUFFER.get();
        try {
            collect(text, from, to, quotes, forms, buffer);
            return new ArrayList<>(buffer);
        } finally {
            if (buffer.size() > MAX_BUFFERED_TOKENS) {
                BUFFER.remove(); // a very long unit grew it: let it go
            } else {
                buffer.clear();
            }
        }
    }

    /**
     * The token loop: each kind of token is read by a method of its own, so the loop compiles small and a rare word
     * shape recompiles only the word reader.
     */
    private static void collect(String text, int from, int to, List<Span> quotes, WordForms forms, List<Tok> out) {
        int q = 0;
        int i = from;
        while (i < to) {
            while (q < quotes.size() && quotes.get(q).end() <= i) {
                q++;
            }
            if (q < quotes.size() && quotes.get(q).start() == i) {
                int end = Math.min(quotes.get(q).end(), to);
                out.add(new Tok(i, end, Type.QUOTE, text.substring(i, end), null));
                i = end;
                continue;
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                i = addWord(text, i, to, forms, out);
            } else {
                i = addMark(text, i, to, c, out);
            }
        }
    }

    /** Adds the word that starts at {@code i} and returns its end. */
    private static int addWord(String text, int i, int to, WordForms forms, List<Tok> out) {
        int j = wordEnd(text, i, to);
        int slot = forms.slot(text, i, j);
        String word = forms.word(slot);
        String lower = forms.lower(slot);
        if (j < to && text.charAt(j) == '.' && keepsPeriod(text, i, j, to, word, lower)) {
            // "Mr.", "Sen.", "J.": the period belongs to the title or initial, which stays part of the name;
            // "Acme Corp. said": inside a sentence the period belongs to the company's name
            out.add(new Tok(i, j + 1, Type.WORD, forms.word(forms.slot(text, i, j + 1)), lower));
            return j + 1;
        }
        out.add(new Tok(i, j, Type.WORD, word, lower));
        return j;
    }

    /** The end of the word that starts at {@code i}: letters and digits, joined by ' ’ - . & between them. */
    private static int wordEnd(String text, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char d = text.charAt(j);
            if (isLetterOrDigit(d)) {
                j++;
            } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&') && j + 1 < to
                    && isLetterOrDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        // keep the period of initialisms inside the word: "U.S." (but not a sentence's final period)
        if (j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
            j++;
        }
        return j;
    }

    /** The period after the word {@code [i, j)} belongs to it: an initial, a title, a company suffix mid-sentence. */
    private static boolean keepsPeriod(String text, int i, int j, int to, String word, String lower) {
        boolean initial = j - i == 1 && Character.isUpperCase(word.charAt(0));
        return initial || TITLE_ABBREVIATIONS.contains(lower)
                || COMPANY_ABBREVIATIONS.contains(lower) && continuesAfter(text, j + 1, to);
    }

    /** Adds the punctuation mark (or other symbol) at {@code i} and returns its end. */
    private static int addMark(String text, int i, int to, char c, List<Tok> out) {
        int j = i + (Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1);
        String mark = j == i + 1 ? mark(c) : text.substring(i, j);
        out.add(new Tok(i, j, Type.PUNCT, mark, mark));
        return j;
    }

    private static String mark(char c) {
        if (c >= MARKS.length) {
            return String.valueOf(c);
        }
        String mark = MARKS[c];
        if (mark == null) {
            mark = String.valueOf(c);
            MARKS[c] = mark;
        }
        return mark;
    }

    /** {@link Character#isLetterOrDigit(char)} with an ASCII fast path. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
