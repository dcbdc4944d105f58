package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.checkworthiness.CheckworthinessModel;
import dev.newsclaims.extract.speakers.Coreference;
import dev.newsclaims.extract.speakers.DocumentAuthors;
import dev.newsclaims.extract.speakers.NamedPeople;
import dev.newsclaims.extract.speakers.SpeakerTypes;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.SentenceUnits;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordForms;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Mention;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The attribution pipeline: quotes → sentence units → cues and sources → coreference → claims, plus the
 * article's own check-worthy statements. Stateless between calls (one {@link Coreference} per article),
 * so one instance serves every thread.
 */
public final class Attributions {

    public record Result(List<Claim> claims, List<Speaker> speakers) {}

    /** Paragraphs an uncued quote may look back for the speaker of the claim before it. */
    private static final int CONTINUATION_PARAGRAPHS = 1;
    /** Paragraphs it may look back over when they name no other person (a speaker's story told between quotes). */
    private static final int CARRY_PARAGRAPHS = 3;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ClaimBuilder claimBuilder = new ClaimBuilder();
    private final CheckworthinessModel checkworthiness = CheckworthinessModel.standard();
    private final StatementFinder statementFinder = new StatementFinder(checkworthiness);
    private final HeadlineClaims headlineClaims = new HeadlineClaims(claimBuilder);

    public Result find(TextDocument doc, Headline headline) {
        return find(doc, headline, PartsOfSpeech.NONE);
    }

    /** {@code pos}: the article's parts of speech, which tell verbs from nouns and clauses from noun phrases. */
    public Result find(TextDocument doc, Headline headline, PartsOfSpeech pos) {
        return find(doc, headline, pos, NameTags.NONE);
    }

