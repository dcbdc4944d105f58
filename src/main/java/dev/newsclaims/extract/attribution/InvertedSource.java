package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * Attribution with the source after its cue: the inverted "…, said X" / "”, — said Stoltenberg", the
 * sentence-initial "Said Dorothy Poynter, …, “…”", and the passive "As noted in Moscow, …".
 */
final class InvertedSource {

    /** Longest attribution that may sit between two pieces of one quote. */
    private static final int MAX_INTERRUPTION_TOKENS = 16;

    private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

    private InvertedSource() {
    }

    /** "…, said X" after a clause break or a quotation, or null. */
    static CueAttribution.Found afterClause(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        Tok prev = toks.get(c0 - 1);
        if (prev.isClauseBreak() || prev.isQuote()) {
            SourceMention inverted = SPEAKERS.after(toks, c1 + 1, n);
            int beforeLast = TokenSpans.trimBack(toks, c0 - 1);
            if (inverted != null && TokenSpans.substance(toks, 0, beforeLast) >= 3) {
                f.source = inverted;
                f.sourceLast = TokenSpans.lastTokenOf(toks, inverted, c1 + 1);
                f.contentFirst = 0;
                f.contentLast = beforeLast;
                f.inverted = true;
                // "“A,” said Sherman, speaking of politicians, “B.”": the second piece belongs to the same claim
                if (toks.get(beforeLast).isQuote()) {
                    for (int k = f.sourceLast + 1; k < n && k - f.sourceLast <= MAX_INTERRUPTION_TOKENS; k++) {
                        if (toks.get(k).isQuote()) {
                            f.interruption = new int[] {beforeLast + 1, k - 1};
                            f.contentLast = n - 1;
                            break;
                        }
                    }
                }
                return f;
            }
        }
        return null;
    }

    /** "As (repeatedly) noted in Moscow, …" / "as reported by the agency, …": the main clause is the content. */
    static CueAttribution.Found passive(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        if (toks.get(0).is("as") && c0 <= 4) {
            int comma = c1 + 1;
            int by = -1;
            while (comma < n && comma - c1 <= 10 && !toks.get(comma).isPunct(',')) {
                if (toks.get(comma).is("in") || toks.get(comma).is("by")) {
                    by = comma;
                }
                comma++;
            }
            if (by > 0 && comma < n && comma - c1 <= 10) {
                SourceMention passive = SPEAKERS.phraseEndingAt(toks, comma - 1, by + 1);
                if (passive != null && TokenSpans.substance(toks, comma + 1, n - 1) >= 3) {
                    f.source = passive;
                    f.sourceLast = comma - 1;
                    f.contentFirst = comma + 1;
                    f.contentLast = n - 1;
                    f.passive = true;
                    return f;
                }
            }
        }
        return null;
    }

    /** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”": the quote after the source. */
    static CueAttribution.Found sentenceInitial(List<Tok> toks, int c1, CueAttribution.Found f) {
        SourceMention source = SPEAKERS.after(toks, c1 + 1, toks.size());
        if (source == null) {
            return null;
        }
        int last = TokenSpans.lastTokenOf(toks, source, c1 + 1);
        for (int k = last + 1; k < toks.size() && k - last <= MAX_INTERRUPTION_TOKENS; k++) {
            if (toks.get(k).isQuote()) {
                f.source = source;
                f.sourceLast = k - 1;
                f.contentFirst = k;
                f.contentLast = toks.size() - 1;
                f.inverted = true;
                return f;
            }
        }
        return null;
    }
}
