package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.NameWords.HONORIFICS;
import static dev.newsclaims.extract.speakers.NameWords.isAcronym;
import static dev.newsclaims.extract.speakers.NameWords.isNameWord;
import static dev.newsclaims.extract.speakers.NameWords.nameText;
import static dev.newsclaims.extract.speakers.NameWords.phraseText;
import static dev.newsclaims.extract.vocabulary.Possessives.stripPossessive;
import static dev.newsclaims.extract.speakers.NameWords.titleCase;
import static dev.newsclaims.extract.speakers.NameWords.withoutDeterminer;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * One source phrase found by where it ends and analysed into name, role, organisation and type with the
 * lexicons (titles, organisation words, places and nationalities, groups, pronouns): "Russian Foreign
 * Minister Sergei Lavrov", "the Secretary General of the Alliance", "the 45-year-old", "donors".
 */
final class SourcePhrases {

    private static final int MAX_NP_TOKENS = 12;

    private SourcePhrases() {
    }

    /**
     * The longest source phrase ending at token {@code j} and starting no earlier than {@code lo}: a pronoun,
     * or a run of capitalised words, title words, connectors and determiners whose last word is a name or a
     * known source noun.
     */
    static SourceMention endingAt(List<Tok> toks, int j, int lo) {
        if (j < lo || j >= toks.size()) {
            return null;
        }
        Tok head = toks.get(j);
        if (!head.isWord()) {
            return null;
        }
        String h = head.lower();
        if (Lexicon.PRONOUNS.contains(h)) {
            String type = Lexicon.PERSON_PRONOUNS.contains(h) ? "person"
                    : h.equals("it") ? "organization" : "group";
            return new SourceMention(head.start(), head.end(), SourceMention.Form.PRONOUN, null, null, null, type, h);
        }
        SourceMention unnamed = roleForOrganization(toks, j, lo);
        if (unnamed != null) {
            return unnamed;
        }
        boolean headIsName = head.isCapitalized() && !Lexicon.NOT_NAME_WORDS.contains(h)
                || NameWords.isSurnameAfterHonorific(toks, j, lo);
        boolean headIsNoun = Lexicon.GROUP_NOUNS.contains(h) || Lexicon.TITLE_WORDS.contains(h)
                || Lexicon.ORG_WORDS.contains(h) || Lexicon.PLACES.containsKey(stripPossessive(head.text()));
        if (!headIsName && !headIsNoun) {
            return agedDescription(toks, j, lo);
        }
        int k = orgAfterName(toks, j, lo);
        while (k - 1 >= lo && j - (k - 1) < MAX_NP_TOKENS) {
            Tok t = toks.get(k - 1);
            if (!t.isWord()) {
                break;
            }
            String w = t.lower();
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                k--;
                // "the Secretary General of the Alliance": a determiner after "of" continues the phrase; so does one
                // after "at" or "with" that follows a name ("Ana Ruiz at the University", "Paul Gagnon with the …")
                if (k - 1 >= lo && (toks.get(k - 1).is("of") || toks.get(k - 1).is("for"))) {
                    continue;
                }
                if (k - 2 >= lo && (toks.get(k - 1).is("at") || toks.get(k - 1).is("with")) && isNameWord(toks.get(k - 2))
                        && toks.get(j).isCapitalized()) {
                    k--;
                    continue;
                }
                break; // otherwise a determiner opens the phrase
            }
            boolean ok = (t.isCapitalized() && !Lexicon.NOT_NAME_WORDS.contains(w))
                    || Lexicon.TITLE_WORDS.contains(w) || Lexicon.GROUP_NOUNS.contains(w)
                    || Lexicon.NOUN_MODIFIERS.contains(w) || Character.isDigit(w.charAt(0)) // "47 percent"
                    || (Lexicon.NAME_CONNECTORS.contains(w) && !w.equals("and")
                            && (toks.get(k).isCapitalized() || toks.get(k).is("the")
                                    || Lexicon.NAME_PARTICLES.contains(toks.get(k).text()))); // "von der Leyen"
            if (!ok) {
                break;
            }
            k--;
        }
        // connectors cannot open a phrase ("of NATO said"), but particles open a surname ("De Blasio", "von der Leyen")
        while (k < j && Lexicon.NAME_CONNECTORS.contains(toks.get(k).lower()) && !toks.get(k).is("the")
                && !Lexicon.NAME_PARTICLES.contains(toks.get(k).lower())) {
            k++;
        }
        return describe(toks, k, j);
    }

    /** Words of an organisation written after a role and "for": "the province's environment department". */
    private static final int MAX_ORG_PHRASE = 6;
    /** Title words of one role: "chief executive officer", "press secretary". */
    private static final int MAX_ROLE_WORDS = 3;

    /**
     * "A spokesperson for the province's environment department", "the head of the city's planning office": a role
     * held at an organisation, with no name beside it, is an unnamed person of that organisation, not the
     * organisation; the organisation as written (a proper name without its article). Null when the words ending at
     * {@code j} are not one; a role after a name ("Jane Roe, spokeswoman for …") is the appositive's.
     */
    static SourceMention roleForOrganization(List<Tok> toks, int j, int lo) {
        Tok head = toks.get(j);
        if (!head.isWord() || !head.isCapitalized() && !Lexicon.ORG_WORDS.contains(head.lower())) {
            return null;
        }
        int k = j;
        while (k > lo && j - k < MAX_ORG_PHRASE && isOrganizationPhraseWord(toks.get(k))) {
            k--;
        }
        Tok prep = toks.get(k);
        if (k == j || !(prep.is("for") || prep.is("of") || prep.is("at") || prep.is("with"))) {
            return null;
        }
        boolean forSomeone = prep.is("for") && k - 2 >= lo && isRoleWord(toks.get(k - 1))
                && (toks.get(k - 2).is("a") || toks.get(k - 2).is("an")); // "a spokeswoman for Trudeau": not Trudeau
        if (!forSomeone && !endsInOrganization(toks, k + 1, j)) {
            return null; // "the Secretary General of the Alliance Jens Stoltenberg": a person after the organisation
        }
        int roleEnd = k - 1;
        int roleStart = k;
        while (roleStart - 1 >= lo && roleEnd - (roleStart - 1) < MAX_ROLE_WORDS && isRoleWord(toks.get(roleStart - 1))) {
            roleStart--;
        }
        if (roleStart > roleEnd || roleStart - 1 >= lo && isNameWord(toks.get(roleStart - 1))) {
            return null;
        }
        int from = roleStart;
        if (from - 1 >= lo && (toks.get(from - 1).is("a") || toks.get(from - 1).is("an") || toks.get(from - 1).is("the"))) {
            from--;
        }
        StringBuilder role = new StringBuilder();
        for (int r = roleStart; r <= roleEnd; r++) {
            NameWords.append(role, titleCase(toks.get(r).text()));
        }
        String org = phraseText(toks, k + 1, j);
        if (head.isCapitalized()) {
            org = withoutDeterminer(org); // "the F.B.I." is the F.B.I.; "the province's environment department" as written
        }
        return new SourceMention(toks.get(from).start(), head.end(), SourceMention.Form.TITLE, null, role.toString(),
                org, "person", toks.get(roleEnd).lower());
    }

    /**
     * The words {@code from..to} are an organisation's name or description: an organisation word or an acronym heads
     * them ("the province's environment department", "the F.B.I.") or is followed only by what completes it ("the
     * Department of Health"); a run that goes on past it with other names is no organisation.
     */
    private static boolean endsInOrganization(List<Tok> toks, int from, int to) {
        for (int m = to; m >= from; m--) {
            Tok t = toks.get(m);
            if (Lexicon.ORG_WORDS.contains(t.lower()) || isAcronym(t.text())) {
                return m == to || Lexicon.NAME_CONNECTORS.contains(toks.get(m + 1).lower());
            }
        }
        return false;
    }

    private static boolean isRoleWord(Tok t) {
        String w = t.lower();
        return t.isWord() && Lexicon.TITLE_WORDS.contains(w) && !Lexicon.ORG_WORDS.contains(w) && !HONORIFICS.contains(w);
    }

    private static boolean isOrganizationPhraseWord(Tok t) {
        return t.isWord() && !t.is("for") && !t.is("of") && !t.is("at") && !t.is("with")
                && (t.isCapitalized() || t.is("the") || isLowerCaseModifier(t));
    }

    private static boolean allParticles(List<Tok> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!NameWords.isParticle(toks.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words at most between "of the" and an organisation noun: "of the city's festival board". */
    private static final int MAX_ORG_MODIFIERS = 3;

    /**
     * Where a name's organisation written in lower case starts ("Lena Brandt of the festival board": the "of"),
     * when the phrase ending at {@code j} is one: the head an organisation noun ("of likely voters" is no
     * employer), a few lower-case modifiers, a determiner, then "of", "at" or "from" after a name word.
     * Otherwise {@code j}.
     */
    private static int orgAfterName(List<Tok> toks, int j, int lo) {
        Tok head = toks.get(j);
        if (head.isCapitalized() || !Lexicon.ORG_WORDS.contains(head.lower())) {
            return j;
        }
        int k = j - 1;
        while (k >= lo && j - k <= MAX_ORG_MODIFIERS && isLowerCaseModifier(toks.get(k))) {
            k--;
        }
        if (k >= lo && (toks.get(k).is("the") || toks.get(k).is("a") || toks.get(k).is("an"))) {
            k--;
        }
        boolean of = k - 1 >= lo && (toks.get(k).is("of") || toks.get(k).is("at") || toks.get(k).is("from"));
        return of && isNameWord(toks.get(k - 1)) ? k : j;
    }

    private static boolean isLowerCaseModifier(Tok t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && !Lexicon.NOT_NAME_WORDS.contains(w) && !Lexicon.CUE_VERBS.containsKey(w)
                && !Lexicon.AUXILIARIES.contains(w) && !Lexicon.PRONOUNS.contains(w);
    }

    /**
     * Words {@code from..to} as a source nothing more is known about ("donors", "people close to him"), or
     * null when they are only function words ("for", "additional") and cannot name a source at all.
     */
    static SourceMention generic(List<Tok> toks, int from, int to) {
        SourceMention known = endingAt(toks, to, from);
        if (known != null && known.start() == toks.get(from).start()) {
            return known;
        }
        // "Perhaps the debate moderators": adverbs before the phrase are not part of it
        while (from < to && Lexicon.NOT_NAME_WORDS.contains(toks.get(from).lower())
                && !Lexicon.NOUN_MODIFIERS.contains(toks.get(from).lower())) {
            from++;
        }
        boolean content = false;
        for (int k = from; k <= to; k++) {
            String w = toks.get(k).lower();
            content |= toks.get(k).isWord() && w.length() > 2 && !Lexicon.NOT_NAME_WORDS.contains(w)
                    && !Lexicon.NOUN_MODIFIERS.contains(w) && !Lexicon.AUXILIARIES.contains(w);
        }
        if (!content || !toks.get(to).isWord() || toks.get(to).lower().endsWith("al")) {
            return null; // nothing that could name a source ("for", "additional", "the other")
        }
        String phrase = withoutDeterminer(phraseText(toks, from, to));
        return new SourceMention(toks.get(from).start(), toks.get(to).end(), SourceMention.Form.GROUP, phrase, null,
                null, "group", toks.get(to).lower());
    }

    /**
     * "the 45-year-old", "the 45-year-old welder": a person described by age, a role phrase that refers back to the
     * person the article described so (see {@link Coreference}).
     */
    private static SourceMention agedDescription(List<Tok> toks, int j, int lo) {
        int age = isAge(toks.get(j)) ? j : j - 1 >= lo && isAge(toks.get(j - 1)) ? j - 1 : -1;
        if (age < 0 || age - 1 < lo || !toks.get(age - 1).is("the")) {
            return null;
        }
        Tok first = toks.get(age - 1);
        Tok last = toks.get(j);
        String role = phraseText(toks, age, j);
        return new SourceMention(first.start(), last.end(), SourceMention.Form.TITLE, null, role, null, "person",
                last.lower());
    }

    private static boolean isAge(Tok t) {
        String w = t.lower();
        return t.isWord() && w.endsWith("-year-old") && w.length() > 9 && Character.isDigit(w.charAt(0));
    }

    /** Name, role, organisation and type of the words {@code toks[from..to]}. */
    static SourceMention describe(List<Tok> toks, int from, int to) {
        Tok first = toks.get(from);
        Tok last = toks.get(to);
        // "Mike Powell of Dresdner Kleinwort", "Brul of BNP Paribas": the person before "of", the employer after
        for (int k = to - 1; k > from; k--) {
            Tok t = toks.get(k);
            if ((t.is("of") || t.is("at") || t.is("from") || t.is("with")) && isNameWord(toks.get(k - 1))
                    && (toks.get(to).isCapitalized() || orgAfterName(toks, to, from) == k)) {
                SourceMention person = describe(toks, from, k - 1);
                if (person != null && person.form() == SourceMention.Form.NAME) {
                    int orgFrom = toks.get(k + 1).is("the") ? k + 2 : k + 1;
                    String org = orgFrom <= to ? stripPossessive(phraseText(toks, orgFrom, to)) : null;
                    return new SourceMention(first.start(), last.end(), SourceMention.Form.NAME, person.name(),
                            person.role(), org, "person", person.head());
                }
                break;
            }
        }
        // the name: the trailing run of capitalised words that are not titles, organisation words or places
        int nameStart = to + 1;
        for (int k = to; k >= from; k--) {
            if (isNameWord(toks.get(k)) || NameWords.isParticleInName(toks, k, from, to)
                    || NameWords.isSurnameAfterHonorific(toks, k, from) || NameWords.isSurnameAfterGivenName(toks, k, from)) {
                nameStart = k;
            } else {
                break;
            }
        }
        // "von der Leyen told reporters": the particles opening the phrase belong to the surname
        while (nameStart > from && nameStart <= to && nameStart - from <= 2 && NameWords.isParticle(toks.get(nameStart - 1))
                && allParticles(toks, from, nameStart - 1)) {
            nameStart--;
        }
        // "the National Institute on Drug Abuse", "the Office of Marine Safety": capitalised words joined to an
        // organisation word are the rest of its name, never a person's
        if (nameStart <= to && nameStart - 2 >= from && Lexicon.NAME_CONNECTORS.contains(toks.get(nameStart - 1).lower())
                && Lexicon.ORG_WORDS.contains(toks.get(nameStart - 2).lower())) {
            return new SourceMention(first.start(), last.end(), SourceMention.Form.ORGANIZATION,
                    withoutDeterminer(stripPossessive(phraseText(toks, from, to))), null, null, "organization", last.lower());
        }
        // "British Airways", "American Express": a nationality opening a run of names is an organisation's name
        if (nameStart <= to && nameStart > from) {
            Tok before = toks.get(nameStart - 1);
            if (before.isCapitalized() && (Lexicon.NATIONALITIES.containsKey(before.text())
                    || Lexicon.PLACES.containsKey(before.text()))) {
                String orgName = phraseText(toks, nameStart - 1, to);
                return new SourceMention(first.start(), last.end(), SourceMention.Form.ORGANIZATION,
                        stripPossessive(orgName), null, null, "organization", last.lower());
            }
        }
        boolean hasOrgWord = false;
        boolean hasTitle = false;
        boolean hasGroup = false;
        String place = null;
        String role = null; // the words are joined only when there are any: most phrases have none
        String org = null;
        boolean inOf = false;
        for (int k = from; k < nameStart; k++) {
            Tok t = toks.get(k);
            String w = t.lower();
            if (w.equals("of") || w.equals("for") || w.equals("at")) {
                inOf = role != null;
                continue;
            }
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                continue;
            }
            if (Lexicon.NATIONALITIES.containsKey(t.text())) {
                place = Lexicon.NATIONALITIES.get(t.text());
                continue;
            }
            if (Lexicon.PLACES.containsKey(stripPossessive(t.text()))) {
                place = stripPossessive(t.text());
                if (inOf || k < to) {
                    continue;
                }
            }
            if (Lexicon.ORG_WORDS.contains(w) || isAcronym(t.text())) {
                hasOrgWord = true;
            }
            if (Lexicon.GROUP_NOUNS.contains(w)) {
                hasGroup = true;
            }
            if (inOf) {
                org = joined(org, stripPossessive(t.text()));
            } else if (Lexicon.TITLE_WORDS.contains(w) && !Lexicon.ORG_WORDS.contains(w)
                    || NameWords.DESCRIPTIONS_BEFORE_NAMES.contains(w)) {
                hasTitle = true;
                if (!HONORIFICS.contains(w)) {
                    role = joined(role, titleCase(t.text()));
                }
            } else if (t.isCapitalized() && !Lexicon.GROUP_NOUNS.contains(w)) {
                org = joined(org, stripPossessive(t.text()));
            }
        }
        String orgName = org != null ? org : place;
        String roleName = role;
        int start = first.start();
        int end = last.end();
        if (nameStart <= to) {
            String name = nameText(toks, nameStart, to);
            return new SourceMention(start, end, SourceMention.Form.NAME, name, roleName, orgName, "person",
                    toks.get(to).lower());
        }
        String headWord = last.lower();
        if (Lexicon.GROUP_NOUNS.contains(headWord) && !hasOrgWord) {
            return new SourceMention(start, end, SourceMention.Form.GROUP, withoutDeterminer(phraseText(toks, from, to)), null,
                    orgName, "group", headWord);
        }
        if (hasTitle && !hasOrgWord && !hasGroup && Lexicon.TITLE_WORDS.contains(headWord)) {
            return new SourceMention(start, end, SourceMention.Form.TITLE, null, roleName, orgName, "person", headWord);
        }
        if (from == to && Lexicon.PLACES.containsKey(stripPossessive(first.text()))) {
            String placeName = stripPossessive(first.text());
            String country = Lexicon.PLACES.get(placeName); // a capital speaks for its country's government
            return new SourceMention(start, end, SourceMention.Form.PLACE, placeName, null,
                    country.equals(placeName) ? null : country, "place", headWord);
        }
        if (hasOrgWord || hasTitle || place != null) {
            return new SourceMention(start, end, SourceMention.Form.ORGANIZATION, withoutDeterminer(phraseText(toks, from, to)), null,
                    place, "organization", headWord);
        }
        return null;
    }

    /** {@code words} and {@code word} joined by a space; {@code word} alone when there are no words yet. */
    private static String joined(String words, String word) {
        return words == null ? word : words + " " + word;
    }
}
