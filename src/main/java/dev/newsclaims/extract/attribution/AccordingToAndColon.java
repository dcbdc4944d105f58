package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * The two cues that are no verb: "according to X, …" (the content on whichever side of the source has more
 * substance) and "X: …" (the whole phrase before the colon speaks).
 */
final class AccordingToAndColon {

    private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

    private AccordingToAndColon() {
    }

    /** "according to X, …" / "…, according to X.", or null. */
    static CueAttribution.Found accordingTo(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        SourceMention source = SPEAKERS.objectAt(toks, c1 + 1, n);
        if (source == null) {
            return null;
        }
        int sourceLast = TokenSpans.lastTokenOf(toks, source, c1 + 1);
        f.source = source;
        f.sourceLast = sourceLast;
        int afterFirst = TokenSpans.skipPunct(toks, sourceLast + 1);
        int beforeLast = TokenSpans.trimBack(toks, c0 - 1);
        int afterLen = TokenSpans.substance(toks, afterFirst, n - 1);
        int beforeLen = TokenSpans.substance(toks, 0, beforeLast);
        if (afterLen >= 3 && afterLen >= beforeLen) {
            f.contentFirst = afterFirst;
            f.contentLast = n - 1;
        } else if (beforeLen >= 3) {
            f.contentFirst = 0;
            f.contentLast = beforeLast;
        } else {
            return null;
        }
        return f;
    }

    /** "Graham: Trump’s rhetoric destroying GOP’s chance", or null (also for page labels such as "READ MORE:"). */
    static CueAttribution.Found colon(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        // "Graham: Trump’s rhetoric destroying GOP’s chance" — the whole phrase before the colon speaks
        SourceMention speaker = SPEAKERS.phraseEndingAt(toks, c0 - 1, 0);
        if (speaker == null || speaker.start() != toks.get(0).start() || TokenSpans.substance(toks, c1 + 1, n - 1) < 3
                || PageFurniture.isLabel(toks, c0)) {
            return null;
        }
        f.source = speaker;
        f.sourceLast = c0 - 1;
        f.contentFirst = TokenSpans.skipPunct(toks, c1 + 1);
        f.contentLast = n - 1;
        return f;
    }
}
