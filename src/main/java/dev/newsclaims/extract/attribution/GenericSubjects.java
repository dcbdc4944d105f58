package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.speakers.SpeakerFinder;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * Subjects no lexicon knows, for a plain speech verb: the short phrase opening the clause ("People briefed on the
 * talks say …"), a described speaker after a quotation ("“…,” the Ohio businessman said."), a pronoun fused with
 * its verb ("He's already begun to say …"), and a short phrase between a comma and a final verb ("…, donors
 * said.").
 */
final class GenericSubjects {

    /** Words that open a described speaker's phrase ("the Ohio businessman", "one union source"). */
    private static final Set<String> DETERMINERS = WordTables.setOf("the", "a", "an", "one", "another", "two",
            "three", "several", "some", "many");
    /** A subject no lexicon recognises is accepted up to this many words ("People briefed on the talks"). */
    private static final int MAX_GENERIC_SUBJECT_WORDS = 6;

    private static final SpeakerFinder SPEAKERS = new SpeakerFinder();

    private GenericSubjects() {
    }

    /**
     * {@code f} filled when one of the patterns fits; {@link CueAttribution#NO_SOURCE} when one fits but its words
     * name no source; null when none fits.
     */
    static CueAttribution.Found attribute(List<Tok> toks, CueFinder.Cue cue, CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
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
                f.source = SPEAKERS.genericPhrase(toks, k + 1, subjectLast);
                if (f.source == null) {
                    return CueAttribution.NO_SOURCE;
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
                f.source = SPEAKERS.genericPhrase(toks, k + 1, subjectLast);
                if (f.source == null) {
                    return CueAttribution.NO_SOURCE;
                }
                f.sourceLast = subjectLast;
                f.contentFirst = 0;
                f.contentLast = k;
                return f;
            }
            // "He's already begun to say …": the pronoun opening the clause is the subject
            SourceMention opener = subjectLast > k ? SPEAKERS.phraseEndingAt(toks, k + 1, k + 1) : null;
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
            f.source = SPEAKERS.genericPhrase(toks, tail + 1, c0 - 1);
            if (f.source == null) {
                return CueAttribution.NO_SOURCE;
            }
            f.sourceLast = c0 - 1;
            f.contentFirst = 0;
            f.contentLast = TokenSpans.trimBack(toks, tail);
            return f;
        }
        return null;
    }
}
