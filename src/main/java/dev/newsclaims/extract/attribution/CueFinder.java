package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cues of a unit outside its quotes: speech and belief verbs ("said", "stressed", "believes"),
 * "according to", and the passive "as noted in Moscow".
 */
final class CueFinder {

    enum Kind { VERB, ACCORDING_TO, COLON }

    /** Tokens {@code first..last} (inclusive) form the cue; {@code lemma} is the verb's base form. */
    record Cue(int first, int last, Kind kind, String lemma) {}

    /** A headline-style colon ("Graham: Trump’s rhetoric …") comes after at most this many words. */
    private static final int MAX_COLON_SOURCE_WORDS = 6;

    List<Cue> find(List<Tok> toks) {
        return find(toks, PartsOfSpeech.NONE);
    }

    /** With parts of speech, a cue word the tagger reads as a noun or an adjective ("his plans") is no cue. */
    List<Cue> find(List<Tok> toks, PartsOfSpeech pos) {
        List<Cue> cues = null; // made at the first cue: most units have none
        boolean titleCase = isTitleCase(toks);
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.isPunct(':') && i > 0 && i <= MAX_COLON_SOURCE_WORDS && allWords(toks, i)) {
                cues = added(cues, new Cue(i, i, Kind.COLON, ":"));
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
                cues = added(cues, new Cue(i, i + 1, Kind.ACCORDING_TO, "according to"));
                i++;
                continue;
            }
            String lemma = Lexicon.CUE_VERBS.get(t.lower());
            // a capitalised cue word inside a sentence is a name ("the United States"), not a verb
            if (lemma != null && (i == 0 || !t.isCapitalized() || titleCase) && !isNounUse(toks, i)
                    && (titleCase || !PartsOfSpeech.isNominal(pos.at(t.start())) || afterQuotation(toks, i))) {
                int first = i;
                int last = i;
                if (t.is("saying") && i >= 2 && toks.get(i - 1).is("as") && toks.get(i - 2).is("quoted")) {
                    first = i - 2; // "she was quoted as saying": the subject is before "was quoted"
                }
                // "told reporters", "pointed out", "called for": keep the particle or audience in the cue
                if (i + 1 < toks.size() && toks.get(i + 1).isWord()) {
                    String next = toks.get(i + 1).lower();
                    if (next.equals("reporters") || next.equals("journalists") || next.equals("out")
                            || (next.equals("for") && lemma.equals("call"))) {
                        last = i + 1;
                    }
                }
                cues = added(cues, new Cue(first, last, Kind.VERB, lemma));
            }
        }
        return cues == null ? List.of() : cues;
    }

    /** "“…,” echoes Ruiz": a lower-case cue word right after a quotation is the inverted verb, whatever the tagger says. */
    private static boolean afterQuotation(List<Tok> toks, int i) {
        return i > 0 && toks.get(i - 1).isQuote() && !toks.get(i).isCapitalized();
    }

    private static List<Cue> added(List<Cue> cues, Cue cue) {
        List<Cue> out = cues == null ? new ArrayList<>(2) : cues;
        out.add(cue);
        return out;
    }

    private static boolean allWords(List<Tok> toks, int end) {
        for (int k = 0; k < end; k++) {
            if (!toks.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** A headline: most words capitalised ("Bellwether County Says Trump Should Win"). */
    private static boolean isTitleCase(List<Tok> toks) {
        int words = 0;
        int capitalized = 0;
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitalized += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 8;
    }

    /** "the report", "a statement", "his comments": a cue word used as a noun after a determiner. */
    private static boolean isNounUse(List<Tok> toks, int i) {
        if (i == 0 || !toks.get(i - 1).isWord()) {
            return false;
        }
        String prev = toks.get(i - 1).lower();
        if (Possessives.isPossessive(prev)) {
            return true; // "BA's estimated revenues": a participle used as an adjective
        }
        return prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("his")
                || prev.equals("her") || prev.equals("their") || prev.equals("its") || prev.equals("our")
                || prev.equals("this") || prev.equals("that") || prev.equals("no") || prev.equals("any");
    }
}
