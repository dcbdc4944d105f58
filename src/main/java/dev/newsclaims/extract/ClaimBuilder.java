package dev.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles attributed claims unit by unit: for each cue, finds the source (before the verb, after it
 * when inverted, after "according to", or in "as noted in Moscow") and the content on the other side
 * (after the verb, or the clause before "…, he said"), joins quotes interrupted by their attribution
 * ("“…,” he said, “…”"), classifies the content as direct, indirect or mixed, and gives quotes without a
 * cue of their own to the speaker of the preceding claim.
 */
final class ClaimBuilder {

    /** A claim before the speakers' names are final. Token-free offsets into the article text. */
    record Draft(int start, int end, String kind, Coreference.Entity speaker, Span mention, String cue, Rule rule) {}

    /** How a claim was found; each rule has its own measured precision (see {@link Confidence}). */
    enum Rule { HEADLINE_COLON, QUOTE_WITH_CUE, REPORTED_WITH_CUE, MIXED_WITH_CUE, ACCORDING_TO, INVERTED, CONTINUED_QUOTE }

    /** Quotes this short without a cue are scare quotes ("to “deter” Russia"), not claims. */
    private static final int MIN_UNCUED_QUOTE_WORDS = 5;

    /** Bounds the work on pathological units ("said said said …"). */
    private static final int MAX_CUES_PER_UNIT = 64;
    /** Longest attribution that may sit between two pieces of one quote. */
    private static final int MAX_INTERRUPTION_TOKENS = 16;
    /** A subject no lexicon recognises is accepted up to this many words ("People briefed on the talks"). */
    private static final int MAX_GENERIC_SUBJECT_WORDS = 6;

    private final CueFinder cueFinder = new CueFinder();
    private final SpeakerFinder speakerFinder = new SpeakerFinder();

    /** What one article's earlier units leave for the next: the claim before it, and an open introduction. */
    static final class Context {
        /** The last claim before this unit, and whether it is close enough to lend its speaker. */
        Draft previous;
        boolean previousIsNear;
        boolean previousInSameParagraph;
        /** "Cruz continued:" at the end of a unit: the source and cue waiting for the quote that follows. */
        SourceMention introSource;
        String introCue;
    }

