package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.Appositives.beforeBracket;
import static dev.newsclaims.extract.speakers.Appositives.isAppositiveStart;
import static dev.newsclaims.extract.speakers.Appositives.withAppositive;
import static dev.newsclaims.extract.speakers.NameWords.isNameWord;
import static dev.newsclaims.extract.speakers.NameWords.isPartyTag;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Set;

/**
 * The subject before a cue verb ("Russian Foreign Minister Sergei Lavrov stressed"), past what may stand
 * between the name and the verb: auxiliaries, a bracketed party tag, an appositive between commas or dashes,
 * a relative "who".
 */
final class PrecedingSubject {

    private static final int MAX_APPOSITIVE_TOKENS = 30;
    private static final Set<String> BE_FORMS = WordTables.setOf("is", "was", "were", "are", "be", "been", "being");

    private PrecedingSubject() {
    }

    /** The source ending just before {@code cue} (auxiliaries and adverbs skipped), or null. */
    static SourceMention before(List<Tok> toks, int cue, int lo) {
        int j = cue - 1;
        boolean passive = false;
        while (j >= lo && toks.get(j).isWord() && Lexicon.AUXILIARIES.contains(toks.get(j).lower())
                && !NameWords.isSurnameAfterHonorific(toks, j, lo)) { // "Ms. May said": a surname, not a modal
            passive |= BE_FORMS.contains(toks.get(j).lower());
            j--;
        }
        if (passive && !toks.get(cue).lower().endsWith("ing") && !isQuotedAsSaying(toks, cue)) {
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
            return beforeDashes(toks, j, lo);
        }
        if (last.is("who") && j - 2 >= lo && toks.get(j - 1).isPunct(',')) {
            return SourcePhrases.endingAt(toks, j - 2, lo); // "Barkley, who said …"
        }
        if (last.is("who") && j - 1 >= lo) {
            return SourcePhrases.endingAt(toks, j - 1, lo); // "64 percent who say …"
        }
        if (last.isPunct(',') && j - 1 >= lo) {
            return beforeComma(toks, j, lo);
        }
        return SourcePhrases.endingAt(toks, j, lo);
    }

    /** "she was quoted as saying": a passive whose subject is the speaker. */
    private static boolean isQuotedAsSaying(List<Tok> toks, int cue) {
        return toks.get(cue).is("quoted") && cue + 2 < toks.size() && toks.get(cue + 1).is("as")
                && toks.get(cue + 2).is("saying");
    }

    /** "Lena Kall -- co-editor of a book on the debates -- said": the name before the opening dash. */
    private static SourceMention beforeDashes(List<Tok> toks, int j, int lo) {
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
                SourceMention np = SourcePhrases.endingAt(toks, open - 1, lo);
                return np != null && np.form() == SourceMention.Form.NAME ? withAppositive(np, toks, k + 1, close - 1) : null;
            }
        }
        return null;
    }

    /** A comma ({@code j}) just before the cue: a name between commas, a party tag, or the end of an appositive. */
    private static SourceMention beforeComma(List<Tok> toks, int j, int lo) {
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
            SourceMention named = SourcePhrases.endingAt(toks, nearest - 1, lo);
            if (named != null) {
                return named;
            }
        }
        if (nearest >= 0 && isNameWord(toks.get(nearest + 1))) {
            SourceMention inner = SourcePhrases.endingAt(toks, j - 1, nearest + 1);
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
                SourceMention np = SourcePhrases.endingAt(toks, nameEnd, lo);
                if (np != null && np.form() != SourceMention.Form.PRONOUN) {
                    return withAppositive(np, toks, k + 1, j - 1);
                }
            }
        }
        return null;
    }
}
