package dev.newsclaims.extract;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.attribution.Attributions;
import dev.newsclaims.extract.entities.EntityFinder;
import dev.newsclaims.extract.summary.Summarizer;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.PartsOfSpeech;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Engine;
import java.util.List;

/**
 * The extraction pipeline: text → headline and dateline → quotes, cues, speakers, coreference →
 * claims → summary and entities. Plain Java, deterministic, no I/O; safe to share between threads.
 */
public final class Extractor {

    public static final Engine ENGINE = new Engine("newsclaims-extractor", "0.4.0");
    public static final int SUMMARY_SENTENCES = 3;

    /** Parts of speech and names only: the attribution stages need no parse for what they ask. */
    private static final LanguagePipeline TAGGER = LanguagePipeline.tagging();

    private final Attributions attributions = new Attributions();
    private final Summarizer summarizer;
    private final EntityFinder entityFinder = new EntityFinder();

    public Extractor() {
        this(Summarizer.DEFAULT_MAX_WORDS);
    }

    /** {@code summaryWords}: the summary's word budget (whole sentences, at most {@value #SUMMARY_SENTENCES}). */
    public Extractor(int summaryWords) {
        this.summarizer = new Summarizer(SUMMARY_SENTENCES, summaryWords);
    }

    /** Extracts the summary of {@code text}; {@code titleHint} (may be null) overrides the detected title. */
    public ArticleSummary extract(String id, String text, String titleHint) {
        TextDocument doc = TextDocument.of(text == null ? "" : text);
        Headline headline = HeadlineParser.parse(doc, titleHint);
        AnalyzedText analyzed = TAGGER.analyze(doc.text());
        PartsOfSpeech pos = new PartsOfSpeech(analyzed);
        NameTags names = new NameTags(analyzed);
        Attributions.Result found = attributions.find(doc, headline, pos, names);
        List<String> summary = summarizer.summarize(doc, headline);
        var entities = entityFinder.find(doc, headline, found.speakers(), names);
        return new ArticleSummary(id, null, headline.title(), headline.dateline(), "en", summary,
                found.speakers(), found.claims(), entities, ENGINE);
    }
}