    /** Claims of one unit, appended to {@code out}. */
    void build(String text, List<Tok> toks, Coreference coref, Context context, List<Draft> out) {
        Draft previous = context.previous;
        boolean previousIsNear = context.previousIsNear;
        boolean previousInSameParagraph = context.previousInSameParagraph;
        SourceMention intro = context.introSource;
        String introCue = context.introCue;
        context.introSource = null;
        context.introCue = null;
        int consumedUntil = -1; // tokens already used by a claim of this unit
        int lastCue = -1;
        SourceMention unitSpeaker = null; // the source of this unit's latest claim
        int cuesTried = 0;
        int before = out.size();
        for (CueFinder.Cue cue : cueFinder.find(toks)) {
            if (++cuesTried > MAX_CUES_PER_UNIT) {
                break;
            }
            boolean nested = cue.first() <= consumedUntil;
            Found found = attribute(toks, cue, unitSpeaker);
            if (found == null) {
                continue;
            }
            if (nested && found.coordination >= 0) {
                // "He says A and says B": two claims; the first ends where the second verb's clause begins
                Draft last = out.size() > before ? out.get(out.size() - 1) : null;
                int cut = toks.get(found.coordination).isQuote() ? found.coordination
                        : trimBack(toks, found.coordination - 1);
                if (last == null || cut < 0 || toks.get(cut).end() <= last.start()) {
                    continue;
                }
                out.set(out.size() - 1, new Draft(last.start(), Math.min(last.end(), contentEnd(text, toks, cut)),
                        last.kind(), last.speaker(), last.mention(), last.cue(), last.rule()));
            } else if (nested) {
                // a report inside reported content ("X said that Y believes Z") needs its own subject after
                // the outer cue, and its content after the verb
                boolean ownSubject = !found.inverted && found.source.start() > toks.get(lastCue).end()
                        && found.contentFirst > cue.last() && found.source.form() != SourceMention.Form.TITLE;
                if (!ownSubject) {
                    continue;
                }
            }
            lastCue = cue.last();
            unitSpeaker = found.source;
            Coreference.Entity speaker = coref.resolve(found.source, found.source.start());
            int start = toks.get(found.contentFirst).start();
            int end = contentEnd(text, toks, found.contentLast);
            if (end <= start) {
                continue;
            }
            String kind = kindOf(toks, found.contentFirst, found.contentLast, found.interruption);
            Rule rule = switch (cue.kind()) {
                case ACCORDING_TO -> Rule.ACCORDING_TO;
                case COLON -> Rule.HEADLINE_COLON;
                case VERB -> found.inverted ? Rule.INVERTED
                        : kind.equals("direct") ? Rule.QUOTE_WITH_CUE
                        : kind.equals("mixed") ? Rule.MIXED_WITH_CUE : Rule.REPORTED_WITH_CUE;
            };
            String cueText = text.substring(toks.get(cue.first()).start(), toks.get(cue.last()).end());
            out.add(new Draft(start, end, kind, speaker, new Span(found.source.start(), found.source.end()),
                    cueText, rule));
            consumedUntil = Math.max(found.contentLast, Math.max(cue.last(), found.sourceLast));
        }
        if (out.size() > before) {
            return;
        }
        if (!toks.isEmpty() && toks.get(toks.size() - 1).isPunct(':')) {
            rememberIntroduction(text, toks, context);
            return;
        }
        // quotes with no cue in their unit continue the previous speaker ("“…” he said. “…”")
        int unitWords = 0;
        for (Tok t : toks) {
            if (t.isWord()) {
                unitWords++;
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.isQuote() && intro != null && i <= 1) {
                // the quote an introduction ("Cruz continued:") announced
                Coreference.Entity speaker = coref.resolve(intro, intro.start());
                out.add(new Draft(t.start(), t.end(), "direct", speaker, new Span(intro.start(), intro.end()),
                        introCue, Rule.QUOTE_WITH_CUE));
                intro = null;
                previous = out.get(out.size() - 1);
                previousInSameParagraph = true;
                continue;
            }
            if (t.isQuote() && countWords(t.text()) >= MIN_UNCUED_QUOTE_WORDS && isStandalone(t, unitWords)
                    && !isTitleLike(t.text())) {
                Draft last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last == previous && previousInSameParagraph && !last.kind().equals("indirect")) {
                    // “A,” he said. “B.” — one attribution in two pieces, as annotators mark it
                    out.set(out.size() - 1, new Draft(last.start(), t.end(), last.kind(), last.speaker(),
                            last.mention(), last.cue(), last.rule()));
                    previous = out.get(out.size() - 1);
                    continue;
                }
                last = out.size() > before ? out.get(out.size() - 1) : previous;
                boolean near = out.size() > before || previousIsNear;
                Coreference.Entity speaker = last != null && near ? last.speaker() : null;
                Span mention = last != null && near ? last.mention() : null;
                String cue = last != null && near ? last.cue() : null;
                out.add(new Draft(t.start(), t.end(), "direct", speaker, mention, cue, Rule.CONTINUED_QUOTE));
            }
        }
    }

    /** A unit ending "… X said:" introduces the next paragraph's quote. */
    private void rememberIntroduction(String text, List<Tok> toks, Context context) {
        List<CueFinder.Cue> cues = cueFinder.find(toks);
        for (int k = cues.size() - 1; k >= 0; k--) {
            CueFinder.Cue cue = cues.get(k);
            if (cue.kind() != CueFinder.Kind.VERB) {
                continue;
            }
            SourceMention source = speakerFinder.before(toks, cue.first(), 0);
            if (source != null) {
                context.introSource = source;
                context.introCue = text.substring(toks.get(cue.first()).start(), toks.get(cue.last()).end());
            }
            return;
        }
        // any verb after the opening subject introduces: "17-year-old Jared Potts echoed:"
        SourceMention subject = unitSubject(toks, toks.size() - 1);
        if (subject != null) {
            int verb = lastTokenOf(toks, subject, 0) + 1;
            if (verb < toks.size() - 1 && toks.get(verb).isWord() && !toks.get(verb).isCapitalized()) {
                context.introSource = subject;
                context.introCue = toks.get(verb).text();
            }
        }
    }

    private static final class Found {
        SourceMention source;
        int sourceLast;
        int contentFirst;
        int contentLast;
        boolean inverted;
        /** Token range of an attribution between two quote pieces, or null. */
        int[] interruption;
        /** Index of the "and" / comma joining this verb to an earlier one of the same subject, or -1. */
        int coordination = -1;
    }

    private Found attribute(List<Tok> toks, CueFinder.Cue cue, SourceMention unitSpeaker) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
        Found f = new Found();
        if (cue.kind() == CueFinder.Kind.ACCORDING_TO) {
            SourceMention source = speakerFinder.objectAt(toks, c1 + 1, n);
            if (source == null) {
                return null;
            }
            int sourceLast = lastTokenOf(toks, source, c1 + 1);
            f.source = source;
            f.sourceLast = sourceLast;
            int afterFirst = skipPunct(toks, sourceLast + 1);
            int beforeLast = trimBack(toks, c0 - 1);
            int afterLen = substance(toks, afterFirst, n - 1);
            int beforeLen = substance(toks, 0, beforeLast);
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
            if (speaker == null || speaker.start() != toks.get(0).start() || substance(toks, c1 + 1, n - 1) < 3) {
                return null;
            }
            f.source = speaker;
            f.sourceLast = c0 - 1;
            f.contentFirst = skipPunct(toks, c1 + 1);
            f.contentLast = n - 1;
            return f;
        }
        SourceMention source = speakerFinder.before(toks, c0, 0);
        if (source != null) {
            int sourceFirst = firstTokenOf(toks, source, c0);
            f.source = source;
            f.sourceLast = c0 - 1;
            int afterFirst = skipAfterCue(toks, c1 + 1, cue.lemma());
            int beforeLast = sourceFirst - 1;
            boolean breakBefore = beforeLast >= 0 && (toks.get(beforeLast).isClauseBreak() || toks.get(beforeLast).isQuote());
            int trimmedBefore = trimBack(toks, beforeLast);
            boolean hasBefore = breakBefore && substance(toks, 0, trimmedBefore) >= 3;
            boolean hasAfter = substance(toks, afterFirst, n - 1) >= 2
                    && !(hasBefore && isAdverbial(toks, afterFirst, n - 1)); // "…, Gao said by telephone."

            boolean beforeIsQuote = hasBefore && toks.get(trimmedBefore).isQuote();
            boolean afterIsQuote = hasAfter && toks.get(afterFirst).isQuote();
            if (hasBefore && beforeIsQuote && afterIsQuote) {
                f.contentFirst = 0;
                f.contentLast = n - 1;
                f.interruption = new int[] {trimmedBefore + 1, afterFirst - 1};
            } else if (hasBefore && (beforeIsQuote || !hasAfter)) {
                f.contentFirst = 0;
                f.contentLast = trimmedBefore;
            } else if (hasAfter) {
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
            } else {
                return null;
            }
            return f;
        }
        // inverted: "…, said X" / "”, — said Stoltenberg"
        if (c0 == 0) {
            return null;
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
                    && !isClauseWord(toks.get(k))) {
                k--;
            }
            boolean opensClause = k < 0 || toks.get(k).isClauseBreak() || toks.get(k).is("and") || toks.get(k).is("but");
            int afterFirst = skipAfterCue(toks, c1 + 1, cue.lemma());
            if (subjectLast > k && opensClause && looksNominal(toks, k + 1, subjectLast)
                    && substance(toks, afterFirst, n - 1) >= 2 && (k < 0 || !toks.get(k).isPunct(','))) {
                f.source = speakerFinder.genericPhrase(toks, k + 1, subjectLast);
                f.sourceLast = subjectLast;
                f.contentFirst = afterFirst;
                f.contentLast = n - 1;
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
                    && substance(toks, afterFirst, n - 1) >= 2) {
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
        if (tail > 0 && tail < c0 - 1 && toks.get(tail).isPunct(',') && endsUnit(toks, c1 + 1)
                && substance(toks, 0, trimBack(toks, tail)) >= 3 && isUnambiguousVerb(toks.get(c0).lower())
                && looksNominal(toks, tail + 1, c0 - 1) && !Lexicon.AUXILIARIES.contains(toks.get(c0 - 1).lower())) {
            f.source = speakerFinder.genericPhrase(toks, tail + 1, c0 - 1);
            f.sourceLast = c0 - 1;
            f.contentFirst = 0;
            f.contentLast = trimBack(toks, tail);
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
            int afterFirst = skipAfterCue(toks, c1 + 1, cue.lemma());
            if (subject != null && substance(toks, afterFirst, n - 1) >= 2) {
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
            int beforeLast = trimBack(toks, c0 - 1);
            if (inverted != null && substance(toks, 0, beforeLast) >= 3) {
                f.source = inverted;
                f.sourceLast = lastTokenOf(toks, inverted, c1 + 1);
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
                if (passive != null && substance(toks, comma + 1, n - 1) >= 3) {
                    f.source = passive;
                    f.sourceLast = comma - 1;
                    f.contentFirst = comma + 1;
                    f.contentLast = n - 1;
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Verb forms that cannot be nouns ("said", "told", "argued"), unlike "reports", "notes" or "claims":
     * only these may take a subject no lexicon recognises.
     */
    private static boolean isUnambiguousVerb(String form) {
        return form.endsWith("ed") || form.equals("said") || form.equals("says") || form.equals("say")
                || form.equals("told") || form.equals("tells") || form.equals("wrote") || form.equals("writes")
                || form.equals("thought") || form.equals("thinks");
    }

    /** "by telephone", "last month", "on Thursday in Brussels": when/where/how, not content. */
    private static boolean isAdverbial(List<Tok> toks, int from, int to) {
        if (from > to || !toks.get(from).isWord()) {
            return false;
        }
        Tok first = toks.get(from);
        boolean opener = Lexicon.TIME_WORDS.contains(first.lower()) || first.is("by") || first.is("in")
                || first.is("at") || first.is("during") || first.is("after") || first.is("before")
                || first.is("through") || first.is("via") || first.is("from") || first.is("over");
        if (!opener) {
            return false;
        }
        int words = 0;
        for (int k = from; k <= to; k++) {
            Tok t = toks.get(k);
            if (t.isQuote() || t.is("that") || (t.isWord() && ++words > 6)) {
                return false;
            }
        }
        return true;
    }

    /** A phrase no lexicon knows can still be a noun phrase: no pronouns, no "-ing" verbs, no dangling "to". */
    private static boolean looksNominal(List<Tok> toks, int from, int to) {
        if (toks.get(to).is("to") || toks.get(from).is("and") || toks.get(from).is("but")) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String w = toks.get(k).lower();
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            String stem = apostrophe > 0 ? w.substring(0, apostrophe) : w;
            if (Lexicon.PRONOUNS.contains(stem) || (w.endsWith("ing") && w.length() > 5)) {
                return false;
            }
        }
        return true;
    }

    /** Words that end a generic subject: relatives, conjunctions, and verbs of their own. */
    private static boolean isClauseWord(Tok t) {
        String w = t.lower();
        return w.equals("that") || w.equals("which") || w.equals("if") || w.equals("when") || w.equals("because")
                || w.equals("as") || w.equals("while") || w.equals("and") || w.equals("but") || w.equals("so")
                || Lexicon.CUE_VERBS.containsKey(w);
    }

    /** Nothing but punctuation and a few when/where words follow {@code from} to the unit's end. */
    private static boolean endsUnit(List<Tok> toks, int from) {
        int words = 0;
        for (int k = from; k < toks.size(); k++) {
            if (toks.get(k).isQuote() || (toks.get(k).isWord() && ++words > 3)) {
                return false;
            }
            if (toks.get(k).isPunct(',')) {
                return false;
            }
        }
        return true;
    }

    /** The subject opening the unit ("Graham" in "Graham praised … and said"), before {@code limit}. */
    private SourceMention unitSubject(List<Tok> toks, int limit) {
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

    /**
     * Skips what stands between a verb and its content: punctuation, the audience of "told" ("told the
     * newspaper"), and when/where phrases ("on Monday", "in a statement") when a content marker follows.
     */
    private static int skipAfterCue(List<Tok> toks, int i, String lemma) {
        int n = toks.size();
        i = skipPunct(toks, i);
        if (i >= n) {
            return i;
        }
        // find the nearest content marker ("that", a quote, a colon) within a few tokens
        for (int k = i; k < n && k - i <= 8; k++) {
            Tok t = toks.get(k);
            if (t.is("that") || t.isQuote() || t.isPunct(':')) {
                if (k == i) {
                    return t.isPunct(':') ? skipPunct(toks, k + 1) : k;
                }
                boolean skippable = lemma.equals("tell") || lemma.equals("ask") || lemma.equals("assure")
                        || lemma.equals("warn") || startsAdverbial(toks.get(i));
                if (skippable) {
                    return t.isPunct(':') ? skipPunct(toks, k + 1) : k;
                }
                return i;
            }
            if (t.isQuote() || t.isPunct('.')) {
                break;
            }
        }
        return i;
    }

    private static boolean startsAdverbial(Tok t) {
        return t.isWord() && (Lexicon.TIME_WORDS.contains(t.lower()) || t.is("in") || t.is("at") || t.is("during")
                || t.is("after") || t.is("before") || t.is("to") || t.is("on") || t.is("via") || t.is("through"));
    }

    private static int skipPunct(List<Tok> toks, int i) {
        while (i < toks.size() && toks.get(i).type() == Tok.Type.PUNCT
                && (toks.get(i).isClauseBreak() || toks.get(i).isPunct(':'))) {
            i++;
        }
        return i;
    }

    /** Index of the last token at or before {@code i} that is not a clause break. */
    private static int trimBack(List<Tok> toks, int i) {
        while (i >= 0 && toks.get(i).type() == Tok.Type.PUNCT && toks.get(i).isClauseBreak()) {
            i--;
        }
        return i;
    }

    /** Words in {@code toks[from..to]}, a quote counting as three. */
    private static int substance(List<Tok> toks, int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.isWord()) {
                count++;
            } else if (t.isQuote()) {
                count += 3;
            }
            if (count >= 8) {
                break;
            }
        }
        return count;
    }

    private static int firstTokenOf(List<Tok> toks, SourceMention source, int cue) {
        for (int k = cue; k >= 0 && cue - k <= 40; k--) {
            if (toks.get(k).start() == source.start()) {
                return k;
            }
        }
        return 0;
    }

    private static int lastTokenOf(List<Tok> toks, SourceMention source, int from) {
        for (int k = Math.max(0, from); k < toks.size() && k - from <= 40; k++) {
            if (toks.get(k).end() == source.end()) {
                return k;
            }
        }
        return from;
    }

    /** Content ends at its last token, without a sentence's final period (PolNeAR spans leave it out). */
    private static int contentEnd(String text, List<Tok> toks, int last) {
        while (last >= 0 && toks.get(last).type() == Tok.Type.PUNCT) {
            char c = toks.get(last).text().charAt(0);
            if (c == '?' || c == '!' || c == ')' || c == ']') {
                break;
            }
            last--;
        }
        return last >= 0 ? toks.get(last).end() : 0;
    }

    /** direct: only quotes (and the attribution that interrupts them); mixed: quotes and reported words. */
    private static String kindOf(List<Tok> toks, int first, int last, int[] interruption) {
        int quotes = 0;
        int words = 0;
        for (int k = first; k <= last && k < toks.size(); k++) {
            if (interruption != null && k >= interruption[0] && k <= interruption[1]) {
                continue;
            }
            Tok t = toks.get(k);
            if (t.isQuote()) {
                quotes++;
            } else if (t.isWord()) {
                words++;
            }
        }
        if (quotes == 0) {
            return "indirect";
        }
        return words == 0 ? "direct" : "mixed";
    }

    /** A quote is standalone when it is not a few quoted words inside a longer sentence of the narrator. */
    private static boolean isStandalone(Tok quote, int unitWords) {
        return unitWords <= 12 || countWords(quote.text()) >= 8;
    }

    /** "Crippled America: How to Make America Great Again": a title in quotes, not something said. */
    static boolean isTitleLike(String quote) {
        int words = 0;
        int capitalized = 0;
        boolean in = false;
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter && !in) {
                words++;
                capitalized += Character.isUpperCase(c) ? 1 : 0;
            }
            in = letter || c == '\'' || c == '’';
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
