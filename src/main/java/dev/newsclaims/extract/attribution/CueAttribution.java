package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Set;

/**
 * Matches one cue against the patterns of attribution and returns its source and content tokens:
 * "X said (that) …", "…, X said.", "…, said X.", "“…,” X said, “…”", "according to X, …", "X: …",
 * "As noted in Moscow, …", a second verb of the same subject ("… and said", ", adding"), and a subject
 * no lexicon knows for a plain speech verb ("People briefed on the talks say …").
 */
final class CueAttribution {

    /** Words that open a clause of time or reason, never what a speech verb reports: "said after the vote failed". */
    private static final Set<String> TEMPORAL_SUBORDINATORS = WordTables.setOf("after", "before", "while", "because",
            "since", "until", "although", "though", "once");

    /** Words that open a described speaker's phrase ("the Ohio businessman", "one union source"). */
    private static final Set<String> DETERMINERS = WordTables.setOf("the", "a", "an", "one", "another", "two",
            "three", "several", "some", "many");

    /** Longest attribution that may sit between two pieces of one quote. */
    private static final int MAX_INTERRUPTION_TOKENS = 16;
    /** A subject no lexicon recognises is accepted up to this many words ("People briefed on the talks"). */
    private static final int MAX_GENERIC_SUBJECT_WORDS = 6;

