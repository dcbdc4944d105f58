package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.attribution.Lexicon;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words naming the source next to a cue — the subject before the verb ("Russian Foreign Minister
 * Sergei Lavrov stressed"), the inverted subject after it ("…, said the Secretary General Jens Stoltenberg"),
 * the object of "according to" — and analyses them into name, role, organisation and type with the
 * lexicons (titles, organisation words, places and nationalities, groups, pronouns).
 */
public final class SpeakerFinder {

    private static final int MAX_NP_TOKENS = 12;
    private static final int MAX_APPOSITIVE_TOKENS = 30;
    private static final Set<String> BE_FORMS = WordTables.setOf("is", "was", "were", "are", "be", "been", "being");
    /** Forms of address: part of how a person is named, never their role. */
    private static final Set<String> HONORIFICS = WordTables.setOf("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "lord", "lady");
    private static final int MAX_OBJECT_TOKENS = 20;
    /** Words that open a when/where adverbial after an inverted speaker ("said X on Tuesday", "said X in a statement"). */
    private static final Set<String> ADVERBIAL_OPENERS = WordTables.setOf("on", "in", "at", "during", "after", "before",
            "by", "via", "through", "last", "earlier", "later", "late", "yesterday", "today", "tonight", "this", "when",
            "while");

    /** The source ending just before {@code cue} (auxiliaries and adverbs skipped), or null. */
    public SourceMention before(List<Tok> toks, int cue, int lo) {
        int j = cue - 1;
        boolean passive = false;
        while (j >= lo && toks.get(j).isWord() && Lexicon.AUXILIARIES.contains(toks.get(j).lower())) {
            passive |= BE_FORMS.contains(toks.get(j).lower());
            j--;
        }
        if (passive && !toks.get(cue).lower().endsWith("ing")) {
            return null; // "Steps being considered", "it was reported": the subject is not the source
        }
        if (j < lo) {
            return null;
        }
        j = beforeBracket(toks, j, lo); // "Rep. Ana Fields (D-Mass.) said": the tag in brackets is no part of the name
        if (j < lo) {
            return null;
        }
        Tok last = toks.get(j);
        if (last.isDash() && j - 1 >= lo) {
            // "Lena Kall -- co-editor of a book on the debates -- said": the name before the opening dash
            int close = j;
            while (close - 1 >= lo && toks.get(close - 1).isDash()) {
                close--; // "--" is two marks
            }
            for (int k = close - 1; k > lo && j - k <= MAX_APPOSITIVE_TOKENS; k--) {
                Tok t = toks.get(k);
                if (t.isQuote() || t.isPunct('.')) {
                    break;
                }
                if (t.isDash()) {
                    int open = k;
                    while (open - 1 > lo && toks.get(open - 1).isDash()) {
                        open--;
                    }
                    SourceMention np = phraseEndingAt(toks, open - 1, lo);
                    return np != null && np.form() == SourceMention.Form.NAME ? withAppositive(np, toks, k + 1, close - 1) : null;
                }
            }
            return null;
        }
        if (last.is("who") && j - 2 >= lo && toks.get(j - 1).isPunct(',')) {
            return phraseEndingAt(toks, j - 2, lo); // "Barkley, who said …"
        }
        if (last.is("who") && j - 1 >= lo) {
            return phraseEndingAt(toks, j - 1, lo); // "64 percent who say …"
        }
        if (last.isPunct(',') && j - 1 >= lo) {
            // "the director of the F.B.I., James B. Comey, said": a name between the commas
            int nearest = -1;
            for (int k = j - 1; k >= Math.max(lo, j - 8); k--) {
                if (!toks.get(k).isWord()) {
                    nearest = toks.get(k).isPunct(',') ? k : -1;
                    break;
                }
            }
            if (nearest > lo && isPartyTag(toks, nearest + 1, j - 1)) {
                // "Sen. Jane Roe, D-Ohio, said": the party tag follows the name and is no part of it
                SourceMention named = phraseEndingAt(toks, nearest - 1, lo);
                if (named != null) {
                    return named;
                }
            }
            if (nearest >= 0 && isNameWord(toks.get(nearest + 1))) {
                SourceMention inner = phraseEndingAt(toks, j - 1, nearest + 1);
                if (inner != null && inner.form() == SourceMention.Form.NAME
                        && inner.start() == toks.get(nearest + 1).start()) {
                    return inner;
                }
            }
            // "Smith, a spokesman for the ministry, said", "Sandra Inman, a Cruz supporter from Jackson, Miss.,
            // attending the convention, said": the nearest comma that opens an appositive after a name
            for (int k = j - 1; k > lo && j - k <= MAX_APPOSITIVE_TOKENS; k--) {
                Tok t = toks.get(k);
                if (t.isQuote()) {
                    break;
                }
                if (t.isPunct(',') && isAppositiveStart(toks, k + 1, j - 1)) {
                    int nameEnd = k - 1;
                    int tagComma = nameEnd;
                    while (tagComma > lo && k - tagComma <= 5 && !toks.get(tagComma).isPunct(',')) {
                        tagComma--;
                    }
                    if (tagComma > lo && toks.get(tagComma).isPunct(',') && isPartyTag(toks, tagComma + 1, nameEnd)) {
                        nameEnd = tagComma - 1; // "Rep. Tom Hadley, R-Texas, a member of …": the name before the tag
                    }
                    nameEnd = beforeBracket(toks, nameEnd, lo); // "Rep. Carla Webb (D-N.Y.), chairman of …"
                    if (nameEnd < lo) {
                        continue;
                    }
                    SourceMention np = phraseEndingAt(toks, nameEnd, lo);
                    if (np != null && np.form() != SourceMention.Form.PRONOUN) {
                        return withAppositive(np, toks, k + 1, j - 1);
                    }
                }
            }
            return null;
        }
        return phraseEndingAt(toks, j, lo);
    }

    /** The inverted subject after {@code from} ("said Thursday the Secretary General …"), or null. */
    public SourceMention after(List<Tok> toks, int from, int hi) {
        int i = from;
        int skipped = 0;
        while (i < hi && toks.get(i).isWord() && Lexicon.TIME_WORDS.contains(toks.get(i).lower()) && skipped < 4) {
            i++;
            skipped++;
        }
        if (i >= hi) {
            return null;
        }
        int end = i;
        while (end < hi && end - i < MAX_NP_TOKENS && toks.get(end).isWord() && !isVerbLike(toks.get(end))) {
            end++;
        }
        if (end == i) {
            return null;
        }
        // the phrase must end the clause: "…, said Jens Stoltenberg." / "…, said Smith, who …", or be followed
        // only by a when/where adverbial that does ("…, said Mayor Ana Ruiz in a statement.")
        if (end < hi && !(toks.get(end).type() == Tok.Type.PUNCT) && !adverbialEndsClause(toks, end, hi)) {
            return null;
        }
        // "…, said Prime Minister Kaja Lind on Tuesday.": a when/where adverbial closing the clause is not the speaker
        for (int k = i + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (Lexicon.TIME_WORDS.contains(t.lower()) || !t.isCapitalized() && ADVERBIAL_OPENERS.contains(t.lower())) {
                end = k;
                break;
            }
        }
        SourceMention np = phraseEndingAt(toks, end - 1, i);
        if (np != null && np.start() != toks.get(i).start() && np.form() == SourceMention.Form.NAME) {
            // "said coach Arsene Wenger": up to three lower-case role words no lexicon knows, then the name
            StringBuilder role = new StringBuilder();
            int k = i;
            while (toks.get(k).start() < np.start() && !toks.get(k).isCapitalized() && k - i < 3) {
                append(role, titleCase(toks.get(k).text()));
                k++;
            }
            if (toks.get(k).start() == np.start()) {
                np = new SourceMention(toks.get(i).start(), np.end(), np.form(), np.name(),
                        np.role() != null ? np.role() : role.toString(), np.organization(), np.type(), np.head());
            }
        }
        if (np == null && end - i >= 2 && GENERIC_OPENERS.contains(toks.get(i).lower())) {
            np = genericPhrase(toks, i, end - 1); // "…, said one union source in the room."
        }
        if (np == null || np.start() != toks.get(i).start()) {
            return null;
        }
        if (end + 1 < hi && toks.get(end).isPunct(',') && isAppositiveStart(toks, end + 1, hi - 1)) {
            int stop = end + 1;
            while (stop < hi && !toks.get(stop).isClauseBreak() && !toks.get(stop).isPunct('.')
                    && stop - end < 16) {
                stop++;
            }
            return withAppositive(np, toks, end + 1, stop - 1);
        }
        return np;
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
            SourceMention np = phraseEndingAt(toks, e, from);
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
        SourceMention known = phraseEndingAt(toks, to, from);
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

    /** Quantifiers that open an unnamed source after an inverted verb ("said one official", "said a source"). */
    private static final Set<String> GENERIC_OPENERS = WordTables.setOf("one", "a", "an", "another", "two", "three",
            "several");

    /** Longest bracketed tag after a name: "(D-Mass.)", "(R)", "(pictured)". */
    private static final int MAX_BRACKET_TOKENS = 6;

    /** The token before a short bracketed aside ending at {@code j}, or {@code j} when it does not end one. */
    private static int beforeBracket(List<Tok> toks, int j, int lo) {
        if (!toks.get(j).isPunct(')')) {
            return j;
        }
        for (int k = j - 1; k >= lo && j - k <= MAX_BRACKET_TOKENS; k--) {
            Tok t = toks.get(k);
            if (t.isPunct('(')) {
                return k - 1;
            }
            if (t.isQuote() || t.isPunct(')')) {
                return j;
            }
        }
        return j;
    }

    /** An appositive opens with an article, a relative, an age, or has a title within its first words. */
    private static boolean isAppositiveStart(List<Tok> toks, int at, int limit) {
        Tok t = toks.get(at);
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (w.equals("a") || w.equals("an") || w.equals("the") || w.equals("who") || w.equals("whose")
                || w.equals("its") || w.equals("his") || w.equals("her") || w.equals("former")
                || Character.isDigit(w.charAt(0))) {
            return true;
        }
        if (w.endsWith("ing") && w.length() > 5 && !t.isCapitalized()) {
            return true; // "Moreno, speaking to a union in Toledo, said"
        }
        for (int k = at; k <= Math.min(limit, at + 2); k++) {
            if (toks.get(k).isWord() && Lexicon.TITLE_WORDS.contains(toks.get(k).lower())) {
                return true; // "BA's chief executive", "Sanders' senior media adviser"
            }
        }
        return false;
    }

    /** Longest when/where adverbial after an inverted speaker: "in a statement released late on Tuesday". */
    private static final int MAX_ADVERBIAL_TOKENS = 10;

    /** A lower-case adverbial opener at {@code from} whose words run to the end of the clause. */
    private static boolean adverbialEndsClause(List<Tok> toks, int from, int hi) {
        Tok first = toks.get(from);
        if (first.isCapitalized() || !(ADVERBIAL_OPENERS.contains(first.lower()) || Lexicon.TIME_WORDS.contains(first.lower()))) {
            return false;
        }
        for (int k = from + 1; k < hi && k - from <= MAX_ADVERBIAL_TOKENS; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                return t.type() == Tok.Type.PUNCT && !t.isQuote();
            }
            if (Lexicon.CUE_VERBS.containsKey(t.lower()) || t.is("that")) {
                return false; // "…, said Ruiz in Ottawa that …" is another construction
            }
        }
        return from + MAX_ADVERBIAL_TOKENS >= hi;
    }

    private static boolean isVerbLike(Tok t) {
        String w = t.lower();
        return Lexicon.CUE_VERBS.containsKey(w) || w.equals("who") || w.equals("that") || w.equals("in")
                || w.equals("at") || w.equals("to") || w.equals("with") || w.equals("after");
    }

    private SourceMention withAppositive(SourceMention np, List<Tok> toks, int from, int to) {
        StringBuilder role = new StringBuilder();
        String org = np.organization();
        boolean afterOf = false;
        StringBuilder orgWords = new StringBuilder();
        for (int k = from; k <= to; k++) {
            Tok t = toks.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (t.is("of") || t.is("for") || t.is("at")) {
                afterOf = role.length() > 0;
                continue;
            }
            if (afterOf) {
                if (t.isCapitalized() || Lexicon.ORG_WORDS.contains(t.lower())) {
                    append(orgWords, stripPossessive(t.text()));
                }
            } else if (t.isCapitalized() && stripPossessive(t.text()).length() < t.text().length()) {
                append(orgWords, stripPossessive(t.text())); // "BA's chief executive"
            } else if (Lexicon.TITLE_WORDS.contains(t.lower()) && !HONORIFICS.contains(t.lower())) {
                append(role, titleCase(t.text()));
            }
        }
        if (orgWords.length() > 0 && org == null) {
            org = orgWords.toString();
        }
        String r = np.role() != null ? np.role() : (role.length() > 0 ? role.toString() : null);
        return new SourceMention(np.start(), np.end(), np.form(), np.name(), r, org, np.type(), np.head());
    }

    /**
     * The longest source phrase ending at token {@code j} and starting no earlier than {@code lo}: a pronoun,
     * or a run of capitalised words, title words, connectors and determiners whose last word is a name or a
     * known source noun.
     */
    public SourceMention phraseEndingAt(List<Tok> toks, int j, int lo) {
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
        boolean headIsName = head.isCapitalized() && !Lexicon.NOT_NAME_WORDS.contains(h);
        boolean headIsNoun = Lexicon.GROUP_NOUNS.contains(h) || Lexicon.TITLE_WORDS.contains(h)
                || Lexicon.ORG_WORDS.contains(h) || Lexicon.PLACES.containsKey(stripPossessive(head.text()));
        if (!headIsName && !headIsNoun) {
            return agedDescription(toks, j, lo);
        }
        int k = j;
        while (k - 1 >= lo && j - (k - 1) < MAX_NP_TOKENS) {
            Tok t = toks.get(k - 1);
            if (!t.isWord()) {
                break;
            }
            String w = t.lower();
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                k--;
                // "the Secretary General of the Alliance": a determiner after "of" continues the phrase
                if (k - 1 >= lo && (toks.get(k - 1).is("of") || toks.get(k - 1).is("for"))) {
                    continue;
                }
                break; // otherwise a determiner opens the phrase
            }
            boolean ok = (t.isCapitalized() && !Lexicon.NOT_NAME_WORDS.contains(w))
                    || Lexicon.TITLE_WORDS.contains(w) || Lexicon.GROUP_NOUNS.contains(w)
                    || Lexicon.NOUN_MODIFIERS.contains(w) || Character.isDigit(w.charAt(0)) // "47 percent"
                    || (Lexicon.NAME_CONNECTORS.contains(w) && !w.equals("and")
                            && (toks.get(k).isCapitalized() || toks.get(k).is("the")));
            if (!ok) {
                break;
            }
            k--;
        }
        // connectors cannot open a phrase ("of NATO said")
        while (k < j && Lexicon.NAME_CONNECTORS.contains(toks.get(k).lower()) && !toks.get(k).is("the")) {
            k++;
        }
        return describe(toks, k, j);
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
    SourceMention describe(List<Tok> toks, int from, int to) {
        Tok first = toks.get(from);
        Tok last = toks.get(to);
        // "Mike Powell of Dresdner Kleinwort", "Brul of BNP Paribas": the person before "of", the employer after
        for (int k = to - 1; k > from; k--) {
            Tok t = toks.get(k);
            if ((t.is("of") || t.is("at") || t.is("from")) && isNameWord(toks.get(k - 1)) && toks.get(to).isCapitalized()) {
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
            if (isNameWord(toks.get(k))) {
                nameStart = k;
            } else {
                break;
            }
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
        StringBuilder role = new StringBuilder();
        StringBuilder org = new StringBuilder();
        boolean inOf = false;
        for (int k = from; k < nameStart; k++) {
            Tok t = toks.get(k);
            String w = t.lower();
            if (w.equals("of") || w.equals("for") || w.equals("at")) {
                inOf = role.length() > 0;
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
                append(org, stripPossessive(t.text()));
            } else if (Lexicon.TITLE_WORDS.contains(w) && !Lexicon.ORG_WORDS.contains(w)) {
                hasTitle = true;
                if (!HONORIFICS.contains(w)) {
                    append(role, titleCase(t.text()));
                }
            } else if (t.isCapitalized() && !Lexicon.GROUP_NOUNS.contains(w)) {
                append(org, stripPossessive(t.text()));
            }
        }
        String phrase = phraseText(toks, from, to);
        String orgName = org.length() > 0 ? org.toString() : place;
        String roleName = role.length() > 0 ? role.toString() : null;
        int start = first.start();
        int end = last.end();
        if (nameStart <= to) {
            String name = nameText(toks, nameStart, to);
            return new SourceMention(start, end, SourceMention.Form.NAME, name, roleName, orgName, "person",
                    toks.get(to).lower());
        }
        String headWord = last.lower();
        if (Lexicon.GROUP_NOUNS.contains(headWord) && !hasOrgWord) {
            return new SourceMention(start, end, SourceMention.Form.GROUP, withoutDeterminer(phrase), null,
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
            return new SourceMention(start, end, SourceMention.Form.ORGANIZATION, withoutDeterminer(phrase), null,
                    place, "organization", headWord);
        }
        return null;
    }

    /** Tokens {@code from..to} written together as one party tag ("D-Ohio", "R-N.Y."). */
    private static boolean isPartyTag(List<Tok> toks, int from, int to) {
        if (from > to || to - from > 4) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from && toks.get(k).start() != toks.get(k - 1).end()) {
                return false;
            }
            b.append(toks.get(k).text());
        }
        return SpeakerTypes.isPartyTag(b.toString());
    }

    /** A capitalised word that can be part of a person's name. */
    static boolean isNameWord(Tok t) {
        if (!t.isCapitalized() || SpeakerTypes.isPartyTag(t.text())) {
            return false;
        }
        String w = t.lower();
        if (isContraction(w)) {
            return false; // "Don't", "They're"
        }
        return !Lexicon.NEVER_IN_NAMES.contains(w) && !Lexicon.NATIONALITIES.containsKey(t.text())
                && !Lexicon.PLACES.containsKey(stripPossessive(t.text())) && !isAcronym(t.text());
    }

    private static boolean isContraction(String w) {
        int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        if (apostrophe <= 0) {
            return false;
        }
        String tail = w.substring(apostrophe + 1);
        return tail.equals("t") || tail.equals("re") || tail.equals("ll") || tail.equals("ve") || tail.equals("d")
                || tail.equals("m");
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && !word.equals("I");
    }

    private static String phraseText(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            append(b, toks.get(k).text());
        }
        return b.toString();
    }

    private static String nameText(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            append(b, stripPossessive(toks.get(k).text()));
        }
        return b.toString();
    }

    static String withoutDeterminer(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(det)) {
                return phrase.substring(det.length());
            }
        }
        return phrase;
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static String titleCase(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void append(StringBuilder b, String word) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(word);
    }
}