    /** {@code names}: the article's names as the name tagger reads them, which type the speakers. */
    public Result find(TextDocument doc, Headline headline, PartsOfSpeech pos, NameTags names) {
        String text = doc.text();
        int bodyStart = headline == null ? 0 : Math.max(0, Math.min(headline.bodyStart(), text.length()));
        Span dateline = headline == null ? null : headline.datelineSpan();
        if (dateline != null && dateline.end() <= text.length()) {
            bodyStart = Math.max(bodyStart, dateline.end());
        }
        List<Span> quotes = quoteFinder.find(text, doc.paragraphs());
        List<Span> sentenceUnits = SentenceUnits.of(doc.sentences(), quotes);
        List<Span> units = new ArrayList<>(sentenceUnits.size());
        for (Span unit : sentenceUnits) {
            if (unit.end() > bodyStart) {
                units.add(unit.start() >= bodyStart ? unit : new Span(bodyStart, unit.end()));
            }
        }
        WordForms forms = WordForms.ofThisThread();
        List<List<Tok>> unitTokens = tokenize(text, units, quotes, forms);
        Coreference coref = new Coreference(text, NamedPeople.find(unitTokens, pos), new CommonWords(unitTokens),
                names).readingDocuments(new DocumentAuthors(unitTokens));

        List<ClaimBuilder.Draft> drafts = new ArrayList<>(headlineClaims(text, headline, quotes, coref, pos, forms));
        for (ClaimBuilder.Draft d : drafts) {
            d.speaker().claims++;
        }
        List<Span> claimed = new ArrayList<>(); // and what is no assertion of the article's: furniture, questions
        addUnitDrafts(doc, units, unitTokens, coref, pos, drafts, claimed);

        List<Claim> claims = new ArrayList<>();
        addClaims(text, drafts, claims, claimed);
        claimed.sort(Comparator.comparingInt(Span::start));
        for (StatementFinder.Scored s : statementFinder.find(text, doc.sentences(), bodyStart, mergeOverlaps(claimed))) {
            double p = rounded(s.probability());
            claims.add(new Claim(s.span().of(text), s.span().start(), s.span().end(), "statement", null, null, null,
                    null, null, p, p));
        }
        claims.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));

        List<Speaker> speakers = new ArrayList<>();
        for (Coreference.Entity e : coref.entities()) {
            if (e.claims > 0) {
                speakers.add(new Speaker(e.name, e.role, e.organization, SpeakerTypes.outputType(e), e.claims));
            }
        }
        return new Result(List.copyOf(claims), List.copyOf(speakers));
    }

    /** The tokens of each unit, each quotation inside it one token. */
    private static List<List<Tok>> tokenize(String text, List<Span> units, List<Span> quotes, WordForms forms) {
        List<List<Tok>> unitTokens = new ArrayList<>(units.size());
        List<Span> inside = new ArrayList<>(); // the quotes of one unit; tokenizing does not keep the list
        int q = 0;
        for (Span unit : units) {
            while (q < quotes.size() && quotes.get(q).end() <= unit.start()) {
                q++;
            }
            int qEnd = q;
            while (qEnd < quotes.size() && quotes.get(qEnd).start() < unit.end()) {
                qEnd++;
            }
            inside.clear();
            for (int k = q; k < qEnd; k++) {
                if (quotes.get(k).start() >= unit.start()) {
                    inside.add(quotes.get(k));
                }
            }
            unitTokens.add(Tok.tokenize(text, unit.start(), unit.end(), inside, forms));
        }
        return unitTokens;
    }

    /**
     * The drafts of the body's units, appended to {@code drafts}; furniture and interview questions are added to
     * {@code claimed}.
     */
    private void addUnitDrafts(TextDocument doc, List<Span> units, List<List<Tok>> unitTokens, Coreference coref,
            PartsOfSpeech pos, List<ClaimBuilder.Draft> drafts, List<Span> claimed) {
        String text = doc.text();
        ClaimBuilder.Context context = new ClaimBuilder.Context();
        context.pos = pos;
        int lastParagraph = -10;
        for (int u = 0; u < units.size(); u++) {
            int paragraph = doc.paragraphIndexAt(units.get(u).start());
            ClaimBuilder.Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            context.previous = previous;
            context.previousIsNear = previous != null && (paragraph - lastParagraph <= CONTINUATION_PARAGRAPHS
                    || paragraph - lastParagraph <= CARRY_PARAGRAPHS
                    && coref.namesNoOtherPerson(previous.speaker(), previous.end(), units.get(u).start()));
            context.previousInSameParagraph = previous != null && paragraph == lastParagraph;
            if (PageFurniture.isLine(text, unitTokens.get(u))) {
                claimed.add(units.get(u));
                continue; // "Article continues below", a byline, a photo credit: nobody says these
            }
            List<Tok> toks = unitTokens.get(u);
            if (InterviewTurns.isQuestion(toks)) {
                claimed.add(units.get(u));
                continue; // the interviewer asks; nothing is claimed
            }
            if (InterviewTurns.isAnswer(toks)) {
                ClaimBuilder.Draft answer = answer(doc, toks, coref);
                if (answer != null) {
                    drafts.add(answer);
                    if (answer.speaker() != null) {
                        answer.speaker().claims++;
                    }
                    while (u + 1 < units.size() && units.get(u + 1).start() < answer.end()) {
                        u++; // the answer's later sentences are part of it
                    }
                    lastParagraph = doc.paragraphIndexAt(answer.end() - 1);
                }
                continue;
            }
            int before = drafts.size();
            claimBuilder.build(text, unitTokens.get(u), coref, context, drafts);
            for (int k = before; k < drafts.size(); k++) {
                if (drafts.get(k).speaker() != null) {
                    drafts.get(k).speaker().claims++;
                }
            }
            if (drafts.size() > before) {
                lastParagraph = doc.paragraphIndexAt(Math.max(0, drafts.get(drafts.size() - 1).end() - 1));
            }
        }
    }

    /** The drafts outside quotations as claims, appended to {@code claims}; what each covers added to {@code claimed}. */
    private void addClaims(String text, List<ClaimBuilder.Draft> drafts, List<Claim> claims, List<Span> claimed) {
        for (ClaimBuilder.Draft d : outsideQuotations(drafts)) {
            if (d.start() < 0 || d.end() <= d.start() || d.end() > text.length()) {
                continue; // never emit a span that is not verbatim text (fuzzing guards the builders against this)
            }
            Mention mention = d.mention() == null ? null
                    : new Mention(d.mention().of(text), d.mention().start(), d.mention().end());
            claims.add(new Claim(text.substring(d.start(), d.end()), d.start(), d.end(), d.kind(), d.act(),
                    d.utterance() > 0 ? d.utterance() : null, d.speaker() == null ? null : d.speaker().name, mention,
                    d.cue(), Confidence.of(d), rounded(checkworthiness.probability(text, d.start(), d.end()))));
            claimed.add(new Span(Math.min(d.start(), d.mention() == null ? d.start() : d.mention().start()),
                    Math.max(d.end(), d.mention() == null ? d.end() : d.mention().end())));
        }
    }

    /** "A: I could no longer support the plan." to the end of its paragraph, said by the person named last before it. */
    private static ClaimBuilder.Draft answer(TextDocument doc, List<Tok> toks, Coreference coref) {
        int first = InterviewTurns.answerStart(toks);
        if (first >= toks.size()) {
            return null;
        }
        int start = toks.get(first).start();
        Span paragraph = doc.paragraphs().get(doc.paragraphIndexAt(start));
        int end = paragraph.end();
        if (end - start > QuoteFinder.MAX_QUOTE_CHARS) {
            // an answer is as long as a quotation at most: a paragraph that never ends is cut at a sentence start
            end = Math.max(start, doc.sentences().get(doc.sentenceIndexAt(start + QuoteFinder.MAX_QUOTE_CHARS)).start());
        }
        while (end > start && Character.isWhitespace(doc.text().charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        Tok label = toks.get(0);
        return new ClaimBuilder.Draft(start, end, "direct", coref.personBefore(label.start()),
                new Span(label.start(), label.end()), label.text(), ClaimBuilder.Rule.INTERVIEW_ANSWER, Claim.SPEECH, 0);
    }

    /** The headline's claims, when the headline is part of the text. */
    private List<ClaimBuilder.Draft> headlineClaims(String text, Headline headline, List<Span> quotes, Coreference coref,
            PartsOfSpeech pos, WordForms forms) {
        Span title = headline == null ? null : headline.titleSpan();
        if (title == null || title.start() < 0 || title.end() > text.length() || title.end() <= title.start()) {
            return List.of();
        }
        List<Span> inside = new ArrayList<>();
        for (Span q : quotes) {
            if (q.start() >= title.start() && q.end() <= title.end()) {
                inside.add(q);
            }
        }
        return headlineClaims.find(text, Tok.tokenize(text, title.start(), title.end(), inside, forms), coref, pos);
    }

    /** Drafts without those that lie inside a direct quotation already claimed: its words are the quoted speaker's. */
    private static List<ClaimBuilder.Draft> outsideQuotations(List<ClaimBuilder.Draft> drafts) {
        List<ClaimBuilder.Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(ClaimBuilder.Draft::start)
                .thenComparing(Comparator.comparingInt(ClaimBuilder.Draft::end).reversed()));
        Set<ClaimBuilder.Draft> nested = Collections.newSetFromMap(new IdentityHashMap<>());
        int quotedUntil = -1;
        for (ClaimBuilder.Draft d : sorted) {
            if (d.end() <= quotedUntil) {
                nested.add(d);
            } else if (d.kind().equals("direct")) {
                quotedUntil = d.end();
            }
        }
        if (nested.isEmpty()) {
            return drafts;
        }
        List<ClaimBuilder.Draft> out = new ArrayList<>(drafts.size());
        for (ClaimBuilder.Draft d : drafts) {
            if (!nested.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Two decimals: the model's precision, and stable output. */
    private static double rounded(double p) {
        return Math.round(p * 100) / 100.0;
    }

    /** Sorted spans merged where they overlap, so the statement finder can walk them in one pass. */
    private static List<Span> mergeOverlaps(List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
