package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Full personal names anywhere in the body ("Kersti Kaljulaid", "Jens Stoltenberg"): runs of two to four
 * capitalised words that are not titles, organisation words, places or function words. Coreference uses
 * them to expand surnames and to find a pronoun's antecedent when no speaker precedes it.
 */
public final class NamedPeople {

    private NamedPeople() {}

    public static List<Coreference.NamedPerson> find(List<List<Tok>> units) {
        return find(units, PartsOfSpeech.NONE);
    }

    /** {@code pos} tells a sentence's capitalised first word that is no name ("Unlike Patriot, …"). */
    public static List<Coreference.NamedPerson> find(List<List<Tok>> units, PartsOfSpeech pos) {
        List<Coreference.NamedPerson> out = new ArrayList<>();
        // one builder for every name and one for every description: the article names people many times
        StringBuilder name = new StringBuilder();
        StringBuilder description = new StringBuilder();
        for (int u = 0; u < units.size(); u++) {
            List<Tok> toks = units.get(u);
            if (u == 0 && looksLikeDateline(toks)) {
                continue; // "BRUSSELS, 8 Dec – RIA Novosti, Alexander Shishlo." names the reporter, not a source
            }
            int runStart = -1;
            for (int i = 0; i <= toks.size(); i++) {
                boolean nameWord = i < toks.size() && (NameWords.isNameWord(toks.get(i))
                        || runStart >= 0 && NameWords.isParticleInName(toks, i, runStart, toks.size() - 1)
                        || runStart >= 0 && NameWords.isSurnameAfterGivenName(toks, i, runStart));
                if (nameWord && runStart < 0) {
                    runStart = i;
                } else if (!nameWord && runStart >= 0) {
                    if (runStart == 0 && i - runStart >= 2 && !isProperNoun(toks.get(0), pos)
                            && !Genders.isFirstName(toks.get(0).text())) {
                        runStart++; // "Injecting Clinton's …", "Unlike Patriot": a sentence's capitalised first word
                    }
                    int titleStart = runStart;
                    for (int k = i - 3; k >= runStart; k--) {
                        if (isTitle(toks.get(k))) {
                            runStart = k + 1; // "Nurse Emily Carter", "Transport Minister Karen Lee" name the person
                            break;
                        }
                    }
                    int length = i - runStart;
                    if (length >= 2 && (length <= 4 || length <= 4 + particles(toks, runStart, i))) {
                        name.setLength(0);
                        for (int k = runStart; k < i; k++) {
                            if (name.length() > 0) {
                                name.append(' ');
                            }
                            name.append(Possessives.stripPossessive(toks.get(k).text()));
                        }
                        out.add(new Coreference.NamedPerson(name.toString(), toks.get(runStart).start(),
                                description(toks, titleStart, runStart, i, description)));
                    }
                    runStart = -1;
                }
            }
        }
        return out;
    }

    private static int particles(List<Tok> toks, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += toks.get(k).isCapitalized() ? 0 : 1;
        }
        return n;
    }

    /** Longest lower-case role written just before a name ("welder Dan Miller") that describes the person. */
    private static final int MAX_ROLE_BEFORE = 4;
    /** Words that end a role phrase read leftwards from a name: "met", "by", "the" are not the person's role. */
    private static final Set<String> NOT_ROLE_WORDS = WordTables.setOf("the", "a",
            "an", "by", "with", "and", "or", "to", "for", "from", "of", "in", "on", "at", "as", "that", "met", "told",
            "said", "says", "called", "asked", "named", "is", "was", "are", "were", "has", "had", "have");
    /** Longest appositive read as a description ("Dan Miller, a 45-year-old welder from Hamilton,"). */
    private static final int MAX_APPOSITIVE = 12;

    /**
     * The lower-cased words that describe the person named at {@code nameStart..nameEnd}: the titles in the run
     * ("Mayor"), lower-case role words before it ("city councillor"), and an appositive after it (", a 45-year-old
     * welder from Hamilton,"). Role phrases later in the article ("the mayor", "the 45-year-old") are matched
     * against these words.
     */
    private static String description(List<Tok> toks, int titleStart, int nameStart, int nameEnd, StringBuilder out) {
        out.setLength(0);
        int before = titleStart;
        while (before > 0 && titleStart - before < MAX_ROLE_BEFORE && isRoleWord(toks.get(before - 1))) {
            before--;
        }
        for (int k = before; k < nameStart; k++) {
            NameWords.append(out, toks.get(k).lower());
        }
        if (nameEnd + 1 < toks.size() && toks.get(nameEnd).isPunct(',') && toks.get(nameEnd + 1).isWord()
                && !toks.get(nameEnd + 1).isCapitalized() && !Lexicon.PRONOUNS.contains(toks.get(nameEnd + 1).lower())) {
            for (int k = nameEnd + 1; k < toks.size() && k - nameEnd <= MAX_APPOSITIVE; k++) {
                Tok t = toks.get(k);
                if (!t.isWord() || t.is("who") || t.is("said")) {
                    break;
                }
                NameWords.append(out, t.lower());
            }
        }
        return out.toString();
    }

    /** Tags of a sentence's first word that no name has: "Unlike", "Injecting", "Whether", "Perhaps". */
    private static final Set<String> NEVER_NAME_TAGS = WordTables.setOf("IN",
            "VBG", "VBN", "RB", "WRB", "WDT", "DT", "CC", "TO", "PRP", "PRP$");

    /** Not tagged as a word no name is, or no tags to tell. */
    private static boolean isProperNoun(Tok t, PartsOfSpeech pos) {
        String tag = pos.at(t.start());
        return tag == null || !NEVER_NAME_TAGS.contains(tag);
    }

    private static boolean isRoleWord(Tok t) {
        return t.isWord() && !NOT_ROLE_WORDS.contains(t.lower()) && !(t.lower().endsWith("ed") && !isTitle(t))
                && !Lexicon.PRONOUNS.contains(t.lower());
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
        return first.length() >= 3 && NameWords.isAcronym(first)
                && (toks.get(1).isPunct(',') || toks.get(1).isPunct('(') || toks.get(1).isDash());
    }
}
