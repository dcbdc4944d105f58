package dev.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cues of a unit outside its quotes: speech and belief verbs ("said", "stressed", "believes"),
 * "according to", and the passive "as noted in Moscow".
 */
final class CueFinder {

    enum Kind { VERB, ACCORDING_TO }

    /** Tokens {@code first..last} (inclusive) form the cue; {@code lemma} is the verb's base form. */
    record Cue(int first, int last, Kind kind, String lemma) {}

    List<Cue> find(List<Tok> toks) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
                cues.add(new Cue(i, i + 1, Kind.ACCORDING_TO, "according to"));
                i++;
                continue;
            }
            String lemma = Lexicon.CUE_VERBS.get(t.lower());
            // a capitalised cue word inside a sentence is a name ("the United States"), not a verb
            if (lemma != null && (i == 0 || !t.isCapitalized()) && !isNounUse(toks, i)) {
                int last = i;
                // "told reporters", "pointed out", "called for": keep the particle or audience in the cue
                if (i + 1 < toks.size() && toks.get(i + 1).isWord()) {
                    String next = toks.get(i + 1).lower();
                    if (next.equals("reporters") || next.equals("journalists") || next.equals("out")
                            || (next.equals("for") && lemma.equals("call"))) {
                        last = i + 1;
                    }
                }
                cues.add(new Cue(i, last, Kind.VERB, lemma));
            }
        }
        return cues;
    }

    /** "the report", "a statement", "his comments": a cue word used as a noun after a determiner. */
    private static boolean isNounUse(List<Tok> toks, int i) {
        if (i == 0 || !toks.get(i - 1).isWord()) {
            return false;
        }
        String prev = toks.get(i - 1).lower();
        return prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("his")
                || prev.equals("her") || prev.equals("their") || prev.equals("its") || prev.equals("our")
                || prev.equals("this") || prev.equals("that") || prev.equals("no") || prev.equals("any");
    }
}
