package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who wrote the documents an article quotes: "a complaint filed by the Ontario Securities Commission", "the
 * union's statement", "Acme released a report". When a later sentence says "the complaint said", the claim is its
 * author's; a document the article never attributes stays its own source. One pass over the article's units,
 * made on the first question (most articles quote no document).
 */
public final class DocumentAuthors {

    /** Things that speak for their authors. */
    public static final Set<String> DOCUMENTS = WordTables.setOf("complaint", "statement", "report", "lawsuit", "suit",
            "filing", "letter", "release", "indictment", "ruling", "decision", "memo", "study", "survey", "affidavit",
            "motion", "petition", "submission", "brief", "notice", "order", "judgment", "verdict", "audit", "review",
            "post", "tweet", "email", "e-mail", "application", "claim", "document", "documents");
    /** Verbs that make their subject, or the agent after "by", a document's author. */
    private static final Set<String> AUTHORING = WordTables.setOf("filed", "issued", "released", "published", "written",
            "wrote", "sent", "submitted", "signed", "posted", "launched", "brought", "prepared", "commissioned",
            "files", "issues", "releases", "publishes", "sends", "submits", "posts", "launches");
    private static final int MAX_GAP = 4;

    private record Authored(String document, SourceMention author, int at) {}

    private final List<List<Tok>> units;
    /** Stateless, shared by every article. */
    private static final SpeakerFinder FINDER = new SpeakerFinder();
    private List<Authored> found;

    public DocumentAuthors(List<List<Tok>> units) {
        this.units = units;
    }

    /** Possessive pronouns before a document, and the pronoun that stands for its author: "her statement" → "she". */
    private static final java.util.Map<String, String> POSSESSIVES = java.util.Map.of("his", "he", "her", "she",
            "its", "it", "their", "they", "my", "i", "our", "we");

    /**
     * The author of the document {@code mention} names ("the statement", "her statement"), or null: a possessive
     * pronoun's referent ("her statement said": she says it), else the author the article last gave a document of
     * that kind before {@code position}.
     */
    public SourceMention authorOf(SourceMention mention, String text, int position) {
        String document = mention.head();
        if (document == null || !DOCUMENTS.contains(document)) {
            return null;
        }
        if (text != null && mention.start() >= 0 && mention.start() < mention.end() && mention.end() <= text.length()) {
            int space = text.indexOf(' ', mention.start());
            if (space > mention.start() && space < mention.end()) {
                String first = text.substring(mention.start(), space).toLowerCase(java.util.Locale.ROOT);
                String pronoun = POSSESSIVES.get(first);
                if (pronoun != null) {
                    String type = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i") ? "person"
                            : pronoun.equals("it") ? "organization" : "group";
                    return new SourceMention(mention.start(), mention.end(), SourceMention.Form.PRONOUN, null, null, null,
                            type, pronoun);
                }
            }
        }
        return authorOf(document, position);
    }

    /** The author of the {@code document} (a head noun) last attributed before {@code position}, or null. */
    public SourceMention authorOf(String document, int position) {
        if (document == null || !DOCUMENTS.contains(document)) {
            return null;
        }
        if (found == null) {
            found = new ArrayList<>();
            for (List<Tok> toks : units) {
                scan(toks);
            }
        }
        SourceMention best = null;
        for (Authored a : found) {
            if (a.at() < position && a.document().equals(document)) {
                best = a.author();
            }
        }
        return best;
    }

    private void scan(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.isWord() || !DOCUMENTS.contains(t.lower())) {
                continue;
            }
            String document = t.lower();
            // "a complaint filed by the commission", "a study by the university's school of public policy"
            int by = i + 1 < toks.size() && AUTHORING.contains(toks.get(i + 1).lower()) ? i + 2 : i + 1;
            if (by + 1 < toks.size() && toks.get(by).is("by")) {
                SourceMention author = FINDER.objectAt(toks, by + 1, toks.size());
                if (author != null && author.form() != SourceMention.Form.PRONOUN) {
                    found.add(new Authored(document, author, t.start()));
                    continue;
                }
            }
            // "the association said in a statement", "Ana Ruiz wrote in the company's blog post": the document is the
            // subject's, whatever words describe it
            int in = i - 1;
            while (in > 0 && i - in <= MAX_GAP && toks.get(in).isWord() && !toks.get(in).is("in")
                    && !Lexicon.CUE_VERBS.containsKey(toks.get(in).lower())) {
                in--;
            }
            if (in >= 1 && in < i && toks.get(in).is("in")
                    && (isDeterminer(toks.get(in + 1)) || Possessives.isPossessive(toks.get(in + 1).text()))) {
                int cue = in - 1;
                while (cue > 0 && toks.get(cue).isWord() && Lexicon.TIME_WORDS.contains(toks.get(cue).lower())) {
                    cue--; // "said Monday in a statement"
                }
                if (cue > 0 && Lexicon.CUE_VERBS.containsKey(toks.get(cue).lower())) {
                    SourceMention author = FINDER.before(toks, cue, 0);
                    if (author != null && author.form() != SourceMention.Form.PRONOUN) {
                        found.add(new Authored(document, author, t.start()));
                        continue;
                    }
                }
            }
            // "the union's statement", "Acme's report"
            int k = i - 1;
            while (k >= 0 && i - k <= MAX_GAP && toks.get(k).isWord() && !isPossessive(toks.get(k))
                    && !toks.get(k).isCapitalized() && !toks.get(k).is("the") && !toks.get(k).is("a")) {
                k--;
            }
            if (k >= 0 && toks.get(k).isWord() && isPossessive(toks.get(k))) {
                SourceMention author = FINDER.phraseEndingAt(toks, k, 0);
                if (author != null && author.form() != SourceMention.Form.PRONOUN) {
                    found.add(new Authored(document, author, t.start()));
                    continue;
                }
            }
            // "the commission filed a complaint", "Acme released its annual report"
            int verb = i - 1;
            while (verb >= 0 && i - verb <= MAX_GAP && toks.get(verb).isWord() && !AUTHORING.contains(toks.get(verb).lower())) {
                verb--;
            }
            if (verb > 0 && toks.get(verb).isWord() && AUTHORING.contains(toks.get(verb).lower())) {
                SourceMention author = FINDER.before(toks, verb, 0);
                if (author != null && author.form() != SourceMention.Form.PRONOUN) {
                    found.add(new Authored(document, author, t.start()));
                }
            }
        }
    }

    private static boolean isDeterminer(Tok t) {
        return t.is("a") || t.is("an") || t.is("the") || t.is("its") || t.is("his") || t.is("her") || t.is("their");
    }

    private static boolean isPossessive(Tok t) {
        String w = t.text();
        return w.length() > 2 && Possessives.isPossessive(w);
    }
}
