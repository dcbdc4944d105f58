package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * Word patterns around a cue that {@link CueAttribution} asks about: where its content starts, whether a phrase is
 * a when/where adverbial, a noun phrase, a relative clause of background, or the end of the unit.
 */
final class ContentPatterns {

    private static final int MAX_ROLE_WORDS = 8;

    private ContentPatterns() {}

    /**
     * Verb forms that cannot be nouns ("said", "told", "argued"), unlike "reports", "notes" or "claims":
     * only these may take a subject no lexicon recognises.
     */
    static boolean isUnambiguousVerb(String form) {
        return form.endsWith("ed") || form.equals("said") || form.equals("says") || form.equals("say")
                || form.equals("told") || form.equals("tells") || form.equals("wrote") || form.equals("writes")
                || form.equals("thought") || form.equals("thinks");
    }

    /** A relative clause that closes with a comma and says only when or where ("who spoke at the launch,"). */
    static boolean isBackground(List<Tok> toks, int from) {
        int comma = from;
        while (comma < toks.size() && !toks.get(comma).isPunct(',') && comma - from <= 8) {
            comma++;
        }
        if (comma >= toks.size() || !toks.get(comma).isPunct(',')) {
            return false;
        }
        return comma == from || isAdverbial(toks, from, comma - 1);
    }

