package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.Appositives.isAppositiveStart;
import static dev.newsclaims.extract.speakers.Appositives.withAppositive;
import static dev.newsclaims.extract.speakers.NameWords.append;
import static dev.newsclaims.extract.speakers.NameWords.titleCase;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Set;

/**
 * The subject after an inverted cue ("…, said the Secretary General Jens Stoltenberg"): a phrase that must end
 * the clause, or be followed only by a when/where adverbial that does ("said Mayor Ana Ruiz in a statement").
 */
final class InvertedSubject {

    private static final int MAX_NP_TOKENS = 12;
    /** Words that open a when/where adverbial after an inverted speaker ("said X on Tuesday", "said X in a statement"). */
    private static final Set<String> ADVERBIAL_OPENERS = WordTables.setOf("on", "in", "at", "during", "after", "before",
            "by", "via", "through", "last", "earlier", "later", "late", "yesterday", "today", "tonight", "this", "when",
            "while", "with");
    /** Quantifiers that open an unnamed source after an inverted verb ("said one official", "said a source"). */
    private static final Set<String> GENERIC_OPENERS = WordTables.setOf("one", "a", "an", "another", "two", "three",
            "several");
    /** Most lower-case role words before an inverted speaker's name: "said oil and gas worker Dale Penner". */
    private static final int MAX_ROLE_WORDS = 5;
    /** Longest when/where adverbial after an inverted speaker: "in a statement released late on Tuesday". */
    private static final int MAX_ADVERBIAL_TOKENS = 10;

    private InvertedSubject() {
    }

    /** The inverted subject after {@code from} ("said Thursday the Secretary General …"), or null. */
    static SourceMention after(List<Tok> toks, int from, int hi) {
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
        SourceMention np = SourcePhrases.endingAt(toks, end - 1, i);
        if (np != null && np.start() != toks.get(i).start() && np.form() == SourceMention.Form.NAME) {
            // "said coach Arsene Wenger": a few lower-case role words no lexicon knows, then the name; capitalised
            // words before them say where the person works ("said Springfield cartoonist Andre Kamper")
            StringBuilder where = new StringBuilder();
            int k = i;
            while (toks.get(k).start() < np.start() && toks.get(k).isCapitalized() && k - i < MAX_ROLE_WORDS) {
                append(where, toks.get(k).text());
                k++;
            }
            int roleFirst = k;
            StringBuilder role = new StringBuilder();
            while (toks.get(k).start() < np.start() && !toks.get(k).isCapitalized() && k - roleFirst < MAX_ROLE_WORDS) {
                append(role, titleCase(toks.get(k).text()));
                k++;
            }
            if (toks.get(k).start() == np.start() && (roleFirst == i || k > roleFirst)) {
                String organization = np.organization() != null || where.isEmpty() ? np.organization() : where.toString();
                np = new SourceMention(toks.get(i).start(), np.end(), np.form(), np.name(),
                        np.role() != null ? np.role() : role.toString(), organization, np.type(), np.head());
            }
        }
        if (np == null && end - i >= 2 && GENERIC_OPENERS.contains(toks.get(i).lower())) {
            np = SourcePhrases.generic(toks, i, end - 1); // "…, said one union source in the room."
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
}