    private final SpeakerFinder speakerFinder = new SpeakerFinder();

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
        Found f = new Found();
        if (c0 >= 2 && toks.get(c0 - 1).is("who") && toks.get(c0 - 2).isPunct(',') && ContentPatterns.isBackground(toks, c1 + 1)) {
            return null; // "Mr Dyke, who spoke at the launch, added …": the main verb follows
        }
        if (cue.kind() == CueFinder.Kind.VERB && c1 + 2 < n && toks.get(c1 + 1).is("by") && !toks.get(0).is("as")
                && !toks.get(c1 + 2).lower().endsWith("ing")) {
            return null; // "a statement released by her lawyer": a participle, its noun is no speaker
        }
        if (cue.kind() == CueFinder.Kind.ACCORDING_TO) {
            SourceMention source = speakerFinder.objectAt(toks, c1 + 1, n);
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
        if (cue.kind() == CueFinder.Kind.COLON) {
            // "Graham: Trump’s rhetoric destroying GOP’s chance" — the whole phrase before the colon speaks
            SourceMention speaker = speakerFinder.phraseEndingAt(toks, c0 - 1, 0);
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
        SourceMention source = speakerFinder.before(toks, c0, 0);
        if (source != null) {
            int sourceFirst = ContentPatterns.attributionStart(toks,
                    TokenSpans.firstTokenOf(toks, source, c0), source);
            f.source = source;
            f.sourceLast = c0 - 1;
            int afterFirst = ContentPatterns.skipAfterCue(toks, c1 + 1, cue.lemma());
            int beforeLast = sourceFirst - 1;
            boolean breakBefore = beforeLast >= 0 && (toks.get(beforeLast).isClauseBreak() || toks.get(beforeLast).isQuote());
            if (breakBefore) {
                afterFirst = skipAdverbialToComma(toks, afterFirst); // "…, the agency said in a June report, and …"
            }
            int trimmedBefore = TokenSpans.trimBack(toks, beforeLast);
            boolean hasBefore = breakBefore && TokenSpans.substance(toks, 0, trimmedBefore) >= 3
                    && !isIntroductoryPhrase(toks, trimmedBefore, pos);
            boolean hasAfter = TokenSpans.substance(toks, afterFirst, n - 1) >= 2
                    && !(hasBefore && ContentPatterns.isAdverbial(toks, afterFirst, n - 1)) // "…, Gao said by telephone."
                    && !(afterFirst < n && TEMPORAL_SUBORDINATORS.contains(toks.get(afterFirst).lower())); // "said after …"

            boolean beforeIsQuote = hasBefore && toks.get(trimmedBefore).isQuote();
            boolean afterIsQuote = hasAfter && toks.get(afterFirst).isQuote() && !isNameOfAWork(toks, afterFirst);
            // "The bridge, she said, would open …": a subject before, its verb after; the subject may be short
            boolean parenthetical = breakBefore && toks.get(beforeLast).isPunct(',')
                    && TokenSpans.substance(toks, 0, trimmedBefore) >= 1 && !toks.get(trimmedBefore).isQuote()
                    && hasAfter && resumesWithVerb(toks, afterFirst, pos);
            hasBefore |= parenthetical;
            if (hasBefore && (beforeIsQuote && afterIsQuote || parenthetical)) {
                // "“A,” she said, “and B.”" and "The new rules, she said, will apply …": content around the source
                f.contentFirst = 0;
                f.contentLast = n - 1;
                f.interruption = new int[] {trimmedBefore + 1, afterFirst - 1};
            } else if (hasBefore && (beforeIsQuote || !hasAfter)) {
                f.contentFirst = 0;
                f.contentLast = trimmedBefore;
            } else if (hasAfter && !ContentPatterns.isAdverbial(toks, afterFirst, n - 1)) {
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
            } else {
                return null;
            }
            return f;
        }
        // inverted: "…, said X" / "”, — said Stoltenberg"
        if (c0 == 0) {
            return sentenceInitialInverted(toks, c1, f);
        }
        // "Most of the candidates said", "People briefed on the situation say": for a speech verb, the short
        // phrase opening the clause is the subject even when no lexicon knows its head
        if (Lexicon.SPEECH_LEMMAS.contains(cue.lemma())) {
            int k = c0 - 1;
            while (k >= 0 && toks.get(k).isWord() && Lexicon.AUXILIARIES.contains(toks.get(k).lower())) {
                k--;
            }
            int subjectLast = k;
            while (k >= 0 && toks.get(k).isWord() && subjectLast - k < MAX_GENERIC_SUBJECT_WORDS
                    && !ContentPatterns.isClauseWord(toks.get(k))) {
                k--;
            }
            boolean opensClause = k < 0 || toks.get(k).isClauseBreak() || toks.get(k).is("and") || toks.get(k).is("but");
            int afterFirst = ContentPatterns.skipAfterCue(toks, c1 + 1, cue.lemma());
            if (subjectLast > k && opensClause && ContentPatterns.looksNominal(toks, k + 1, subjectLast)
                    && TokenSpans.substance(toks, afterFirst, n - 1) >= 2 && (k < 0 || !toks.get(k).isPunct(','))) {
                f.source = speakerFinder.genericPhrase(toks, k + 1, subjectLast);
                if (f.source == null) {
                    return null;
                }
                f.sourceLast = subjectLast;
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
                return f;
            }
            // "“We need change,” the Ohio businessman said.": a described speaker after the quotation
            boolean afterQuote = k >= 0 && toks.get(k).isQuote() && subjectLast > k
                    && DETERMINERS.contains(toks.get(k + 1).lower());
            if (afterQuote && ContentPatterns.looksNominal(toks, k + 1, subjectLast)
                    && (TokenSpans.substance(toks, afterFirst, n - 1) < 2 || toks.get(c1 + 1).isPunct(',')
                            || ContentPatterns.isAdverbial(toks, afterFirst, n - 1))) {
                f.source = speakerFinder.genericPhrase(toks, k + 1, subjectLast);
                if (f.source == null) {
                    return null;
                }
                f.sourceLast = subjectLast;
                f.contentFirst = 0;
                f.contentLast = k;
                return f;
            }
            // "He's already begun to say …": the pronoun opening the clause is the subject
            SourceMention opener = subjectLast > k ? speakerFinder.phraseEndingAt(toks, k + 1, k + 1) : null;
            if (opener == null && subjectLast > k && toks.get(k + 1).isWord()) {
                String w = toks.get(k + 1).lower();
                int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
                if (apostrophe > 0 && Lexicon.PRONOUNS.contains(w.substring(0, apostrophe))) {
                    Tok t = toks.get(k + 1);
                    opener = new SourceMention(t.start(), t.start() + apostrophe, SourceMention.Form.PRONOUN, null,
                            null, null, Lexicon.PERSON_PRONOUNS.contains(w.substring(0, apostrophe)) ? "person" : "group",
                            w.substring(0, apostrophe));
                }
            }
            if (opener != null && opener.form() == SourceMention.Form.PRONOUN && opensClause
                    && TokenSpans.substance(toks, afterFirst, n - 1) >= 2) {
                f.source = opener;
                f.sourceLast = subjectLast;
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
                return f;
            }
        }
        // "…, donors said." — any short phrase between a comma and a final speech verb is its source
        int tail = c0 - 1;
        while (tail >= 0 && toks.get(tail).isWord() && c0 - tail <= 5) {
            tail--;
        }
        if (tail > 0 && tail < c0 - 1 && toks.get(tail).isPunct(',') && ContentPatterns.endsUnit(toks, c1 + 1)
                && TokenSpans.substance(toks, 0, TokenSpans.trimBack(toks, tail)) >= 3 && ContentPatterns.isUnambiguousVerb(toks.get(c0).lower())
                && ContentPatterns.looksNominal(toks, tail + 1, c0 - 1) && !Lexicon.AUXILIARIES.contains(toks.get(c0 - 1).lower())) {
            f.source = speakerFinder.genericPhrase(toks, tail + 1, c0 - 1);
            if (f.source == null) {
                return null;
            }
            f.sourceLast = c0 - 1;
            f.contentFirst = 0;
            f.contentLast = TokenSpans.trimBack(toks, tail);
            return f;
        }
        // a second verb of the sentence's subject: "Graham praised Rubio and said …", "…, adding that …"
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
        Tok prev = toks.get(c0 - 1);
        if (prev.isClauseBreak() || prev.isQuote()) {
            SourceMention inverted = speakerFinder.after(toks, c1 + 1, n);
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
        // passive: "As (repeatedly) noted in Moscow, …" / "as reported by the agency, …"
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
                SourceMention passive = speakerFinder.phraseEndingAt(toks, comma - 1, by + 1);
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

    /**
     * "In an interview on CBS's “Face the Nation,” Ryan said …": a prepositional phrase before the subject, without
     * a verb of its own, sets the scene; it is not what was said (a quoted title in it is no quotation).
     */
    private static boolean isIntroductoryPhrase(List<Tok> toks, int last, PartsOfSpeech pos) {
        if (!pos.known() || last < 0 || !Complement.PREPOSITIONS.contains(toks.get(0).lower())) {
            return false;
        }
        for (int k = 0; k <= last; k++) {
            Tok t = toks.get(k);
            if (t.isQuote() ? !ClaimBuilder.isTitleLike(t.text()) && TokenSpans.countWords(t.text()) > 4
                    : t.isWord() && PartsOfSpeech.isFiniteVerb(pos.at(t.start()))) {
                return false;
            }
        }
        return true;
    }

    /** "on CBC's “The National”": a quoted title after a possessive, or every word capitalised, names a work. */
    private static boolean isNameOfAWork(List<Tok> toks, int quote) {
        String text = toks.get(quote).text();
        if (quote > 0 && toks.get(quote - 1).isWord()) {
            String before = toks.get(quote - 1).text();
            if (before.endsWith("'s") || before.endsWith("’s")) {
                return true;
            }
        }
        int words = 0;
        for (String w : text.replaceAll("[^\\p{L}\\p{N}' ]", " ").trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words >= 2 && words <= 6;
    }

    /** Longest adverbial between an attribution and the rest of the content it interrupts. */
    private static final int MAX_INTERRUPTING_ADVERBIAL = 8;

    /** Past "in a June report," when an adverbial opener runs to a comma within a few words. */
    private static int skipAdverbialToComma(List<Tok> toks, int first) {
        if (first >= toks.size() || !ContentPatterns.isAdverbial(toks, first, first)) {
            return first;
        }
        for (int k = first + 1; k < toks.size() && k - first <= MAX_INTERRUPTING_ADVERBIAL; k++) {
            Tok t = toks.get(k);
            if (t.isPunct(',')) {
                return k + 1;
            }
            if (!t.isWord()) {
                return first;
            }
        }
        return first;
    }

    /**
     * The clause interrupted by the attribution goes on with its verb ("would open", "celebrated"), or a second
     * clause is joined to it ("…, he said, and the talks could last weeks").
     */
    private static boolean resumesWithVerb(List<Tok> toks, int first, PartsOfSpeech pos) {
        if (Complement.opensWithVerb(toks, first)) {
            return true;
        }
        if (pos.known() && (toks.get(first).is("and") || toks.get(first).is("but"))) {
            for (int k = first + 1; k < toks.size() && k - first <= 8; k++) {
                Tok t = toks.get(k);
                if (t.isQuote() || !t.isWord() && !t.isPunct(',')) {
                    return false;
                }
                if (t.isWord() && PartsOfSpeech.isFiniteVerb(pos.at(t.start()))) {
                    return true;
                }
            }
            return false;
        }
        Tok t = toks.get(first);
        String tag = t.isWord() ? pos.at(t.start()) : null;
        return PartsOfSpeech.isFiniteVerb(tag) && !Lexicon.SPEECH_VERB_FORMS.contains(t.lower());
    }

    /** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”": the quote after the source. */
    private Found sentenceInitialInverted(List<Tok> toks, int c1, Found f) {
        SourceMention source = speakerFinder.after(toks, c1 + 1, toks.size());
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

    /** The subject opening the unit ("Graham" in "Graham praised … and said"), before {@code limit}. */
    SourceMention unitSubject(List<Tok> toks, int limit) {
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
            return speakerFinder.phraseEndingAt(toks, k, first); // leading modifiers may stay outside

        }
        return null;
    }

}
