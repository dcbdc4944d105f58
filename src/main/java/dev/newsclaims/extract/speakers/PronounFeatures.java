package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.language.NameType;
import dev.newsclaims.language.perceptron.FeatureHash;
import java.util.Arrays;

/**
 * What the pronoun model knows about one candidate antecedent of a pronoun: gender agreement, what the name tagger
 * makes of the candidate (person, organisation, place), whether it is the speaker just quoted or a speaker at all,
 * its rank and distance in sentences and paragraphs, whether either stands inside a quotation, the words around it
 * (a subject before its verb, the object of a preposition), and whether it stands on a short line such as a byline
 * or a photo credit. Each feature is a template with a small value, hashed to a {@link FeatureHash#key}; no strings
 * are built. One instance per article: the paragraph breaks and quotation marks are found once, on the first
 * pronoun.
 */
final class PronounFeatures {

    /** Most features one candidate has. */
    static final int MAX = 28;

    private static final long[] TEMPLATES = new long[32];

    static {
        for (int t = 0; t < TEMPLATES.length; t++) {
            TEMPLATES[t] = FeatureHash.template(1000 + t);
        }
    }

    /** How a candidate's gender relates to the pronoun's. */
    static final int AGREE = 0;
    static final int DIFFER = 1;
    static final int UNKNOWN = 2;

    /** What a candidate is as a speaker. */
    static final int NOT_SPEAKER = 0;
    static final int SPEAKER = 1;
    static final int LAST_SPEAKER = 2;

    private final String text;
    private final NameTags names;
    /** Offsets of line breaks, ascending; null until the first pronoun. */
    private int[] newlines;
    /** Offsets of quotation marks, ascending; null until the first pronoun. */
    private int[] quoteMarks;

    PronounFeatures(String text, NameTags names) {
        this.text = text == null ? "" : text;
        this.names = names;
    }

    /** The facts of one candidate, as the resolver found them. */
    static final class Candidate {
        String name;
        int start;
        int end;
        Coreference.Entity entity;
        char gender;
        int speaker;
        boolean honorific;
    }

    /**
     * Writes the features of {@code c}, the {@code rank}-th nearest candidate of the pronoun {@code pronoun} (gender
     * {@code gender}, 0 for "I") at {@code position}, into {@code out}; returns how many.
     */
    int write(Candidate c, int rank, String pronoun, char gender, int position, int[] out) {
        layout();
        int kind = pronoun.equals("he") ? 0 : pronoun.equals("she") ? 1 : 2;
        int agree = c.gender == 0 || gender == 0 ? UNKNOWN : c.gender == gender ? AGREE : DIFFER;
        int tag = typeCode(names.typeOf(c.start, c.end));
        String last = lastWord(c.name);
        int article = typeCode(last == null ? null : names.typeAcrossArticle(last));
        int words = Math.min(4, wordCount(c.name));
        boolean givenName = words >= 2 && Genders.isFirstName(firstWord(c.name));
        int r = Math.min(rank, 5);
        int sentences = bucket(sentenceDistance(c.start, position), 0, 1, 2, 4, 8);
        int lines = bucket(between(newlines, c.start, position), 0, 1, 3, 5, 9);
        int quote = (insideQuote(position) ? 2 : 0) + (insideQuote(c.start) ? 1 : 0);
        int after = posClass(names.posAfter(c.end));
        int before = posClass(names.posBefore(c.start));
        int line = lineKind(c.start);
        int entityType = c.entity == null ? 0 : switch (c.entity.type) {
            case "person" -> 1;
            case "organization" -> 2;
            case "place" -> 3;
            default -> 4;
        };
        int n = 0;
        out[n++] = key(0, 0);
        out[n++] = key(1, kind * 3 + agree);
        out[n++] = key(2, tag);
        out[n++] = key(3, article);
        out[n++] = key(4, (givenName ? 1 : 0) + (c.honorific ? 2 : 0));
        out[n++] = key(5, words);
        out[n++] = key(6, c.speaker);
        out[n++] = key(7, r);
        out[n++] = key(8, sentences);
        out[n++] = key(9, lines);
        out[n++] = key(10, quote);
        out[n++] = key(11, after);
        out[n++] = key(12, before);
        out[n++] = key(13, line);
        out[n++] = key(14, agree * 8 + r);
        out[n++] = key(15, c.speaker * 8 + kind * 3 + agree);
        out[n++] = key(16, (tag * 8 + article) * 3 + agree);
        out[n++] = key(17, sentences * 4 + c.speaker);
        out[n++] = key(18, quote * 4 + c.speaker);
        out[n++] = key(19, after * 8 + r);
        out[n++] = key(20, kind * 8 + tag);
        out[n++] = key(21, entityType);
        out[n++] = key(22, words * 8 + tag);
        out[n++] = key(23, line * 8 + tag);
        out[n++] = key(24, (before * 8 + after) * 4 + c.speaker);
        out[n++] = key(25, lines * 8 + sentences);
        out[n++] = key(26, r * 4 + c.speaker);
        return n;
    }

