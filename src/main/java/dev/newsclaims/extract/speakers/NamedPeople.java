package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.attribution.Lexicon;
import dev.newsclaims.extract.text.Tok;
import java.util.ArrayList;
import java.util.List;

/**
 * Full personal names anywhere in the body ("Kersti Kaljulaid", "Jens Stoltenberg"): runs of two to four
 * capitalised words that are not titles, organisation words, places or function words. Coreference uses
 * them to expand surnames and to find a pronoun's antecedent when no speaker precedes it.
 */
public final class NamedPeople {

    private NamedPeople() {}

    public static List<Coreference.NamedPerson> find(List<List<Tok>> units) {
        List<Coreference.NamedPerson> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            List<Tok> toks = units.get(u);
            if (u == 0 && looksLikeDateline(toks)) {
                continue; // "BRUSSELS, 8 Dec – RIA Novosti, Alexander Shishlo." names the reporter, not a source
            }
            int runStart = -1;
            for (int i = 0; i <= toks.size(); i++) {
                boolean nameWord = i < toks.size() && SpeakerFinder.isNameWord(toks.get(i));
                if (nameWord && runStart < 0) {
                    runStart = i;
                } else if (!nameWord && runStart >= 0) {
                    while (runStart < i - 2 && isTitle(toks.get(runStart))) {
                        runStart++; // "Nurse Emily Carter" names Emily Carter
                    }
                    int length = i - runStart;
                    if (length >= 2 && length <= 4) {
                        StringBuilder name = new StringBuilder();
                        for (int k = runStart; k < i; k++) {
                            if (name.length() > 0) {
                                name.append(' ');
                            }
                            name.append(SpeakerFinder.stripPossessive(toks.get(k).text()));
                        }
                        out.add(new Coreference.NamedPerson(name.toString(), toks.get(runStart).start()));
                    }
                    runStart = -1;
                }
            }
        }
        return out;
    }

    private static boolean isTitle(Tok t) {
        String w = t.lower();
        return Lexicon.TITLE_WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** An all-capitals place, then a comma, a dash or a bracket: "BRUSSELS, 8 Dec – …". */
    private static boolean looksLikeDateline(List<Tok> toks) {
        if (toks.size() < 2 || !toks.get(0).isWord()) {
            return false;
        }
        String first = toks.get(0).text();
        return first.length() >= 3 && SpeakerFinder.isAcronym(first)
                && (toks.get(1).isPunct(',') || toks.get(1).isPunct('(') || toks.get(1).isDash());
    }
}
