package dev.newsclaims.language;

import dev.newsclaims.language.lemma.Lemmatizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text with its language annotation, one layer per stage, stored as parallel arrays indexed by token (struct of
 * arrays): character offsets and sentence (tokenizer), part of speech (Penn Treebank tag, from the tagger), name
 * type (name finder), lemma (computed on first request from the form and the tag), and head and dependency relation
 * (filled by the {@link SyntaxStage}; until then every head is -1 and {@link #hasSyntax()} is false).
 *
 * <p>One instance belongs to one text and is not shared between threads while stages fill it.
 */
public final class AnalyzedText {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentenceStarts;
    private final int[] sentenceOf;
    private final String[] pos;
    private final byte[] name;
    /** Lemmas computed so far; null until the first is asked for (the extraction stages ask for none). */
    private String[] lemmas;
    /** Null until the syntax stage sets the first head: a text only tagged needs neither. */
    private int[] heads;
    private String[] deprels;
    private Lemmatizer lemmatizer;
    private boolean syntaxFilled;

    /**
     * @param starts         token start offsets, ascending
     * @param ends           token end offsets (exclusive)
     * @param sentenceStarts the first token of each sentence, then the token count
     */
    public AnalyzedText(String text, int[] starts, int[] ends, int[] sentenceStarts) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sentenceStarts = sentenceStarts;
        int n = starts.length;
        this.sentenceOf = new int[n];
        for (int s = 0; s + 1 < sentenceStarts.length; s++) {
            Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
        }
        this.pos = new String[n];
        this.name = new byte[n];
        Arrays.fill(name, (byte) -1);
    }

    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The first token whose end lies after {@code offset} (the token covering it, if any); {@link #size()} if none. */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The token's characters, exactly as in the text. */
    public String word(int token) {
        return text.substring(starts[token], ends[token]);
    }

    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    /** First token of sentence {@code s}. */
    public int sentenceStart(int s) {
        return sentenceStarts[s];
    }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return sentenceStarts[s + 1];
    }

    /** Penn Treebank part-of-speech tag (NN, VBD, NNP, ...), null before the tagger ran. */
    public String pos(int token) {
        return pos[token];
    }

    public void setPos(int token, String tag) {
        pos[token] = tag;
    }

    /** Name type of the token, or null when it is not part of a name. */
    public NameType nameType(int token) {
        return NameType.ofOrdinal(name[token]);
    }

    public void setNameType(int token, NameType type) {
        name[token] = (byte) (type == null ? -1 : type.ordinal());
    }

    /** The names as spans: maximal runs of tokens with one type, within one sentence. */
    public List<NameSpan> names() {
        List<NameSpan> out = new ArrayList<>();
        int n = size();
        for (int i = 0; i < n; ) {
            if (name[i] < 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && name[j] == name[i] && sentenceOf[j] == sentenceOf[i]) {
                j++;
            }
            out.add(new NameSpan(i, j, NameType.ofOrdinal(name[i]), starts[i], ends[j - 1]));
            i = j;
        }
        return out;
    }

    /**
     * The dictionary form: lower case for common words, the base form of inflected verbs, nouns, adjectives
     * ("said" → "say", "told" → "tell", "argues" → "argue", "officials" → "official"); proper nouns as written.
     */
    public String lemma(int token) {
        if (lemmas == null) {
            Objects.checkIndex(token, size());
            lemmas = new String[size()];
        }
        String l = lemmas[token];
        if (l == null) {
            l = lemmatizer == null ? word(token) : lemmatizer.lemma(text, starts[token], ends[token], pos[token]);
            lemmas[token] = l;
        }
        return l;
    }

    /** Sets the lemmatizer that computes {@link #lemma(int)} on demand. */
    public void setLemmatizer(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    /** Index of the token's syntactic head, -1 for the root of its sentence (and before the syntax stage ran). */
    public int head(int token) {
        if (heads == null) {
            Objects.checkIndex(token, size());
            return -1;
        }
        return heads[token];
    }

    /** Universal/Stanford dependency relation to the head (nsubj, ccomp, ...), null before the syntax stage ran. */
    public String deprel(int token) {
        if (deprels == null) {
            Objects.checkIndex(token, size());
            return null;
        }
        return deprels[token];
    }

    /** Set by the syntax stage: {@code head} is a token index in the same sentence, or -1 for the root. */
    public void setHead(int token, int head, String deprel) {
        if (heads == null) {
            Objects.checkIndex(token, size());
            heads = new int[size()];
            Arrays.fill(heads, -1);
            deprels = new String[size()];
        }
        heads[token] = head;
        deprels[token] = deprel;
    }

    /** Called by the syntax stage once all heads are set. */
    public void markSyntaxFilled() {
        syntaxFilled = true;
    }

    public boolean hasSyntax() {
        return syntaxFilled;
    }

    /** A name: tokens {@code [startToken, endToken)}, characters {@code [start, end)}. */
    public record NameSpan(int startToken, int endToken, NameType type, int start, int end) {
    }
}
