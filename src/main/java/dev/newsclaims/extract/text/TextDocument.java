package dev.newsclaims.extract.text;

import dev.newsclaims.language.tokenize.Abbreviations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The article text with its paragraphs and sentences as spans. Offsets always refer to the text
 * exactly as received (Windows line endings included), so every later stage can cut verbatim spans.
 * Runs in time linear in the text length.
 */
public final class TextDocument {

    /** Words that end with a period without ending the sentence. Lower-case, without the period. */
    private static final Set<String> ABBREVIATIONS = WordTables.setOf(Abbreviations.SENTENCE_SPLITTER);

    /**
     * Longest sentence: a longer run without a sentence end (a list, a table, a file of commas) is cut at a space
     * before this length, so no later stage sees a "sentence" that grows with the article. News sentences stay far
     * below it (the longest of the 42,540 in the evaluation sets has 1,129 characters).
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;

    private TextDocument(String text, List<Span> paragraphs, List<Span> sentences) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    public static TextDocument of(String text) {
        List<Span> paragraphs = splitParagraphs(text);
        List<Span> sentences = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            splitSentences(text, paragraph, sentences);
        }
        return new TextDocument(text, Collections.unmodifiableList(paragraphs), Collections.unmodifiableList(sentences));
    }

    public String text() {
        return text;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** Index of the sentence containing {@code offset}, or of the nearest one before it; -1 if none. */
    public int sentenceIndexAt(int offset) {
        return indexAtOrBefore(sentences, offset);
    }

    /** Index of the paragraph containing {@code offset}, or of the nearest one before it; -1 if none. */
    public int paragraphIndexAt(int offset) {
        return indexAtOrBefore(paragraphs, offset);
    }

    /** Binary search over spans sorted by start: the last one starting at or before {@code offset}. */
    private static int indexAtOrBefore(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Paragraphs are separated by blank lines; when the text has no blank line at all, by single
     * line breaks (many feeds send one paragraph per line). Spans are trimmed of whitespace.
     */
    static List<Span> splitParagraphs(String text) {
        boolean hasBlankLine = hasBlankLine(text);
        List<Span> result = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        LineBreaks breaks = new LineBreaks(text);
        while (i < n) {
            i = breaks.next(i); // jump straight to the next line break: String.indexOf is vectorised
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int lineBreakStart = i;
                int newlines = 0;
                int j = i;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '\n') {
                        newlines++;
                    } else if (d != '\r' && d != ' ' && d != '\t' && d != '\u00A0') {
                        break;
                    }
                    j++;
                }
                if (newlines == 0 && j > i) {
                    newlines = 1; // a lone carriage return (old Mac line ending)
                }
                if (!hasBlankLine || newlines >= 2) {
                    addTrimmed(text, start, lineBreakStart, result);
                    start = j;
                }
                i = Math.max(j, i + 1);
            } else {
                i++;
            }
        }
        addTrimmed(text, start, n, result);
        return result;
    }

    /** Two line feeds with only carriage returns, spaces and tabs between them. */
    private static boolean hasBlankLine(String text) {
        int n = text.length();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < n && (text.charAt(j) == '\r' || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < n && text.charAt(j) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The next '\n' or '\r' at or after a position, remembering each character's next occurrence. */
    private static final class LineBreaks {
        private final String text;
        private int nextFeed = -1;
        private int nextReturn = -1;

        LineBreaks(String text) {
            this.text = text;
        }

        /** Position of the first '\n' or '\r' at or after {@code from}, or the text's length if none. */
        int next(int from) {
            if (nextFeed != Integer.MAX_VALUE && nextFeed < from) {
                nextFeed = positionOrMax(text.indexOf('\n', from));
            }
            if (nextReturn != Integer.MAX_VALUE && nextReturn < from) {
                nextReturn = positionOrMax(text.indexOf('\r', from));
            }
            return Math.min(Math.min(nextFeed, nextReturn), text.length());
        }

        private static int positionOrMax(int index) {
            return index < 0 ? Integer.MAX_VALUE : index;
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /**
     * Splits one paragraph into sentences at . ! ? … followed by space and a likely sentence start. The scan for the
     * next final mark is a loop of its own, and each mark is weighed in another method: the character loop compiles
     * small and alone, and a rare case met at a mark recompiles only the method that weighs it.
     */
    static void splitSentences(String text, Span paragraph, List<Span> out) {
        int start = paragraph.start();
        int end = paragraph.end();
        int i = nextFinalMark(text, start, end);
        while (i < end) {
            while (i - start > MAX_SENTENCE_CHARS) {
                start = cutLong(text, start, out);
            }
            int next = afterFinalMark(text, start, i, end);
            if (next < 0) { // a sentence ends here: -(the next sentence's start) - 1
                next = -next - 1;
                addCapped(text, start, afterMarksAndClosers(text, i, end), out);
                start = next;
            }
            i = nextFinalMark(text, next, end);
        }
        addCapped(text, start, end, out);
    }

    /** The first . ! ? … at or after {@code from}, or {@code end}. */
    private static int nextFinalMark(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isFinalMark(text.charAt(i))) {
                return i;
            }
        }
        return end;
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** The end of the run of final marks and closing quotes or brackets that starts at {@code i}. */
    private static int afterMarksAndClosers(String text, int i, int end) {
        int j = i + 1;
        while (j < end && isFinalMark(text.charAt(j))) {
            j++;
        }
        while (j < end && isClosing(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Weighs the final mark at {@code i}: where scanning goes on when no sentence ends there, or -(the next
     * sentence's start) - 1 when one does (the mark and its closers are followed by space, then a likely sentence
     * start, and the word before a period is no abbreviation).
     */
    private static int afterFinalMark(String text, int start, int i, int end) {
        int j = afterMarksAndClosers(text, i, end);
        if (j < end && Character.isWhitespace(text.charAt(j))) {
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < end && startsSentence(text.charAt(k)) && !(text.charAt(i) == '.' && isAbbreviation(text, start, i))) {
                return -k - 1;
            }
            return k;
        }
        return j;
    }

    /** A sentence, in pieces of at most {@link #MAX_SENTENCE_CHARS} when it is longer. */
    private static void addCapped(String text, int start, int end, List<Span> out) {
        while (end - start > MAX_SENTENCE_CHARS) {
            start = cutLong(text, start, out);
        }
        addTrimmed(text, start, end, out);
    }

    /**
     * Adds the first piece of an overlong sentence, cut at the last space of its second half (else at the length
     * cap, never inside a surrogate pair), and returns where the rest begins. Looks back at most half the cap, so
     * cutting stays linear in the text.
     */
    private static int cutLong(String text, int start, List<Span> out) {
        int cut = start + MAX_SENTENCE_CHARS;
        int w = cut;
        while (w > start + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(w))) {
            w--;
        }
        if (Character.isWhitespace(text.charAt(w))) {
            cut = w;
        } else if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        addTrimmed(text, start, cut, out);
        return cut;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '›';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '«'
                || c == '(' || c == '[' || c == '\'' || c == '—' || c == '–' || c == '-' || c == '„';
    }

    /** True when the word ending at the period {@code dot} is an abbreviation or a single initial. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        if (w < dot && (text.charAt(w) == '"' || text.charAt(w) == '“')) {
            w++;
        }
        if (w == dot) {
            return false;
        }
        if (dot - w == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(WordForms.ofThisThread().lower(text, w, dot));
    }
}
