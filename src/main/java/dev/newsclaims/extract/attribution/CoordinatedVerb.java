package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.List;

/**
 * A second verb of the sentence's subject: "Graham praised Rubio and said …", "…, adding that …". The source is
 * the unit's previous claim's, else the subject opening the unit.
 */
final class CoordinatedVerb {

    private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

    private CoordinatedVerb() {
    }

    /** {@code f} filled when the cue is joined to an earlier verb of a known subject, else null. */
    static CueAttribution.Found attribute(List<Tok> toks, CueFinder.Cue cue, SourceMention unitSpeaker,
            CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        int leftIndex = c0 - 1;
        while (leftIndex > 0 && toks.get(leftIndex).isWord() && Lexicon.AUXILIARIES.contains(toks.get(leftIndex).lower())) {
            leftIndex--; // "…, recently telling"
        }
        Tok left = toks.get(leftIndex);
        boolean participle = toks.get(c0).lower().endsWith("ing");
        boolean coordinated = left.is("and") || left.is("but") || left.is("then")
                || (participle && (left.isPunct(',') || left.isQuote() || left.is("while") || left.is("before")
                        || left.is("after") || left.is("by") || left.is("when")));
        if (coordinated) {
            SourceMention subject = unitSpeaker != null ? unitSpeaker : unitSubject(toks, c0);
            int afterFirst = ContentPatterns.skipAfterCue(toks, c1 + 1, cue.lemma());
            if (subject != null && TokenSpans.substance(toks, afterFirst, n - 1) >= 2) {
                f.source = subject;
                f.sourceLast = c0 - 1;
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
                f.coordination = leftIndex;
                return f;
            }
        }
        return null;
    }

    /** The subject opening the unit ("Graham" in "Graham praised … and said"), before {@code limit}. */
    static SourceMention unitSubject(List<Tok> toks, int limit) {
        int first = 0;
        while (first < limit && (toks.get(first).type() == Tok.Type.PUNCT
                || Lexicon.NOT_NAME_WORDS.contains(toks.get(first).lower()) && !Lexicon.PRONOUNS.contains(toks.get(first).lower()))) {
            first++;
        }
        for (int k = first; k < limit - 1 && k - first < 10; k++) {
            Tok next = toks.get(k + 1);
            if (!next.isWord()) {
                return null;
            }
            if (next.isCapitalized() || Lexicon.NAME_CONNECTORS.contains(next.lower())
                    || Lexicon.TITLE_WORDS.contains(next.lower())) {
                continue;
            }
            return SPEAKERS.phraseEndingAt(toks, k, first); // leading modifiers may stay outside
        }
        return null;
    }
}
