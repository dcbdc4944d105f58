package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Set;

/**
 * What follows a cue verb: a quotation, a "that"-clause, a wh-clause, a colon, a "to"-infinitive, a bare clause
 * ("said the plan would fail") or only a noun phrase ("reported a profit of $3.3-billion"). Only the first five
 * carry content; a noun phrase is the object of an action, not something said.
 */
enum Complement {
    QUOTE, THAT, WH, COLON, INFINITIVE, CLAUSE, NOUN_PHRASE;

    private static final Set<String> WH_WORDS = WordTables.setOf("what", "whether", "if", "how", "why", "who",
            "whom", "whose", "which", "when", "where");
    private static final Set<String> SUBJECT_PRONOUNS = WordTables.setOf("he", "she", "they", "we", "i", "it", "you",
            "there", "this", "these", "those");
    /** Words that make a finite clause: auxiliaries, modals and their negations. */
    private static final Set<String> FINITE = WordTables.setOf("is", "was", "are", "were", "am", "will", "would",
            "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had", "does", "did", "do",
            "won't", "wouldn't", "can't", "couldn't", "shouldn't", "isn't", "wasn't", "aren't", "weren't", "hasn't",
            "haven't", "hadn't", "doesn't", "didn't", "don't", "won’t", "wouldn’t", "can’t", "couldn’t", "shouldn’t",
            "isn’t", "wasn’t", "aren’t", "weren’t", "hasn’t", "haven’t", "hadn’t", "doesn’t", "didn’t", "don’t");
    /** Common irregular past forms: "said sales rose", "said the team won". */
    private static final Set<String> IRREGULAR_PAST = WordTables.setOf("rose", "fell", "grew", "won", "lost", "made",
            "took", "came", "went", "got", "gave", "saw", "knew", "thought", "found", "left", "kept", "held", "ran",
            "began", "became", "paid", "sold", "spent", "sent", "built", "brought", "bought", "caught", "fought",
            "meant", "felt", "led", "met", "stood", "struck", "wrote", "drove", "broke", "spoke", "chose", "threw",
            "flew", "forgot", "told", "said", "understood", "sought", "taught", "hid", "shot", "slid", "sank",
            "swore", "tore", "wore", "woke", "ate", "drank", "sang", "beat", "bit", "dug", "fed", "fled", "hung",
            "lent", "lit", "rode", "shook", "shut", "spread", "stuck", "swept", "swung", "wept", "withdrew");
    /** Words before which an "-ed"/"-s" form is a noun or an adjective, not a verb. */
    private static final Set<String> DETERMINERS = WordTables.setOf("the", "a", "an", "his", "her", "its", "their",
            "our", "my", "your", "this", "that", "these", "those", "some", "any", "no", "each", "every", "of", "for",
            "to", "in", "on", "at", "by", "with", "from", "and", "or", "more", "most", "very");
    /** A bare clause shows its verb within this many words ("said the flurry of tweets targeting her was …"). */
    private static final int CLAUSE_WINDOW = 18;
    /** "says at a campaign stop in Toledo, Ohio, that …": a "that" this far past a when/where phrase. */
    private static final int THAT_WINDOW = 16;
    static final Set<String> PREPOSITIONS = WordTables.setOf("at", "in", "on", "during", "after", "before",
            "of", "about", "to", "with", "from", "via", "through", "over", "last", "this");

    /** The complement that starts at token {@code first} (after the cue and its audience). */
    static Complement at(List<Tok> toks, int first) {
        return at(toks, first, PartsOfSpeech.NONE);
    }

