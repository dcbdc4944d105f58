package dev.newsclaims.extract.text;

import dev.newsclaims.language.AnalyzedText;

/**
 * The Penn part-of-speech tag at a character offset of the article, from the language layer's tokens (which need not
 * coincide with the extraction stages' tokens). {@link #NONE} knows no tags: the stages then fall back on their
 * word lists.
 */
public final class PartsOfSpeech {

    public static final PartsOfSpeech NONE = new PartsOfSpeech(null);

    private final AnalyzedText analyzed;

    public PartsOfSpeech(AnalyzedText analyzed) {
        this.analyzed = analyzed;
    }

    /** The tag of the language token that starts at or covers {@code offset}, or null when none does. */
    public String at(int offset) {
        if (analyzed == null) {
            return null;
        }
        int token = analyzed.firstEndingAfter(offset);
        return token < analyzed.size() && analyzed.start(token) <= offset ? analyzed.pos(token) : null;
    }

    /** A finite verb or a modal: "VBD", "VBZ", "VBP", "MD". */
    public static boolean isFiniteVerb(String tag) {
        return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
    }

    /** A noun or an adjective ("the plans", "a known"), never a verb. */
    public static boolean isNominal(String tag) {
        return tag != null && (tag.startsWith("NN") || tag.startsWith("JJ"));
    }

    public boolean known() {
        return analyzed != null;
    }
}
