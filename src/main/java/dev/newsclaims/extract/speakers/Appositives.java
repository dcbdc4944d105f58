package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.NameWords.HONORIFICS;
import static dev.newsclaims.extract.speakers.NameWords.append;
import static dev.newsclaims.extract.vocabulary.Possessives.stripPossessive;
import static dev.newsclaims.extract.speakers.NameWords.titleCase;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/**
 * What stands beside a name and describes it: an appositive ("Smith, a spokesman for the ministry,") read for
 * the role and the organisation it gives, and a bracketed tag after a name ("(D-Mass.)") that is no part of it.
 */
final class Appositives {

    /** Longest bracketed tag after a name: "(D-Mass.)", "(R)", "(pictured)". */
    private static final int MAX_BRACKET_TOKENS = 6;

    private Appositives() {
    }

    /** The token before a short bracketed aside ending at {@code j}, or {@code j} when it does not end one. */
    static int beforeBracket(List<Tok> toks, int j, int lo) {
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
    static boolean isAppositiveStart(List<Tok> toks, int at, int limit) {
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

    /** Longest organisation read as written after a role and "of" / "for" / "at". */
    private static final int MAX_ORG_WORDS = 7;

    /**
     * The organisation written from {@code from} to the end of the appositive ({@code to}, or a comma, "who", "which"
     * before it) when it ends in an organisation noun or a name: "the province's environment department", "the
     * University of Toronto" (a proper name without its article); null otherwise ("for two decades").
     */
    static String organizationAfter(List<Tok> toks, int from, int to) {
        int end = from;
        while (end <= to && end - from < MAX_ORG_WORDS && toks.get(end).isWord() && !toks.get(end).is("who")
                && !toks.get(end).is("which") && !toks.get(end).is("since") && !toks.get(end).is("until")) {
            end++;
        }
        int last = end - 1;
        if (last < from) {
            return null;
        }
        Tok head = toks.get(last);
        boolean properName = head.isCapitalized();
        if (!properName && !Lexicon.ORG_WORDS.contains(head.lower())) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= last; k++) {
            append(b, toks.get(k).text());
        }
        String written = b.toString();
        return properName ? NameWords.withoutDeterminer(written) : written;
    }

    /** {@code np} with the role and organisation the appositive {@code toks[from..to]} gives, where it has none. */
    static SourceMention withAppositive(SourceMention np, List<Tok> toks, int from, int to) {
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
                if (afterOf && orgWords.length() == 0) {
                    String written = organizationAfter(toks, k + 1, to);
                    if (written != null) {
                        orgWords.append(written); // "a spokesman for Indonesia's disaster mitigation agency"
                        break;
                    }
                }
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
}