    /** "by telephone", "last month", "on Thursday in Brussels": when/where/how, not content. */
    static boolean isAdverbial(List<Tok> toks, int from, int to) {
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
            boolean showTitle = t.isQuote() && (ClaimBuilder.isTitleLike(t.text()) || TokenSpans.countWords(t.text()) <= 4);
            if (t.isQuote() && !showTitle || t.is("that") || (t.isWord() && ++words > 6)) {
                return false; // a quoted title ("on CNN's “State of the Union”") stays part of the adverbial
            }
        }
        return true;
    }

    /** A phrase no lexicon knows can still be a noun phrase: no pronouns, no "-ing" verbs, no dangling "to". */
    static boolean looksNominal(List<Tok> toks, int from, int to) {
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
    static boolean isClauseWord(Tok t) {
        String w = t.lower();
        return w.equals("that") || w.equals("which") || w.equals("if") || w.equals("when") || w.equals("because")
                || w.equals("as") || w.equals("while") || w.equals("and") || w.equals("but") || w.equals("so")
                || Lexicon.CUE_VERBS.containsKey(w);
    }

    /** Nothing but punctuation and a few when/where words follow {@code from} to the unit's end. */
    static boolean endsUnit(List<Tok> toks, int from) {
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

    /**
     * Skips what stands between a verb and its content: punctuation, the audience of "told" ("told the
     * newspaper"), and when/where phrases ("on Monday", "in a statement") when a content marker follows.
     */
    static int skipAfterCue(List<Tok> toks, int i, String lemma) {
        int n = toks.size();
        i = TokenSpans.skipPunct(toks, i);
        if (i >= n) {
            return i;
        }
        // find the nearest content marker ("that", a quote, a colon) within a few tokens
        for (int k = i; k < n && k - i <= 8; k++) {
            Tok t = toks.get(k);
            if (t.is("that") || t.isQuote() || t.isPunct(':')) {
                if (k == i) {
                    return t.isPunct(':') ? TokenSpans.skipPunct(toks, k + 1) : k;
                }
                boolean skippable = lemma.equals("tell") || lemma.equals("ask") || lemma.equals("assure")
                        || lemma.equals("warn") || startsAdverbial(toks.get(i));
                if (skippable) {
                    return t.isPunct(':') ? TokenSpans.skipPunct(toks, k + 1) : k;
                }
                return i;
            }
            if (t.isQuote() || t.isPunct('.')) {
                break;
            }
        }
        return skipTimePhrase(toks, i);
    }

    /** Words that may lead a time phrase ("on Tuesday", "late last week", "earlier this month"). */
    private static final Set<String> TIME_LEADS = WordTables.setOf("on", "last",
            "this", "late", "early", "earlier", "later", "next");

    /** "said on Tuesday they would …": a short time phrase after the cue is not part of what was said. */
    private static int skipTimePhrase(List<Tok> toks, int i) {
        int k = i;
        boolean time = false;
        while (k < toks.size() && k - i < 4 && toks.get(k).isWord()
                && (TIME_LEADS.contains(toks.get(k).lower()) || Lexicon.TIME_WORDS.contains(toks.get(k).lower()))) {
            time |= Lexicon.TIME_WORDS.contains(toks.get(k).lower());
            k++;
        }
        if (!time || k >= toks.size() || TokenSpans.substance(toks, k, toks.size() - 1) < 2) {
            return i;
        }
        return TokenSpans.skipPunct(toks, k);
    }

    static boolean startsAdverbial(Tok t) {
        return t.isWord() && (Lexicon.TIME_WORDS.contains(t.lower()) || t.is("in") || t.is("at") || t.is("during")
                || t.is("after") || t.is("before") || t.is("to") || t.is("on") || t.is("via") || t.is("through"));
    }

    /**
     * The first token of the attribution when a name set off by commas follows a role right after a
     * quotation ("“…,” the mayor, Ana Ruiz, said"): the role belongs to the attribution, never to the
     * quoted content. Otherwise {@code nameFirst} itself.
     */
    /**
     * "“…,” Rally Norland volunteer coordinator Lena Brisk said": a few capitalised words (where the person works)
     * and lower-case role words between the quotation or the comma and the name; the first of them, or -1.
     */
    private static int qualifiedRoleStart(List<Tok> toks, int nameFirst, SourceMention name) {
        if (name.form() != SourceMention.Form.NAME) {
            return -1;
        }
        int k = nameFirst - 1;
        int roleWords = 0;
        while (k > 0 && roleWords < 3 && toks.get(k).isWord() && !toks.get(k).isCapitalized()
                && !Lexicon.CUE_VERBS.containsKey(toks.get(k).lower())) {
            k--;
            roleWords++;
        }
        int capitalised = 0;
        while (roleWords > 0 && k > 0 && capitalised < 3 && toks.get(k).isCapitalized()) {
            k--;
            capitalised++;
        }
        return capitalised > 0 && (toks.get(k).isQuote() || toks.get(k).isPunct(',')) ? k + 1 : -1;
    }

    static int attributionStart(List<Tok> toks, int nameFirst, SourceMention name) {
        // "“…,” panel Chairman Rep. Abe Tomlin said", "…, harbour director Ana Ruiz said": lower-case modifiers of the
        // role between the quotation (or, before a name, the comma) and the source
        for (int k = nameFirst - 1; k > 0 && nameFirst - k <= 3 && toks.get(k).isWord() && !toks.get(k).isCapitalized(); k--) {
            if (toks.get(k - 1).isQuote() || toks.get(k - 1).isPunct(',') && name.form() == SourceMention.Form.NAME
                    && !Lexicon.CUE_VERBS.containsKey(toks.get(k).lower())) {
                return k;
            }
        }
        int qualified = qualifiedRoleStart(toks, nameFirst, name);
        if (qualified >= 0) {
            return qualified;
        }
        int comma = nameFirst - 1;
        if (name.form() != SourceMention.Form.NAME || comma < 2 || !toks.get(comma).isPunct(',')) {
            return nameFirst;
        }
        // a short run of words (the role: "the harbour master", "the director of the port") back to the quotation
        for (int k = comma - 1; k > 0 && comma - k <= MAX_ROLE_WORDS; k--) {
            if (!toks.get(k).isWord()) {
                return nameFirst;
            }
            if (toks.get(k - 1).isQuote()) {
                return k;
            }
        }
        return nameFirst;
    }
}
