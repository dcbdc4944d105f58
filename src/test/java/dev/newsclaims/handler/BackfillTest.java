package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.backfill.QueueFeeder;
import dev.newsclaims.backfill.Reprocessing;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.local.EventSourceMapping;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.local.LocalSqs;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A bucket that already holds 1,000 articles, summarised by a backfill through the queue and the real
 * handler; a second backfill, and a reprocessing after an engine upgrade, read back from dynalite.
 */
@QuarkusTest
@TestProfile(QueueProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackfillTest {

    private static final int OBJECTS = 1_000;
    private static final String PREFIX = "archive/";
    private static final List<String> PEOPLE = List.of("Amara Osei", "Tomas Varga", "Keiko Tanaka", "Luis Ortega",
            "Fatima Rahman", "Jonas Berg", "Priya Nair", "Olga Petrova", "Samuel Adeyemi", "Marta Silva");

    @Inject
    S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    private static String article(int i) {
        String who = PEOPLE.get(i % PEOPLE.size());
        return "Archive story " + i + "\n\nThe regional council voted on proposal " + i + " on Tuesday, councillor " + who
                + " said. \u201cWe counted " + (i * 7 % 101) + " objections,\u201d " + who.split(" ")[1]
                + " told reporters. The vote ends a debate that lasted " + (i % 12 + 1) + " months.";
    }

    private static String invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).when().post().then().statusCode(200).extract().asString();
    }

    /** Every item of the table, as comparable strings. */
    private static Set<String> tableSnapshot(DynamoDbClient db) {
        Set<String> items = new HashSet<>();
        db.scanPaginator(b -> b.tableName(LocalAws.TABLE)).items().forEach(item -> items.add(new java.util.TreeMap<>(item).toString()));
        return items;
    }

    private EventSourceMapping.Stats drain(SqsClient sqs, LocalSqs queue) throws InterruptedException {
        try (EventSourceMapping mapping = new EventSourceMapping(sqs, queue.queueUrl(), 10, Duration.ZERO, 1,
                BackfillTest::invoke).start()) {
            assertThat(mapping.awaitDrained(Duration.ofMinutes(5))).as("queue drained").isTrue();
            return mapping.stats();
        }
    }

    @Test
    @Order(1)
    void aBackfillSummarisesEveryObjectOnceAndASecondBackfillChangesNothing() throws Exception {
        ExecutorService uploads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < OBJECTS; i++) {
            String key = PREFIX + String.format("%04d", i) + (i % 3 == 0 ? "/story one.txt" : ".txt");
            byte[] bytes = article(i).getBytes(StandardCharsets.UTF_8);
            done.add(uploads.submit(() -> s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"),
                    RequestBody.fromBytes(bytes))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        uploads.shutdown();
        LocalSqs queue = LocalAwsResource.aws().sqs();
        try (SqsClient sqs = queue.client(); DynamoDbClient db = LocalAwsResource.aws().dynamoDbClient()) {
            QueueFeeder feeder = new QueueFeeder(sqs, queue.queueUrl(), json);

            QueueFeeder.Totals first = feeder.enqueuePrefix(s3, LocalAws.BUCKET, PREFIX);
            EventSourceMapping.Stats drained = drain(sqs, queue);

            assertThat(first.listed()).isEqualTo(OBJECTS);
            assertThat(first.enqueued()).isEqualTo(OBJECTS);
            assertThat(first.requests()).isEqualTo(OBJECTS / 10);
            assertThat(drained.messages.get()).isEqualTo(OBJECTS);
            assertThat(drained.reportedFailures.get()).isZero();
            assertThat(drained.deleted.get()).isEqualTo(OBJECTS);
            Map<String, String> summaryByKey = new HashMap<>();
            for (var item : db.scanPaginator(b -> b.tableName(LocalAws.TABLE)).items()) {
                String pk = item.get("pk").s();
                if (pk.startsWith("O#articles/" + PREFIX)) {
                    assertThat(item.get("outcome").s()).as(pk).isEqualTo("summarized");
                    assertThat(item.get("engineVersion").s()).isEqualTo(Extractor.ENGINE.version());
                    assertThat(summaryByKey.put(item.get("key").s(), item.get("summaryId").s())).as("one outcome per key").isNull();
                }
            }
            assertThat(summaryByKey).hasSize(OBJECTS);
            assertThat(new HashSet<>(summaryByKey.values())).as("one summary per object").hasSize(OBJECTS);
            for (var entry : summaryByKey.entrySet()) {
                var summary = json.readTree(store.find(entry.getValue()).orElseThrow().json());
                assertThat(summary.at("/source/key").asText()).isEqualTo(entry.getKey());
            }
            Map<String, Integer> indexItemsPerArticle = new HashMap<>();
            for (var item : db.scanPaginator(b -> b.tableName(LocalAws.TABLE)).items()) {
                if (item.get("pk").s().startsWith("S#") && summaryByKey.containsValue(item.get("articleId").s())) {
                    indexItemsPerArticle.merge(item.get("articleId").s(), 1, Integer::sum);
                }
            }
            assertThat(indexItemsPerArticle).hasSize(OBJECTS);
            assertThat(new HashSet<>(indexItemsPerArticle.values())).as("one speaker, one index item per article").containsOnly(1);

            Set<String> before = tableSnapshot(db);
            QueueFeeder.Totals second = feeder.enqueuePrefix(s3, LocalAws.BUCKET, PREFIX);
            EventSourceMapping.Stats again = drain(sqs, queue);

            assertThat(second.enqueued()).isEqualTo(OBJECTS);
            assertThat(again.messages.get()).isEqualTo(OBJECTS);
            assertThat(again.reportedFailures.get()).isZero();
            assertThat(tableSnapshot(db)).as("the second backfill stored nothing").isEqualTo(before);
            assertThat(LocalSqs.depth(sqs, queue.deadLetterQueueUrl())).isZero();
        }
    }

    @Test
    @Order(2)
    void reprocessingRedoesOnlyTheSummariesOfAnOlderEngine() throws Exception {
        LocalSqs queue = LocalAwsResource.aws().sqs();
        try (SqsClient sqs = queue.client(); DynamoDbClient db = LocalAwsResource.aws().dynamoDbClient()) {
            List<String> olderKeys = new ArrayList<>();
            for (int i = 0; i < OBJECTS; i += 40) {
                olderKeys.add(PREFIX + String.format("%04d", i) + (i % 3 == 0 ? "/story one.txt" : ".txt"));
            }
            Map<String, String> summaryIds = new HashMap<>();
            for (String key : olderKeys) {
                var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
                summaryIds.put(key, outcome.summaryId());
                // As an older release left it: another engine version on the outcome.
                db.updateItem(b -> b.tableName(LocalAws.TABLE)
                        .key(Map.of("pk", AttributeValue.fromS("O#" + LocalAws.BUCKET + "/" + key), "sk", AttributeValue.fromS("OBJECT")))
                        .updateExpression("SET engineVersion = :old")
                        .expressionAttributeValues(Map.of(":old", AttributeValue.fromS("0.0.9"))));
            }
            // The older engine also named a speaker the current one does not find in the first article.
            String first = olderKeys.get(0);
            var firstSummary = db.getItem(b -> b.tableName(LocalAws.TABLE).key(Map.of(
                    "pk", AttributeValue.fromS("A#" + summaryIds.get(first)), "sk", AttributeValue.fromS("SUMMARY")))).item();
            String createdAt = firstSummary.get("createdAt").s();
            String order = firstSummary.get("sequencer").s();
            db.putItem(b -> b.tableName(LocalAws.TABLE).item(Map.of("pk", AttributeValue.fromS("S#ghost speaker"),
                    "sk", AttributeValue.fromS(createdAt + "#" + summaryIds.get(first)), "speaker", AttributeValue.fromS("Ghost Speaker"),
                    "articleId", AttributeValue.fromS(summaryIds.get(first)), "createdAt", AttributeValue.fromS(createdAt),
                    "sequencer", AttributeValue.fromS(order), "claims", AttributeValue.fromS("[{\"text\":\"old\"}]"))));
            db.updateItem(b -> b.tableName(LocalAws.TABLE).key(Map.of(
                    "pk", AttributeValue.fromS("A#" + summaryIds.get(first)), "sk", AttributeValue.fromS("SUMMARY")))
                    .updateExpression("ADD speakerKeys :ghost")
                    .expressionAttributeValues(Map.of(":ghost", AttributeValue.fromSs(List.of("ghost speaker")))));
            assertThat(store.claimsBy("Ghost Speaker", null, 10).claims()).hasSize(1);
            Set<String> untouched = new HashSet<>();
            tableSnapshot(db).stream().filter(item -> olderKeys.stream().noneMatch(item::contains)
                    && summaryIds.values().stream().noneMatch(item::contains)).forEach(untouched::add);

            Reprocessing.Totals totals = new Reprocessing(db, LocalAws.TABLE, new QueueFeeder(sqs, queue.queueUrl(), json))
                    .enqueueStale();
            EventSourceMapping.Stats drained = drain(sqs, queue);

            assertThat(totals.stale()).isEqualTo(olderKeys.size());
            assertThat(totals.enqueued()).isEqualTo(olderKeys.size());
            assertThat(drained.messages.get()).isEqualTo(olderKeys.size());
            for (String key : olderKeys) {
                var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
                assertThat(outcome.engineVersion()).isEqualTo(Extractor.ENGINE.version());
                assertThat(outcome.summaryId()).as("the same object version keeps its id").isEqualTo(summaryIds.get(key));
                assertThat(outcome.outcome()).isEqualTo("summarized");
            }
            assertThat(tableSnapshot(db)).as("nothing else was rewritten").containsAll(untouched);
            assertThat(store.claimsBy("Ghost Speaker", null, 10).claims()).as("the older engine's index item is gone").isEmpty();
            assertThat(store.claimsBy(PEOPLE.get(0), null, 200).claims()).extracting(SummaryStore.IndexedClaim::articleId)
                    .contains(summaryIds.get(first));

            Reprocessing.Totals none = new Reprocessing(db, LocalAws.TABLE, new QueueFeeder(sqs, queue.queueUrl(), json))
                    .enqueueStale();
            assertThat(none.stale()).isZero();
            assertThat(none.scanned()).isGreaterThanOrEqualTo(OBJECTS * 3L);
        }
    }
}
