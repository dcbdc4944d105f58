package dev.newsclaims.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.store.SummaryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** S3 refusing the read (403, as with a missing permission) is permanent: recorded, never retried. */
class ArticleProcessorAccessTest {

    private static LocalAws aws;

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.startTransient();
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
    }

    @Test
    void accessDeniedIsRecordedAndNotRetried() {
        byte[] article = "Title\n\nThe mayor said the bridge will reopen in May.".getBytes(StandardCharsets.UTF_8);
        try (S3Client owner = aws.s3Client();
                S3Client deniedReader = S3Client.builder()
                        .region(Region.of(LocalAws.REGION))
                        .endpointOverride(URI.create(aws.s3Endpoint()))
                        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(LocalAws.ACCESS_KEY, "a-secret-s3-does-not-accept")))
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .build();
                var db = aws.dynamoDbClient()) {
            owner.putObject(b -> b.bucket(LocalAws.BUCKET).key("private/story.txt"), RequestBody.fromBytes(article));
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, new ObjectMapper());
            ArticleProcessor processor = new ArticleProcessor(deniedReader, store, new ArticlePipeline(new ArticleDecoder(), new Extractor()),
                    1_000_000, Clock.systemUTC());

            ObjectResult result = processor.process(new S3ObjectRef(LocalAws.BUCKET, "private/story.txt", null, null,
                    article.length, "0A", "2026-11-25T10:00:00Z"));

            assertThat(result.outcome()).isEqualTo("access_denied");
            assertThat(result.retry()).isFalse();
            assertThat(store.objectOutcome(LocalAws.BUCKET, "private/story.txt").orElseThrow().outcome())
                    .isEqualTo("access_denied");
        }
    }
}
