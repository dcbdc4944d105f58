package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.NameWords.phraseText;
import static dev.newsclaims.extract.speakers.NameWords.withoutDeterminer;

import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * Finds the words naming the source next to a cue — the subject before the verb ({@link PrecedingSubject}), the
 * inverted subject after it ({@link InvertedSubject}), the object of "according to" — and analyses them into
 * name, role, organisation and type ({@link SourcePhrases}).
 */
public final class SpeakerFinder {

    private static final int MAX_OBJECT_TOKENS = 20;

    /** The source ending just before {@code cue} (auxiliaries and adverbs skipped), or null. */
    public SourceMention before(List<Tok> toks, int cue, int lo) {
        return PrecedingSubject.before(toks, cue, lo);
    }

    /** The inverted subject after {@code from} ("said Thursday the Secretary General …"), or null. */
    public SourceMention after(List<Tok> toks, int from, int hi) {
        return InvertedSubject.after(toks, from, hi);
    }

    /** The phrase after "according to", up to the next clause break. */
    public SourceMention objectAt(List<Tok> toks, int from, int hi) {
        int end = from;
        while (end < hi && end - from < MAX_OBJECT_TOKENS && toks.get(end).isWord()) {
            end++;
        }
        if (end == from) {
            return null;
        }
        for (int e = end - 1; e >= from; e--) {
            SourceMention np = SourcePhrases.endingAt(toks, e, from);
            if (np != null && np.start() == toks.get(from).start()) {
                return np;
            }
        }
        // "according to a new poll by Harvard": whatever follows is the source, even if unrecognised
        if (end < hi && !toks.get(end).isClauseBreak() && !toks.get(end).isPunct('.')) {
            return null;
        }
        String phrase = withoutDeterminer(phraseText(toks, from, end - 1));
        return new SourceMention(toks.get(from).start(), toks.get(end - 1).end(), SourceMention.Form.GROUP, phrase,
                null, null, "group", toks.get(end - 1).lower());
    }

    /**
     * Words {@code from..to} as a source nothing more is known about ("donors", "people close to him"), or
     * null when they are only function words ("for", "additional") and cannot name a source at all.
     */
    public SourceMention genericPhrase(List<Tok> toks, int from, int to) {
        return SourcePhrases.generic(toks, from, to);
    }

    /**
     * The longest source phrase ending at token {@code j} and starting no earlier than {@code lo}: a pronoun,
     * or a run of capitalised words, title words, connectors and determiners whose last word is a name or a
     * known source noun.
     */
    public SourceMention phraseEndingAt(List<Tok> toks, int j, int lo) {
        return SourcePhrases.endingAt(toks, j, lo);
    }
}
