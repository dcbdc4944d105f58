package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.List;
import java.util.Set;

/**
 * Attribution with the source before its cue: "X said (that) …", "…, X said.", the interrupted quotation
 * "“A,” she said, “and B.”" and the parenthetical "The bridge, she said, would open …". The content is what
 * follows the cue or what precedes the source, whichever the punctuation and the words make it.
 */
final class SourceBeforeCue {

    /** Words that open a clause of time or reason, never what a speech verb reports: "said after the vote failed". */
    private static final Set<String> TEMPORAL_SUBORDINATORS = WordTables.setOf("after", "before", "while", "because",
            "since", "until", "although", "though", "once");
    /** Longest adverbial between an attribution and the rest of the content it interrupts. */
    private static final int MAX_INTERRUPTING_ADVERBIAL = 8;

    private SourceBeforeCue() {
    }

    /** {@code f} filled for {@code source}, found just before the cue, or null when no content fits. */
    static CueAttribution.Found attribute(List<Tok> toks, CueFinder.Cue cue, SourceMention source, PartsOfSpeech pos,
            CueAttribution.Found f) {
        int n = toks.size();
        int c0 = cue.first();
        int c1 = cue.last();
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
            // "Varga repeated: “…,” she said.": the lead-in before a colon introduces the quotation, it is not said
            f.contentFirst = beforeIsQuote && trimmedBefore >= 1 && toks.get(trimmedBefore - 1).isPunct(':')
                    ? trimmedBefore : 0;
            f.contentLast = trimmedBefore;
        } else if (hasAfter && !ContentPatterns.isAdverbial(toks, afterFirst, n - 1)) {
            f.contentFirst = afterFirst;
            f.contentLast = n - 1;
        } else {
            return null;
        }
        return f;
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
            if (Possessives.endsWithApostropheS(before)) {
                return true;
            }
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = isWordChar(c);
            if (wordChar && !inWord) {
                words++;
                if (!Character.isUpperCase(text.charAt(i))) {
                    return false;
                }
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return words >= 2 && words <= 6;
    }

    /** Letters, numbers and apostrophes make the words of a title; anything else separates them. */
    private static boolean isWordChar(int c) {
        if (c == '\'' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

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
}
