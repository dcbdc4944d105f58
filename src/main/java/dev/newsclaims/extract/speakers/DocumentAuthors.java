package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
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
            // "a complaint filed by the commission"
            if (i + 2 < toks.size() && AUTHORING.contains(toks.get(i + 1).lower()) && toks.get(i + 2).is("by")) {
                SourceMention author = FINDER.objectAt(toks, i + 3, toks.size());
                if (author != null && author.form() != SourceMention.Form.PRONOUN) {
                    found.add(new Authored(document, author, t.start()));
                    continue;
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

    private static boolean isPossessive(Tok t) {
        String w = t.text();
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"));
    }
}
