package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * Matches one cue against the patterns of attribution and returns its source and content tokens:
 * "X said (that) …", "…, X said." ({@link SourceBeforeCue}), "…, said X.", "As noted in Moscow, …"
 * ({@link InvertedSource}), "according to X, …", "X: …" ({@link AccordingToAndColon}), a second verb of the same
 * subject ("… and said", ", adding": {@link CoordinatedVerb}), and a subject no lexicon knows for a plain speech
 * verb ("People briefed on the talks say …": {@link GenericSubjects}).
 */
final class CueAttribution {

    private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

    /** What a cue attributes: the source phrase and the token range of the content (inclusive). */
    static final class Found {
        SourceMention source;
        int sourceLast;
        int contentFirst;
        int contentLast;
        boolean inverted;
        /** Token range of an attribution between two quote pieces, or null. */
        int[] interruption;
        /** Index of the "and" / comma joining this verb to an earlier one of the same subject, or -1. */
        int coordination = -1;
        /** "As noted in Moscow, …": the main clause after the passive cue is the content, whatever its form. */
        boolean passive;
    }

    /**
     * What a pattern returns when it fits but its words name no source: the cue attributes nothing, and the
     * patterns after it are not tried. Never filled in, never returned from here.
     */
    static final Found NO_SOURCE = new Found();

    /**
     * The source and content of {@code cue} in the unit {@code toks}, or null when no pattern fits.
     * {@code unitSpeaker} is the source of the unit's previous claim, the subject of coordinated verbs.
     * Patterns are tried from the most to the least specific; each looks at a bounded number of tokens.
     */
    Found attribute(List<Tok> toks, CueFinder.Cue cue, SourceMention unitSpeaker) {
        return attribute(toks, cue, unitSpeaker, PartsOfSpeech.NONE);
    }

    /** {@code pos}: the article's parts of speech, which tell a clause resuming after a parenthetical attribution. */
    Found attribute(List<Tok> toks, CueFinder.Cue cue, SourceMention unitSpeaker, PartsOfSpeech pos) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        if (c0 >= 2 && toks.get(c0 - 1).is("who") && toks.get(c0 - 2).isPunct(',') && ContentPatterns.isBackground(toks, c1 + 1)) {
            return null; // "Mr Dyke, who spoke at the launch, added …": the main verb follows
        }
        if (cue.kind() == CueFinder.Kind.VERB && c1 + 2 < n && toks.get(c1 + 1).is("by") && !toks.get(0).is("as")
                && !toks.get(c1 + 2).lower().endsWith("ing") && !isFiniteVerb(toks.get(c1), pos)) {
            return null; // "a statement released by her lawyer": a participle, its noun is no speaker
        }
        Found f = new Found();
        if (cue.kind() == CueFinder.Kind.ACCORDING_TO) {
            return AccordingToAndColon.accordingTo(toks, cue, f);
        }
        if (cue.kind() == CueFinder.Kind.COLON) {
            return AccordingToAndColon.colon(toks, cue, f);
        }
        SourceMention source = SPEAKERS.before(toks, c0, 0);
        if (source != null) {
            return SourceBeforeCue.attribute(toks, cue, source, pos, f);
        }
        // inverted: "…, said X" / "”, — said Stoltenberg"
        if (c0 == 0) {
            return InvertedSource.sentenceInitial(toks, c1, f);
        }
        Found generic = GenericSubjects.attribute(toks, cue, f);
        if (generic != null) {
            return generic == NO_SOURCE ? null : generic;
        }
        Found coordinated = CoordinatedVerb.attribute(toks, cue, unitSpeaker, f);
        if (coordinated != null) {
            return coordinated;
        }
        Found inverted = InvertedSource.afterClause(toks, cue, f);
        if (inverted != null) {
            return inverted;
        }
        return InvertedSource.passive(toks, cue, f);
    }

    /** Tagged as a finite verb ("Ruiz said by phone"), not a participle ("released by"); unknown without tags. */
    private static boolean isFiniteVerb(Tok t, PartsOfSpeech pos) {
        return pos.known() && PartsOfSpeech.isFiniteVerb(pos.at(t.start()));
    }

    /** The subject opening the unit ("Graham" in "Graham praised … and said"), before {@code limit}. */
    SourceMention unitSubject(List<Tok> toks, int limit) {
        return CoordinatedVerb.unitSubject(toks, limit);
    }
}