    /** With parts of speech, a bare clause is told by a finite verb the tagger finds, not by word endings. */
    static Complement at(List<Tok> toks, int first, PartsOfSpeech pos) {
        if (first >= toks.size()) {
            return NOUN_PHRASE;
        }
        Tok t = toks.get(first);
        if (t.isQuote()) {
            return QUOTE;
        }
        if (t.isPunct(':')) {
            return COLON;
        }
        if (!t.isWord()) {
            return first + 1 < toks.size() && toks.get(first + 1).isQuote() ? QUOTE : NOUN_PHRASE;
        }
        String w = t.lower();
        if (w.equals("that")) {
            return THAT;
        }
        if (WH_WORDS.contains(w)) {
            return WH;
        }
        if (w.equals("to") && first + 1 < toks.size() && toks.get(first + 1).isWord()
                && !toks.get(first + 1).isCapitalized()) {
            return INFINITIVE;
        }
        if (PREPOSITIONS.contains(w)) {
            // "says of Clinton, “…”", "said at a rally that …": the content follows the phrase
            for (int k = first + 1; k < toks.size() && k - first <= THAT_WINDOW; k++) {
                if (toks.get(k).isQuote()) {
                    return QUOTE;
                }
                if (toks.get(k).is("that")) {
                    return THAT;
                }
            }
        }
        if (pos.known() ? isTaggedClause(toks, first, pos) : isClause(toks, first)) {
            return CLAUSE;
        }
        // "blasted Clinton as a “disgrace”": quoted words inside the object were spoken
        for (int k = first + 1; k < toks.size(); k++) {
            if (toks.get(k).isQuote()) {
                return QUOTE;
            }
        }
        return NOUN_PHRASE;
    }

    /** Content that opens with its verb ("…, she said, will apply"): its subject stands before the cue. */
    static boolean opensWithVerb(List<Tok> toks, int first) {
        if (first >= toks.size() || !toks.get(first).isWord()) {
            return false;
        }
        return FINITE.contains(toks.get(first).lower());
    }

    boolean carriesContent() {
        return this != NOUN_PHRASE;
    }

    /** A finite verb after the complement's first word, before a quotation or a clause break. */
    private static boolean isTaggedClause(List<Tok> toks, int first, PartsOfSpeech pos) {
        if (apostropheVerb(toks.get(first).lower())) {
            return true;
        }
        int words = 0;
        for (int k = first; k < toks.size() && words < CLAUSE_WINDOW; k++) {
            Tok t = toks.get(k);
            if (t.isQuote() || (!t.isWord() && t.isClauseBreak() && !t.isPunct(','))) {
                return false;
            }
            if (t.isWord()) {
                words++;
                if (k > first && PartsOfSpeech.isFiniteVerb(pos.at(t.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A subject and a finite verb: a subject pronoun first, an auxiliary, or a past/present verb after a noun. */
    private static boolean isClause(List<Tok> toks, int first) {
        if (SUBJECT_PRONOUNS.contains(toks.get(first).lower()) && !toks.get(first).is("this")
                || apostropheVerb(toks.get(first).lower())) {
            return true;
        }
        int words = 0;
        for (int k = first; k < toks.size() && words < CLAUSE_WINDOW; k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                return false; // what precedes a quotation is judged with the quotation
            }
            if (!t.isWord()) {
                if (t.isClauseBreak()) {
                    break;
                }
                continue;
            }
            words++;
            String w = t.lower();
            if (FINITE.contains(w) || apostropheVerb(w) || IRREGULAR_PAST.contains(w)) {
                return k > first;
            }
            if (k > first && w.length() > 3 && Character.isLowerCase(t.text().charAt(0))
                    && (w.endsWith("ed") || w.endsWith("es") || (w.endsWith("s") && !w.endsWith("ss")))) {
                Tok prev = toks.get(k - 1);
                if (prev.isWord() && !DETERMINERS.contains(prev.lower()) && !prev.lower().endsWith("ly")
                        && !PREPOSITIONS.contains(prev.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "he's", "they're", "it'll": a subject with its verb in one token. */
    private static boolean apostropheVerb(String w) {
        int a = Math.max(w.indexOf('\''), w.indexOf('’'));
        if (a <= 0) {
            return false;
        }
        String tail = w.substring(a + 1);
        return (tail.equals("s") || tail.equals("re") || tail.equals("ll") || tail.equals("ve") || tail.equals("d"))
                && SUBJECT_PRONOUNS.contains(w.substring(0, a));
    }
}
