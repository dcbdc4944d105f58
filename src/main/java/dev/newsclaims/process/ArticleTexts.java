package dev.newsclaims.process;

import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.model.Source;
import dev.newsclaims.store.SummaryStore;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The text of a summarised article as the extractor saw it, so that a reader can place the summary's
 * offsets: an S3 article's object version read again and decoded by the same ingest step; a posted
 * article's text from the table, where it was stored gzipped when posted.
 */
public class ArticleTexts {

    private final ObjectReader reader;
    private final ArticlePipeline pipeline;
    private final SummaryStore store;

    public ArticleTexts(S3Client s3, SummaryStore store, ArticlePipeline pipeline, long maxArticleBytes) {
        this.reader = new ObjectReader(s3, maxArticleBytes);
        this.pipeline = pipeline;
        this.store = store;
    }

    /** The text, or why there is none ({@code text} null, {@code reason} in words). */
    public record Found(String text, String reason) {
        static Found missing(String reason) {
            return new Found(null, reason);
        }
    }

    /**
     * {@code source} is the summary's source (null for a posted article). An S3 object is read by its
     * version, or, in a bucket without versions, only while it still has the ETag that was summarised.
     * S3 being unavailable passes through as its exception.
     */
    public Found text(String id, Source source) {
        if (source == null || source.bucket() == null || source.key() == null) {
            return store.postedText(id).map(t -> new Found(t, null))
                    .orElseGet(() -> Found.missing("The text of this posted article was not stored (posted before texts were"
                            + " kept, or too large to keep)."));
        }
        ObjectReader.Fetched fetched;
        try {
            boolean versioned = source.versionId() != null && !source.versionId().isBlank();
            fetched = reader.read(source.bucket(), source.key(), source.versionId(),
                    versioned || source.etag() == null ? null : "\"" + source.etag() + "\"");
        } catch (AwsServiceException e) {
            if (ArticleProcessor.isTransient(e)) {
                throw e;
            }
            return Found.missing(switch (e.statusCode()) {
                case 404 -> "The article's object is no longer in the bucket.";
                case 412 -> "The article's object has changed since it was summarised.";
                case 403 -> "The article's object may not be read.";
                default -> "S3 refused to read the article's object (" + e.statusCode() + ").";
            });
        }
        if (fetched == null) {
            return Found.missing("The article's object is larger than the limit.");
        }
        IngestedArticle article = pipeline.read(fetched.bytes(), fetched.contentType(), source.key());
        if (article.status() != IngestedArticle.Status.TEXT) {
            return Found.missing("The article's object no longer reads as an article text.");
        }
        return new Found(article.text(), null);
    }
}
