package dev.newsclaims.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The speaker index never says what the bucket no longer says: a new version, a deletion, a late older
 * event or a retry leaves exactly the current version's claims, counts and directory entries. Real S3
 * (S3Proxy) and DynamoDB (dynalite).
 */
class SpeakerIndexTest {

    private static LocalAws aws;
    private static S3Client s3;
    private static DynamoDbClient db;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.startTransient();
        s3 = aws.s3Client();
        db = aws.dynamoDbClient();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        s3.close();
        aws.close();
    }

    private static SummaryStore store(DynamoDbClient client) {
        return new SummaryStore(client, LocalAws.TABLE, JSON);
    }

    private static ArticleProcessor processor(DynamoDbClient client) {
        return new ArticleProcessor(s3, store(client), new ArticlePipeline(new ArticleDecoder(), new Extractor()), 1_000_000, Clock.systemUTC());
    }

    private static byte[] quoting(String speaker, String words) {
        return ("Council backs the plan\n\nThe council approved the plan on Monday. \u201c" + words + ",\u201d "
                + speaker + " told reporters.\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads the bytes and returns the event S3 would send for them. */
    private static S3ObjectRef upload(String key, byte[] bytes, String sequencer, String eventTime) {
        var put = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return new S3ObjectRef(LocalAws.BUCKET, key, null, put.eTag().replace("\"", ""), bytes.length, sequencer, eventTime);
    }

    private static List<String> articlesQuoting(String speaker) {
        List<String> ids = new ArrayList<>();
        store(db).claimsBy(speaker, null, 100).claims().forEach(c -> ids.add(c.articleId()));
        return ids;
    }

    private static int indexItems(String speaker) {
        return db.query(q -> q.tableName(LocalAws.TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("S#" + SummaryStore.speakerKey(speaker)))))
                .count();
    }

    /**
     * The speaker's month counts and directory entries that count something: none once no listed article of
     * the speaker is left (what stays is zero counts that expire).
     */
    private static List<String> countItems(String speaker) {
        String key = SummaryStore.speakerKey(speaker);
        List<String> keys = new ArrayList<>();
        db.scan(b -> b.tableName(LocalAws.TABLE).filterExpression("pk = :c OR (begins_with(pk, :n) AND contains(sk, :k))")
                .expressionAttributeValues(Map.of(":c", AttributeValue.fromS("C#" + key), ":n", AttributeValue.fromS("N#"),
                        ":k", AttributeValue.fromS("#" + key))))
                .items().forEach(i -> {
                    if (!"0".equals(i.get("articles").n()) || !i.containsKey("expiresAt")) {
                        keys.add(i.get("pk").s() + " " + i.get("sk").s() + " " + i.get("articles").n());
                    }
                });
        return keys;
    }

    private static long articlesCounted(String speaker) {
        var found = store(db).searchSpeakers(speaker, null, 10).speakers();
        return found.size() == 1 ? found.get(0).articles() : -found.size();
    }

    @Test
    void aNewerVersionReplacesTheOlderVersionsClaims() {
        var v1 = processor(db).process(upload("fix/story.txt", quoting("Bea Costa", "We will build it"), "0A01", "2026-12-01T10:00:00Z"));
        var v2 = processor(db).process(upload("fix/story.txt", quoting("Carl Dunn", "We will build it"), "0A02", "2026-12-01T11:00:00Z"));

        assertThat(v1.outcome()).isEqualTo("summarized");
        assertThat(v2.outcome()).isEqualTo("summarized");
        assertThat(v2.summaryId()).isNotEqualTo(v1.summaryId());
        assertThat(articlesQuoting("Bea Costa")).as("the corrected attribution is gone").isEmpty();
        assertThat(indexItems("Bea Costa")).isZero();
        assertThat(countItems("Bea Costa")).isEmpty();
        assertThat(articlesQuoting("Carl Dunn")).containsExactly(v2.summaryId());
        assertThat(articlesCounted("Carl Dunn")).isEqualTo(1);
        assertThat(store(db).find(v1.summaryId())).isEmpty();
        var recorded = store(db).objectOutcome(LocalAws.BUCKET, "fix/story.txt").orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("summarized");
        assertThat(recorded.summaryId()).isEqualTo(v2.summaryId());
    }

    @Test
    void aNewerVersionThatIsNotAnArticleAlsoRetractsTheOlderClaims() {
        var v1 = processor(db).process(upload("fix/pdf.txt", quoting("Dora Ek", "Prices will fall"), "0B01", "2026-12-01T10:00:00Z"));
        var v2 = processor(db).process(upload("fix/pdf.txt", "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII),
                "0B02", "2026-12-01T11:00:00Z"));

        assertThat(v1.outcome()).isEqualTo("summarized");
        assertThat(v2.outcome()).isEqualTo("unsupported");
        assertThat(articlesQuoting("Dora Ek")).isEmpty();
        assertThat(countItems("Dora Ek")).isEmpty();
        assertThat(store(db).find(v1.summaryId())).isEmpty();
        assertThat(store(db).objectOutcome(LocalAws.BUCKET, "fix/pdf.txt").orElseThrow().outcome()).isEqualTo("unsupported");
    }

    @Test
    void aDeletedObjectLeavesTheIndexAndALateCreateCannotBringItBack() {
        S3ObjectRef created = upload("gone/story.txt", quoting("Eva Falk", "The mine will close"), "0C01", "2026-12-01T10:00:00Z");
        var stored = processor(db).process(created);
        s3.deleteObject(b -> b.bucket(LocalAws.BUCKET).key("gone/story.txt"));

        var deleted = processor(db).remove(new S3ObjectRef(LocalAws.BUCKET, "gone/story.txt", null, null, 0, "0C02",
                "2026-12-01T10:05:00Z"), false);
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("gone/story.txt"), RequestBody.fromBytes(quoting("Eva Falk", "x")));
        var late = processor(db).process(created);

        assertThat(stored.outcome()).isEqualTo("summarized");
        assertThat(deleted.outcome()).isEqualTo("deleted");
        assertThat(late.outcome()).isEqualTo("superseded");
        assertThat(articlesQuoting("Eva Falk")).isEmpty();
        assertThat(indexItems("Eva Falk")).isZero();
        assertThat(countItems("Eva Falk")).as("a late create event brings no count back").isEmpty();
        assertThat(store(db).find(stored.summaryId())).isEmpty();
        ObjectOutcome recorded = store(db).objectOutcome(LocalAws.BUCKET, "gone/story.txt").orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("deleted");
        assertThat(recorded.sequencer()).isEqualTo(new S3ObjectRef(null, null, null, null, 0, "0C02", null).order());
    }

    /** S3Proxy keeps no versions: the version "v1" of a versioned bucket is recorded as the function records it. */
    @Test
    void aDeleteMarkerRemovesTheArticleButDeletingAnotherVersionDoesNot() {
        String id = ArticleIds.forObject(LocalAws.BUCKET, "marker/story.txt", "v1", null);
        var summary = new dev.newsclaims.extract.Extractor().extract(id,
                new String(quoting("Gus Holm", "The road reopens"), StandardCharsets.UTF_8), null);
        store(db).recordObject(new ObjectOutcome(LocalAws.BUCKET, "marker/story.txt", "v1",
                new S3ObjectRef(null, null, null, null, 0, "0D01", null).order(), "summarized", id, null, "text",
                "2026-12-01T10:00:00.000Z", dev.newsclaims.extract.Extractor.ENGINE.version()), summary,
                "2026-12-01T10:00:00.000Z");
        assertThat(articlesQuoting("Gus Holm")).containsExactly(id);

        var otherVersion = processor(db).remove(new S3ObjectRef(LocalAws.BUCKET, "marker/story.txt", "v0", null, 0, "0D02",
                "2026-12-01T10:01:00Z"), false);
        assertThat(otherVersion.outcome()).isEqualTo("ignored");
        assertThat(articlesQuoting("Gus Holm")).containsExactly(id);

        var marker = processor(db).remove(new S3ObjectRef(LocalAws.BUCKET, "marker/story.txt", "marker-1", null, 0, "0D03",
                "2026-12-01T10:02:00Z"), true);

        assertThat(marker.outcome()).isEqualTo("deleted");
        assertThat(articlesQuoting("Gus Holm")).isEmpty();
        assertThat(countItems("Gus Holm")).isEmpty();
        assertThat(store(db).find(id)).isEmpty();
        assertThat(store(db).objectOutcome(LocalAws.BUCKET, "marker/story.txt").orElseThrow().outcome()).isEqualTo("deleted");
    }

    @Test
    void theSameBytesDroppedAgainWithANewEventTimeAreListedOnce() {
        byte[] bytes = quoting("Ida Juul", "Taxes stay as they are");
        var first = processor(db).process(upload("again/story.txt", bytes, "0E01", "2026-12-01T10:00:00Z"));
        var second = processor(db).process(upload("again/story.txt", bytes, "0E02", "2026-12-02T09:00:00Z"));

        assertThat(first.outcome()).isEqualTo("summarized");
        assertThat(second.outcome()).isEqualTo("summarized");
        assertThat(second.summaryId()).isEqualTo(first.summaryId());
        assertThat(indexItems("Ida Juul")).isEqualTo(1);
        assertThat(articlesCounted("Ida Juul")).as("counted once").isEqualTo(1);
        var claims = store(db).claimsBy("Ida Juul", null, 100).claims();
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).createdAt()).as("dated once, when first stored").isEqualTo("2026-12-01T10:00:00.000Z");
        assertThat(store(db).find(first.summaryId())).isPresent();
    }

    @Test
    void eventsWithoutASequencerAreNotTakenForDuplicates() {
        var v1 = processor(db).process(upload("noseq/story.txt", quoting("Kai Lund", "Rents will rise"), null, "2026-12-01T10:00:00Z"));
        var v2 = processor(db).process(upload("noseq/story.txt", quoting("Lea Moe", "Rents will rise"), null, "2026-12-01T10:00:01Z"));

        assertThat(v1.outcome()).isEqualTo("summarized");
        assertThat(v2.outcome()).isEqualTo("summarized");
        assertThat(articlesQuoting("Kai Lund")).isEmpty();
        assertThat(countItems("Kai Lund")).isEmpty();
        assertThat(articlesQuoting("Lea Moe")).containsExactly(v2.summaryId());
        assertThat(store(db).objectOutcome(LocalAws.BUCKET, "noseq/story.txt").orElseThrow().summaryId())
                .isEqualTo(v2.summaryId());
    }

    /**
     * A DynamoDB client that, just before its first request matching {@code when}, lets another event
     * run to completion: a deterministic interleaving of two Lambda invocations on the same key.
     */
    private static DynamoDbClient interleaving(Predicate<SdkRequest> when, Runnable other) {
        AtomicBoolean done = new AtomicBoolean();
        return client(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (when.test(context.request()) && done.compareAndSet(false, true)) {
                    other.run();
                }
            }
        });
    }

    private static DynamoDbClient client(ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder()
                .region(Region.of(LocalAws.REGION))
                .endpointOverride(URI.create(aws.dynamoDbEndpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY, LocalAws.SESSION_TOKEN)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
                .build();
    }

    private static boolean writesSummary(SdkRequest request) {
        return request instanceof PutItemRequest put && put.item().get("pk").s().startsWith("A#");
    }

    private static boolean writesFinalOutcome(SdkRequest request) {
        return request instanceof PutItemRequest put && put.item().get("pk").s().startsWith("O#")
                && !SummaryStore.PROCESSING.equals(put.item().get("outcome").s());
    }

    /**
     * A request DynamoDB refuses for good (here: the summary write addressed to a table that does not
     * exist, a real ResourceNotFoundException from dynalite) is recorded for that object as failed, not
     * retried, leaves nothing half-stored, and the next object goes on.
     */
    @Test
    void aPermanentDynamoDbErrorIsRecordedAsFailedAndNotRetried() {
        var bad = upload("perm/story.txt", quoting("Vera Wik", "The dam holds"), "1001", "2026-12-01T10:00:00Z");
        String badPk = "A#" + ArticleIds.forObject(LocalAws.BUCKET, "perm/story.txt", null, bad.etag());
        ExecutionInterceptor wrongTable = new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get("pk").s().equals(badPk)) {
                    return put.toBuilder().tableName("no-such-table").build();
                }
                return context.request();
            }
        };
        try (DynamoDbClient refusing = client(wrongTable)) {
            var failed = processor(refusing).process(bad);
            var next = processor(refusing).process(upload("perm/next.txt", quoting("Yann Zorn", "The dam holds"), "1002",
                    "2026-12-01T10:00:00Z"));

            assertThat(failed.outcome()).isEqualTo("failed");
            assertThat(failed.retry()).isFalse();
            assertThat(next.outcome()).isEqualTo("summarized");
        }
        var recorded = store(db).objectOutcome(LocalAws.BUCKET, "perm/story.txt").orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("failed");
        assertThat(recorded.reason()).contains("ResourceNotFoundException");
        assertThat(recorded.summaryId()).isNull();
        assertThat(indexItems("Vera Wik")).isZero();
        assertThat(countItems("Vera Wik")).isEmpty();
        assertThat(articlesQuoting("Yann Zorn")).hasSize(1);
        assertThat(articlesCounted("Yann Zorn")).isEqualTo(1);
    }

    /** The older event has claimed the key and read the object; the newer one runs before its summary is written. */
    @Test
    void anOlderEventOvertakenBeforeItsSummaryWriteLeavesNothing() {
        olderEventOvertaken("race1/story.txt", "Nils Ohm", "Pia Qvist", SpeakerIndexTest::writesSummary);
    }

    /** The older event has stored everything; the newer one completes before the older records its outcome. */
    @Test
    void anOlderEventOvertakenBeforeItsOutcomeWriteLeavesNothing() {
        olderEventOvertaken("race2/story.txt", "Rut Sand", "Tor Uhl", SpeakerIndexTest::writesFinalOutcome);
    }

    private void olderEventOvertaken(String key, String olderSpeaker, String newerSpeaker, Predicate<SdkRequest> when) {
        var older = upload(key, quoting(olderSpeaker, "The port will expand"), "0F01", "2026-12-01T10:00:00Z");
        byte[] newerBytes = quoting(newerSpeaker, "The port will expand");
        String[] newerId = new String[1];
        try (DynamoDbClient slow = interleaving(when, () -> {
            var newer = upload(key, newerBytes, "0F02", "2026-12-01T10:00:05Z");
            newerId[0] = processor(db).process(newer).summaryId();
        })) {
            // The older event's bytes are still what S3 serves when it reads: it reads before the interleaving.
            var result = processor(slow).process(older);

            assertThat(result.outcome()).isEqualTo("superseded");
        }
        String olderId = ArticleIds.forObject(LocalAws.BUCKET, key, null, older.etag());
        assertThat(store(db).find(olderId)).as("no summary of the older event").isEmpty();
        assertThat(indexItems(olderSpeaker)).as("no index item of the older event").isZero();
        assertThat(countItems(olderSpeaker)).as("no count or directory entry of the older event").isEmpty();
        assertThat(articlesQuoting(newerSpeaker)).containsExactly(newerId[0]);
        assertThat(articlesCounted(newerSpeaker)).isEqualTo(1);
        var recorded = store(db).objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("summarized");
        assertThat(recorded.summaryId()).isEqualTo(newerId[0]);
        assertThat(store(db).find(newerId[0])).isPresent();
    }
}