    private static int key(int template, int value) {
        return FeatureHash.key(FeatureHash.combine(TEMPLATES[template], value));
    }

    private static int typeCode(NameType t) {
        if (t == null) {
            return 0;
        }
        return switch (t) {
            case PERSON -> 1;
            case ORGANIZATION -> 2;
            case PLACE -> 3;
            default -> 4;
        };
    }

    /** Tag classes that tell a subject (a verb follows), an object (a preposition before) and a possessive apart. */
    private static int posClass(String tag) {
        if (tag == null) {
            return 0;
        }
        if (tag.startsWith("VB") || tag.equals("MD")) {
            return 1;
        }
        if (tag.equals("IN") || tag.equals("TO")) {
            return 2;
        }
        if (tag.equals("POS")) {
            return 3;
        }
        if (tag.equals(",")) {
            return 4;
        }
        if (tag.startsWith("NN")) {
            return 5;
        }
        if (tag.equals("DT") || tag.startsWith("JJ")) {
            return 6;
        }
        return 7;
    }

    private int sentenceDistance(int from, int to) {
        int a = names.sentenceAt(from);
        int b = names.sentenceAt(to);
        return a < 0 || b < 0 ? 0 : Math.max(0, b - a);
    }

    private static int bucket(int value, int... upper) {
        for (int k = 0; k < upper.length; k++) {
            if (value <= upper[k]) {
                return k;
            }
        }
        return upper.length;
    }

    /** A photo credit, "Name / Agency": never a pronoun's antecedent. */
    static final int CREDIT = 3;

    /** A credit line's name: {@code at} beside " / " on its line ("(Ana Ruiz / Harbour Times)"). */
    boolean inCredit(int at) {
        layout();
        return lineKind(at) == CREDIT;
    }

    /** 0 an ordinary line; 1 a short line without a sentence's end (a byline, a caption); 2 in brackets; 3 a photo
     * credit beside " / ". */
    int lineKind(int at) {
        at = Math.max(0, Math.min(at, text.length())); // a position past the text (a caller's guess) reads as its end
        int line = lowerBound(newlines, at);
        int lineStart = line == 0 ? 0 : newlines[line - 1] + 1;
        int lineEnd = line < newlines.length ? newlines[line] : text.length();
        for (int k = Math.max(lineStart, at - 40), to = Math.min(lineEnd, at + 60) - 2; k < to; k++) {
            if (text.charAt(k + 1) == '/' && text.charAt(k) == ' ' && text.charAt(k + 2) == ' ') {
                return CREDIT;
            }
        }
        for (int k = at - 1; k >= lineStart; k--) {
            char ch = text.charAt(k);
            if (ch == ')') {
                break;
            }
            if (ch == '(') {
                return 2;
            }
        }
        int end = lineEnd;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean ends = end > lineStart && ".!?\"”’:".indexOf(text.charAt(end - 1)) >= 0;
        return !ends && end - lineStart < 80 ? 1 : 0;
    }

    private void layout() {
        if (newlines != null) {
            return;
        }
        int[] lines = new int[16];
        int[] quotes = new int[16];
        int nl = 0;
        int nq = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                if (nl == lines.length) {
                    lines = Arrays.copyOf(lines, nl * 2);
                }
                lines[nl++] = i;
            } else if (ch == '"' || ch == '“' || ch == '”') {
                if (nq == quotes.length) {
                    quotes = Arrays.copyOf(quotes, nq * 2);
                }
                quotes[nq++] = i;
            }
        }
        newlines = Arrays.copyOf(lines, nl);
        quoteMarks = Arrays.copyOf(quotes, nq);
    }

    /** How many of {@code sorted} lie in {@code [from, to)}. */
    private static int between(int[] sorted, int from, int to) {
        if (to <= from) {
            return 0;
        }
        return Math.max(0, lowerBound(sorted, to) - lowerBound(sorted, from));
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }

    /** Inside a quotation: an odd number of quotation marks (or an opening one last) since the paragraph began. */
    private boolean insideQuote(int at) {
        at = Math.max(0, Math.min(at, text.length()));
        int line = lowerBound(newlines, at) - 1;
        int lineStart = line < 0 ? 0 : newlines[line];
        int k = lowerBound(quoteMarks, at) - 1;
        int count = 0;
        char last = 0;
        for (int j = k; j >= 0 && quoteMarks[j] >= lineStart; j--) {
            if (last == 0) {
                last = text.charAt(quoteMarks[j]);
            }
            count++;
        }
        if (last == '“') {
            return true;
        }
        if (last == '”') {
            return false;
        }
        return (count & 1) == 1;
    }

    private static String lastWord(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static int wordCount(String name) {
        if (name == null || name.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
