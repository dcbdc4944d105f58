package dev.newsclaims.process;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.store.SummaryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/** Articles posted to the API: same ingest, extraction and store as S3 objects; the text is its own id. */
public class PostedArticles {

    private final SummaryStore store;
    private final ArticleDecoder decoder;
    private final Extractor extractor;
    private final Clock clock;

    public PostedArticles(SummaryStore store, ArticleDecoder decoder, Extractor extractor, Clock clock) {
        this.store = store;
        this.decoder = decoder;
        this.extractor = extractor;
        this.clock = clock;
    }

    /** The result of a post: the stored summary JSON, and whether this post created it. */
    public record Posted(String id, String json, boolean created) {}

    /** Raised when the posted content holds no article text. */
    public static final class NotAnArticleException extends RuntimeException {
        public NotAnArticleException(String reason) {
            super(reason);
        }
    }

    public Posted post(String text, String title, String contentType) {
        IngestedArticle article = decoder.decode(text.getBytes(StandardCharsets.UTF_8), contentType, null);
        if (article.status() != IngestedArticle.Status.TEXT) {
            throw new NotAnArticleException(article.reason());
        }
        String id = ArticleIds.forPostedText(title, article.text());
        ArticleSummary summary = extractor.extract(id, article.text(), title);
        var saved = store.savePosted(summary, Timestamps.format(Instant.now(clock)));
        return new Posted(id, saved.summary().json(), saved.created());
    }
}
