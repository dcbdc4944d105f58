package dev.newsclaims.extract.text;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.NameType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The name tagger's reading of a stretch of the article (person, organisation, place, other), by character offsets,
 * from the language layer's tokens (which need not coincide with the extraction stages' tokens). {@link #NONE}
 * knows no names: the stages then fall back on their word lists.
 */
public final class NameTags {

    private static final NameType[] TYPES = NameType.values();

    public static final NameTags NONE = new NameTags(null);

    private final AnalyzedText analyzed;
    /** Last word of a tagged name → how often each type was given; built on the first question. */
    private Map<String, int[]> byLastWord;
    /** How many tokens of each type a stretch has, counted anew for each {@link #typeOf} question. */
    private final int[] typeCounts = new int[TYPES.length];
    /** The tagged names, listed on the first question. */
    private List<AnalyzedText.NameSpan> names;

    public NameTags(AnalyzedText analyzed) {
        this.analyzed = analyzed;
    }

    public boolean known() {
        return analyzed != null && analyzed.size() > 0;
    }

    /**
     * The type most of the tagged tokens in {@code [start, end)} have (the later one on a tie, since a name's head
     * comes last), or null when the tagger marks none of them.
     */
    public NameType typeOf(int start, int end) {
        if (!known() || end <= start) {
            return null;
        }
        int[] counts = typeCounts;
        Arrays.fill(counts, 0);
        NameType best = null;
        for (int t = analyzed.firstEndingAfter(start); t < analyzed.size() && analyzed.start(t) < end; t++) {
            NameType type = analyzed.nameType(t);
            if (type != null && ++counts[type.ordinal()] >= (best == null ? 1 : counts[best.ordinal()])) {
                best = type;
            }
        }
        return best;
    }

    /**
     * The type the tagger gives most often, across the whole article, to the names that end in {@code lastWord}
     * ("Trump" in "Donald Trump", "Trump"), or null when it never tags one: one doubtful reading is outvoted.
     */
    public NameType typeAcrossArticle(String lastWord) {
        if (!known()) {
            return null;
        }
        if (byLastWord == null) {
            byLastWord = new HashMap<>();
            WordForms forms = WordForms.ofThisThread(); // the last words are the article's words: no substring each
            for (AnalyzedText.NameSpan span : names()) {
                int last = span.endToken() - 1;
                String word = forms.word(analyzed.text(), analyzed.start(last), analyzed.end(last));
                byLastWord.computeIfAbsent(word, k -> new int[TYPES.length])[span.type().ordinal()]++;
            }
        }
        int[] counts = byLastWord.get(lastWord);
        if (counts == null) {
            return null;
        }
        NameType best = null;
        for (NameType t : TYPES) {
            if (counts[t.ordinal()] > 0 && (best == null || counts[t.ordinal()] > counts[best.ordinal()])) {
                best = t;
            }
        }
        return best;
    }

    /** True when some token in {@code [start, end)} is tagged a proper noun (NNP, NNPS). */
    public boolean hasProperNoun(int start, int end) {
        if (!known()) {
            return true; // nothing to say otherwise
        }
        for (int t = analyzed.firstEndingAfter(start); t < analyzed.size() && analyzed.start(t) < end; t++) {
            String pos = analyzed.pos(t);
            if (pos != null && pos.startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tagger's person name that ends where {@code [start, end)} ends (trailing punctuation and a possessive aside)
     * and lies within it, as {@code {start, end}} character offsets, or null when the stretch does not end in one.
     */
    public int[] personEndingAt(int start, int end) {
        if (!known() || end <= start) {
            return null;
        }
        int last = analyzed.firstEndingAfter(end - 1);
        while (last >= 0 && last < analyzed.size() && analyzed.start(last) >= start
                && analyzed.nameType(last) == null && !Character.isLetterOrDigit(analyzed.text().charAt(analyzed.start(last)))) {
            last--; // "Roe's", "Roe." : the name ends before
        }
        if (last < 0 || last >= analyzed.size() || analyzed.start(last) < start || analyzed.end(last) > end
                || analyzed.nameType(last) != NameType.PERSON) {
            return null;
        }
        int first = last;
        while (first > 0 && analyzed.nameType(first - 1) == NameType.PERSON
                && analyzed.sentenceOf(first - 1) == analyzed.sentenceOf(last) && analyzed.start(first - 1) >= start) {
            first--;
        }
        return new int[] {analyzed.start(first), analyzed.end(last)};
    }

    private List<AnalyzedText.NameSpan> names() {
        if (names == null) {
            names = analyzed.names();
        }
        return names;
    }

    /** The tagger's one-word person names ("Trump", "Johnson") as {@code {start, end}} offsets, in text order. */
    public List<int[]> oneWordPersons() {
        if (!known()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (AnalyzedText.NameSpan span : names()) {
            if (span.type() == NameType.PERSON && span.endToken() - span.startToken() == 1) {
                out.add(new int[] {span.start(), span.end()});
            }
        }
        return out;
    }

    /** The tagger's names of {@code type} as {@code {start, end}} offsets, in text order. */
    public List<int[]> spansOf(NameType type) {
        if (!known()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (AnalyzedText.NameSpan span : names()) {
            if (span.type() == type) {
                out.add(new int[] {span.start(), span.end()});
            }
        }
        return out;
    }

    /** The index of the sentence (as the language layer splits them) holding {@code offset}, or -1 with no tags. */
    public int sentenceAt(int offset) {
        if (!known()) {
            return -1;
        }
        int t = Math.min(analyzed.firstEndingAfter(offset), analyzed.size() - 1);
        return analyzed.sentenceOf(t);
    }

    /** The part-of-speech tag of the last token ending at or before {@code offset}, or null. */
    public String posBefore(int offset) {
        if (!known()) {
            return null;
        }
        int t = analyzed.firstEndingAfter(offset) - 1;
        return t >= 0 ? analyzed.pos(t) : null;
    }

    /** The part-of-speech tag of the first token starting at or after {@code offset}, or null. */
    public String posAfter(int offset) {
        if (!known()) {
            return null;
        }
        int t = analyzed.firstEndingAfter(offset);
        while (t < analyzed.size() && analyzed.start(t) < offset) {
            t++;
        }
        return t < analyzed.size() ? analyzed.pos(t) : null;
    }
}
