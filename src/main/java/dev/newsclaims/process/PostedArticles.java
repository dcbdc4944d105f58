package dev.newsclaims.process;

import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.store.SummaryStore;
import java.time.Clock;
import java.time.Instant;

/** Articles posted to the API: the same ingest, extraction and store as S3 objects; the text is its own id. */
public class PostedArticles {

    private final SummaryStore store;
    private final ArticlePipeline pipeline;
    private final Clock clock;

    public PostedArticles(SummaryStore store, ArticlePipeline pipeline, Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** The result of a post: the stored summary JSON, and whether this post created it. */
    public record Posted(String id, String json, boolean created) {}

    /** Raised when the posted content holds no article we summarise; {@code refused} says why. */
    public static final class NotAnArticleException extends RuntimeException {
        private final ArticlePipeline.Refused refused;

        public NotAnArticleException(ArticlePipeline.Refused refused) {
            super(refused.reason(), null, false, false);
            this.refused = refused;
        }

        public ArticlePipeline.Refused refused() {
            return refused;
        }
    }

    /** A body as sent, in its declared content type (text/plain, text/html, text/markdown, with or without a charset). */
    public Posted post(byte[] body, String contentType, String title) {
        return save(pipeline.fromBytes(null, body, contentType, null, title), title);
    }

    /** Article text that arrived as a JSON string. */
    public Posted postText(String text, String title) {
        return save(pipeline.fromText(null, text, "text/plain", title), title);
    }

    /** Decodes a JSON body's bytes with the same charset rules as an article. */
    public String characters(byte[] body, String contentType) {
        return pipeline.characters(body, contentType);
    }

    private Posted save(ArticlePipeline.Result result, String title) {
        if (result instanceof ArticlePipeline.Refused refused) {
            throw new NotAnArticleException(refused);
        }
        var summarized = (ArticlePipeline.Summarized) result;
        String id = ArticleIds.forPostedText(title, summarized.article().text());
        ArticleSummary summary = summarized.summary().withIdAndSource(id, null);
        var saved = store.savePosted(summary, Timestamps.format(Instant.now(clock)), summarized.article().text());
        return new Posted(id, saved.summary().json(), saved.created());
    }
}
