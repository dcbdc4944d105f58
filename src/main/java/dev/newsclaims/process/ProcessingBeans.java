package dev.newsclaims.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.store.SummaryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Wires the plain classes together; the only CDI-aware code besides the handlers. */
@ApplicationScoped
public class ProcessingBeans {

    @ConfigProperty(name = "newsclaims.table")
    String table;

    @ConfigProperty(name = "newsclaims.max-article-bytes", defaultValue = "5242880")
    long maxArticleBytes;

    @ConfigProperty(name = "newsclaims.summary-words", defaultValue = "75")
    int summaryWords;

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return new Extractor(summaryWords);
    }

    @Produces
    @ApplicationScoped
    ArticleDecoder articleDecoder() {
        return new ArticleDecoder();
    }

    @Produces
    @ApplicationScoped
    SummaryStore summaryStore(DynamoDbClient dynamoDb, ObjectMapper json) {
        return new SummaryStore(dynamoDb, table, json);
    }

    @Produces
    @ApplicationScoped
    ArticleProcessor articleProcessor(S3Client s3, SummaryStore store, ArticlePipeline pipeline) {
        return new ArticleProcessor(s3, store, pipeline, maxArticleBytes, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    ArticlePipeline articlePipeline(ArticleDecoder decoder, Extractor extractor) {
        return new ArticlePipeline(decoder, extractor);
    }

    @Produces
    @ApplicationScoped
    ArticleTexts articleTexts(S3Client s3, SummaryStore store, ArticlePipeline pipeline) {
        return new ArticleTexts(s3, store, pipeline, maxArticleBytes);
    }

    @Produces
    @ApplicationScoped
    PostedArticles postedArticles(SummaryStore store, ArticlePipeline pipeline) {
        return new PostedArticles(store, pipeline, Clock.systemUTC());
    }
}
