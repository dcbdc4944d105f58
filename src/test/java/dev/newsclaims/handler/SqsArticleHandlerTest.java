package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.EventSourceMapping;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.local.LocalSqs;
import dev.newsclaims.process.S3Notifications;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * The article function behind the queue: S3 notifications in SQS messages (ElasticMQ), partial batch
 * responses, redelivery and outages, read back from S3Proxy and dynalite.
 */
@QuarkusTest
@TestProfile(QueueProfile.class)
class SqsArticleHandlerTest {

    @Inject
    S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    private LocalSqs queue;
    private SqsClient sqs;

    @BeforeEach
    void openQueue() {
        queue = LocalAwsResource.aws().sqs();
        sqs = queue.client();
        sqs.purgeQueue(b -> b.queueUrl(queue.queueUrl()));
        sqs.purgeQueue(b -> b.queueUrl(queue.deadLetterQueueUrl()));
    }

    @AfterEach
    void closeQueue() {
        sqs.close();
    }

    private static byte[] article(String who, int n) {
        return ("Harbour report " + n + "\n\nThe port authority approved berth number " + n + " on Friday, director "
                + who + " said. \u201cIt will open in spring,\u201d " + who + " told reporters.")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads an object and returns the notification S3 would put on the queue for it. */
    private String upload(String key, byte[] bytes, String sequencer) {
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return S3Notifications.objectCreated(json,
                new S3ObjectRef(LocalAws.BUCKET, key, null, null, bytes.length, sequencer, Instant.now().toString()),
                "ObjectCreated:Put");
    }

    private String send(String body) {
        return sqs.sendMessage(b -> b.queueUrl(queue.queueUrl()).messageBody(body)).messageId();
    }

    /** Receives up to {@code n} messages in one batch, as Lambda's poller does, without deleting them. */
    private List<Message> receive(int n) throws InterruptedException {
        List<Message> batch = new ArrayList<>();
        for (int attempt = 0; attempt < 20 && batch.size() < n; attempt++) {
            batch.addAll(sqs.receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(Math.min(10, n - batch.size()))
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).waitTimeSeconds(1)).messages());
        }
        return batch;
    }

    private static String invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).when().post().then().statusCode(200).extract().asString();
    }

    private Set<String> reportedFailures(String response) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode failure : json.readTree(response).get("batchItemFailures")) {
            ids.add(failure.get("itemIdentifier").asText());
        }
        return ids;
    }

    private EventSourceMapping mapping() {
        return new EventSourceMapping(sqs, queue.queueUrl(), 10, Duration.ZERO, 1, SqsArticleHandlerTest::invoke).start();
    }

    @Test
    void aPoisonMessageIsTheOnlyOneReportedAndEndsInTheDeadLetterQueue() throws Exception {
        Map<String, String> keyByMessage = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String key = "poison/good-" + i + ".txt";
            keyByMessage.put(send(upload(key, article("Ines Okafor", i), "0A0" + i)), key);
        }
        String poison = send("{\"hello\": \"not an S3 notification\"}");
        String test = send("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-12-02T06:00:00.000Z\","
                + "\"Bucket\":\"articles\",\"RequestId\":\"R1\",\"HostId\":\"H1\"}");
        List<Message> batch = receive(5);
        assertThat(batch).hasSize(5);

        Set<String> failed = reportedFailures(invoke(EventSourceMapping.sqsEvent(batch)));

        assertThat(failed).containsExactly(poison);
        assertThat(keyByMessage).doesNotContainKey(test);
        for (String key : keyByMessage.values()) {
            var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
            assertThat(outcome.outcome()).isEqualTo("summarized");
            assertThat(store.find(outcome.summaryId())).isPresent();
        }
        // Lambda deletes the others; the poison message comes back until the redrive policy moves it aside.
        sqs.deleteMessageBatch(b -> b.queueUrl(queue.queueUrl()).entries(batch.stream()
                .filter(m -> !failed.contains(m.messageId()))
                .map(m -> software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder()
                        .id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                .toList()));
        try (EventSourceMapping mapping = mapping()) {
            assertThat(mapping.awaitDrained(Duration.ofSeconds(30))).isTrue();
        }
        List<Message> dead = sqs.receiveMessage(b -> b.queueUrl(queue.deadLetterQueueUrl()).maxNumberOfMessages(10)
                .waitTimeSeconds(1)).messages();
        assertThat(dead).extracting(Message::body).containsExactly("{\"hello\": \"not an S3 notification\"}");
    }

    @Test
    void aMessageRedeliveredAfterTheVisibilityTimeoutStoresOneResult() throws Exception {
        String key = "redelivered/story.txt";
        send(upload(key, article("Ravi Menon", 1), "0B01"));
        // A first delivery whose deletion never happens (the poller crashed after the function returned).
        List<Message> first = receive(1);
        assertThat(reportedFailures(invoke(EventSourceMapping.sqsEvent(first)))).isEmpty();
        var afterFirst = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();

        try (EventSourceMapping mapping = mapping()) {
            assertThat(mapping.awaitDrained(Duration.ofSeconds(30))).isTrue();
            assertThat(mapping.stats().messages.get()).as("delivered again").isEqualTo(1);
        }

        var afterRedelivery = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        assertThat(afterRedelivery.outcome()).isEqualTo("summarized");
        assertThat(afterRedelivery.summaryId()).isEqualTo(afterFirst.summaryId());
        assertThat(afterRedelivery.updatedAt()).as("the redelivery wrote nothing").isEqualTo(afterFirst.updatedAt());
        var claims = store.claimsBy("Ravi Menon", null, 100).claims();
        assertThat(claims).extracting(SummaryStore.IndexedClaim::articleId).containsOnly(afterFirst.summaryId());
        assertThat(new HashSet<>(claims.stream().map(SummaryStore.IndexedClaim::claimJson).toList())).hasSize(claims.size());
        assertThat(LocalSqs.depth(sqs, queue.deadLetterQueueUrl())).isZero();
    }

    @Test
    void aDynamoDbOutageMidBatchFailsOnlyTheUnfinishedMessages() throws Exception {
        int n = 10;
        Map<String, String> keyByMessage = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = "outage/q" + i + ".txt";
            keyByMessage.put(send(upload(key, article("Lea Brandt", 100 + i), "0C" + String.format("%02d", i))), key);
        }
        List<Message> batch = receive(n);
        assertThat(batch).hasSize(n);
        String firstKey = keyByMessage.get(batch.get(0).messageId());
        LocalAws aws = LocalAwsResource.aws();
        Thread killer = new Thread(() -> {
            // Cut DynamoDB off as soon as the batch has finished its first message.
            try (var db = aws.dynamoDbClient()) {
                for (int i = 0; i < 2_000; i++) {
                    var item = db.getItem(b -> b.tableName(LocalAws.TABLE).consistentRead(true).key(Map.of(
                            "pk", AttributeValue.fromS("O#articles/" + firstKey), "sk", AttributeValue.fromS("OBJECT"))));
                    if (item.hasItem() && item.item().containsKey("outcome")
                            && "summarized".equals(item.item().get("outcome").s())) {
                        break;
                    }
                    Thread.sleep(2);
                }
            } catch (Exception e) {
                // killed anyway below
            }
            aws.killDynamoDb();
        });
        killer.start();

        Set<String> failed;
        try {
            failed = reportedFailures(invoke(EventSourceMapping.sqsEvent(batch)));
        } finally {
            killer.join();
            aws.restartDynamoDb();
        }

        assertThat(failed).as("the messages after the outage are handed back").isNotEmpty().doesNotContain(batch.get(0).messageId());
        for (Message m : batch) {
            if (!failed.contains(m.messageId())) {
                assertThat(store.objectOutcome(LocalAws.BUCKET, keyByMessage.get(m.messageId())).orElseThrow().outcome())
                        .as("a message not reported is finished").isEqualTo("summarized");
            }
        }
        // Lambda deletes the finished ones; the rest come back after the visibility timeout.
        for (Message m : batch) {
            if (!failed.contains(m.messageId())) {
                sqs.deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(m.receiptHandle()));
            }
        }
        try (EventSourceMapping mapping = mapping()) {
            assertThat(mapping.awaitDrained(Duration.ofSeconds(60))).isTrue();
            assertThat(mapping.stats().messages.get()).isEqualTo(failed.size());
        }
        Set<String> summaryIds = new HashSet<>();
        for (String key : keyByMessage.values()) {
            var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
            assertThat(outcome.outcome()).isEqualTo("summarized");
            assertThat(store.find(outcome.summaryId())).isPresent();
            summaryIds.add(outcome.summaryId());
        }
        assertThat(summaryIds).hasSize(n);
        var claims = store.claimsBy("Lea Brandt", null, 100).claims();
        assertThat(claims.stream().map(SummaryStore.IndexedClaim::articleId).distinct()).hasSize(n);
        Set<String> distinct = new HashSet<>();
        claims.forEach(c -> distinct.add(c.articleId() + c.claimJson()));
        assertThat(distinct).as("no claim indexed twice").hasSize(claims.size());
        assertThat(LocalSqs.depth(sqs, queue.deadLetterQueueUrl())).isZero();
    }
}
