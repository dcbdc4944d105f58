package dev.newsclaims.language.syntax;

import dev.newsclaims.language.AnalyzedText;

/**
 * What claim extraction asks of a parsed sentence: a verb's subject with its full extent, the kind of complement a
 * verb takes, and the verb a parenthetical ("the rules, she said, will apply") attaches to. Token indices are
 * 0-based within the sentence; extents are inclusive {first, last}.
 */
public final class Clauses {
    /** What a verb's content is. */
    public enum Complement {
        /** a that-clause or bare clause: "said the rules will apply" */
        CLAUSE,
        /** the content is in quotation marks: "said: \"We will win\"" or "\"We will win,\" she said" */
        QUOTATION,
        /** an embedded question: "asked whether it would apply" */
        WH_CLAUSE,
        /** a noun phrase object: "reported a profit" */
        NOUN_PHRASE,
        NONE
    }

    private final DependencyTree tree;
    private final String[] words;
    private final String[] tags;

    public Clauses(DependencyTree tree, String[] words, String[] tags) {
        if (words.length != tree.size() || tags.length != tree.size()) {
            throw new IllegalArgumentException("words, tags and tree differ in length");
        }
        this.tree = tree;
        this.words = new String[words.length];
        this.tags = new String[tags.length];
        for (int i = 0; i < words.length; i++) {
            this.words[i] = TokenValues.normalise(words[i]);
            this.tags[i] = tags[i] == null ? "" : tags[i];
        }
    }

    /**
     * The clauses of sentence {@code sentence} of a parsed text (its heads and relations already set by
     * {@link DependencySyntax}); token indices are then relative to the sentence's first token,
     * {@code text.sentenceStart(sentence)}.
     */
    public static Clauses of(AnalyzedText text, int sentence) {
        int first = text.sentenceStart(sentence);
        int n = text.sentenceEnd(sentence) - first;
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            int h = text.head(first + i);
            heads[i] = h < first || h >= first + n ? -1 : h - first;
            String label = text.deprel(first + i);
            labels[i] = label == null ? (heads[i] < 0 ? "root" : "dep") : label;
            words[i] = text.word(first + i);
            tags[i] = text.pos(first + i);
        }
        return new Clauses(new DependencyTree(heads, labels), words, tags);
    }

    public DependencyTree tree() {
        return tree;
    }

    /** The subject's head token of {@code verb}, following conjoined and controlled verbs up; -1 if none. */
    public int subjectHead(int verb) {
        int v = verb;
        for (int steps = 0; v >= 0 && steps < tree.size(); steps++) {
            for (int d : tree.dependents(v)) {
                String label = tree.label(d);
                if (label.equals("nsubj") || label.equals("nsubjpass") || label.equals("csubj")
                        || label.equals("csubjpass")) {
                    return d;
                }
            }
            String label = tree.label(v);
            if (!(label.equals("conj") || label.equals("xcomp"))) {
                return -1;
            }
            v = tree.head(v);
        }
        return -1;
    }

    /**
     * The subject of {@code verb} with everything that belongs to it (titles, appositions, "of" phrases, relative
     * clauses), without the punctuation at its edges: {first, last}, or null without a subject.
     */
    public int[] subject(int verb) {
        int head = subjectHead(verb);
        if (head < 0) {
            return null;
        }
        int[] extent = tree.extent(head);
        int first = extent[0];
        int last = extent[1];
        while (last > first && isPunctuation(last)) {
            last--;
        }
        while (first < last && isPunctuation(first)) {
            first++;
        }
        return new int[] {first, last};
    }

    /** The kind of content {@code verb} takes. */
    public Complement complement(int verb) {
        int clause = -1;
        int object = -1;
        for (int d : tree.dependents(verb)) {
            String label = tree.label(d);
            if (label.equals("ccomp") || label.equals("parataxis") && d > verb) {
                if (clause < 0) {
                    clause = d;
                }
            } else if (label.equals("xcomp") && clause < 0 && isVerb(d)) {
                clause = d;
            } else if (label.equals("dobj") && object < 0) {
                object = d;
            }
        }
        if (clause >= 0) {
            int[] extent = tree.extent(clause);
            if (quoted(extent[0])) {
                return Complement.QUOTATION;
            }
            return startsWithQuestionWord(clause, extent[0]) ? Complement.WH_CLAUSE : Complement.CLAUSE;
        }
        if (object >= 0) {
            int[] extent = tree.extent(object);
            if (quoted(extent[0])) {
                return Complement.QUOTATION;
            }
            return Complement.NOUN_PHRASE;
        }
        // "\"We will win,\" she said": the speech verb hangs off the quoted clause
        String label = tree.label(verb);
        int head = tree.head(verb);
        if (head >= 0 && head < verb && (label.equals("parataxis") || label.equals("ccomp") || label.equals("dep"))) {
            int[] extent = tree.extent(head);
            if (quoted(extent[0])) {
                return Complement.QUOTATION;
            }
        }
        return Complement.NONE;
    }

    /**
     * For a verb set inside another clause ("The rules, she said, will apply"), the verb of that clause; -1 when
     * {@code verb} is not parenthetical.
     */
    public int parentheticalHost(int verb) {
        int head = tree.head(verb);
        String label = tree.label(verb);
        if (head >= 0 && (label.equals("parataxis") || label.equals("ccomp") || label.equals("advcl"))) {
            int[] own = tree.extent(verb);
            int[] host = tree.extent(head);
            if (own[0] > host[0] && own[1] < host[1] && setOff(own[0], own[1])) {
                return head;
            }
        }
        // the parser may hang the host clause under the speech verb instead: "rules ... apply" ccomp of "said"
        for (int d : tree.dependents(verb)) {
            String l = tree.label(d);
            if ((l.equals("ccomp") || l.equals("parataxis")) && tree.extent(d)[0] < verb && d > verb) {
                int subjectOfHost = subjectHead(d);
                if (subjectOfHost >= 0 && subjectOfHost < verb) {
                    return d;
                }
            }
        }
        return -1;
    }

    private boolean setOff(int first, int last) {
        int before = first - 1;
        int after = last + 1;
        if (isPunctuation(first) || isPunctuation(last)) {
            return true;
        }
        return before >= 0 && isPunctuation(before) && after < words.length && isPunctuation(after);
    }

    /** Whether a quotation mark opens the span: at its first token or just before it (after a colon, say). */
    private boolean quoted(int first) {
        if (isQuote(first)) {
            return true;
        }
        for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
            if (isQuote(i)) {
                return true;
            }
            if (!isPunctuation(i)) {
                return false;
            }
        }
        return false;
    }

    private boolean startsWithQuestionWord(int clause, int first) {
        for (int i = first; i <= clause && i < words.length; i++) {
            String tag = tags[i];
            if (tag.equals("WDT") || tag.equals("WP") || tag.equals("WP$") || tag.equals("WRB")) {
                return true;
            }
            String w = words[i].toLowerCase(java.util.Locale.ROOT);
            if (w.equals("whether") || w.equals("if") && tree.label(i).equals("mark")) {
                return true;
            }
            if (!isPunctuation(i) && !tree.label(i).equals("mark")) {
                return false;
            }
        }
        return false;
    }

    private boolean isVerb(int i) {
        return tags[i].startsWith("VB") || tags[i].equals("VERB");
    }

    private boolean isQuote(int i) {
        String w = words[i];
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")
                || w.equals("'") && tags[i].equals("''");
    }

    private boolean isPunctuation(int i) {
        String w = words[i];
        if (w.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetterOrDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
