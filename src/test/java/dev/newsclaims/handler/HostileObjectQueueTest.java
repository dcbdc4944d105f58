package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.hostile.HostileShapes;
import dev.newsclaims.local.EventSourceMapping;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.local.LocalSqs;
import dev.newsclaims.process.ArticlePipeline;
import dev.newsclaims.process.S3Notifications;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Objects made of hostile shapes (runs of one quotation mark, brackets opened then closed, a storm of "said", one
 * endless sentence, thousands of one-line paragraphs) uploaded to S3Proxy and announced on ElasticMQ: one delivery to
 * the article function behind the queue stores its outcome in dynalite and reports no failure, so nothing is
 * delivered again and nothing reaches the dead-letter queue. At 5 MB (2.6 million tokens, more than the function's
 * memory can analyse) the outcome is {@code too_large}, recorded without a summary; at half a megabyte the object is
 * summarised. The queue keeps the message hidden for the deployed visibility timeout meanwhile, as Lambda's poller would.
 */
@QuarkusTest
@TestProfile(QueueProfile.class)
class HostileObjectQueueTest {

    /** As deployed (template.yaml): six times the function's 60 s timeout. */
    private static final int DEPLOYED_VISIBILITY_TIMEOUT_SECONDS = 360;
    private static final String[] SHAPES = {"straight-quotes", "open-then-close-brackets", "said-storm", "one-sentence",
            "short-paragraphs"};

    @Inject
    software.amazon.awssdk.services.s3.S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a runaway guard
    void aFiveMegabyteHostileObjectIsRecordedAsTooLargeInOneDelivery() throws Exception {
        byte[] bytes = hostile(1_000_000);
        assertThat(bytes.length).isBetween(4_900_000, 5 * 1024 * 1024);
        String key = "hostile/five-megabytes.txt";
        deliverOnce(key, bytes, "0H01");

        var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        assertThat(outcome.outcome()).isEqualTo("too_large");
        assertThat(outcome.reason()).contains(String.valueOf(ArticlePipeline.MAX_TOKENS)).contains("words and marks");
        assertThat(outcome.summaryId()).isNull();
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a runaway guard
    void aHalfMegabyteHostileObjectIsSummarisedInOneDelivery() throws Exception {
        int partBytes = 90_000;
        byte[] bytes = hostile(partBytes);
        String key = "hostile/half-a-megabyte.txt";
        deliverOnce(key, bytes, "0H02");

        var outcome = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        assertThat(outcome.outcome()).isEqualTo("summarized");
        JsonNode summary = json.readTree(store.find(outcome.summaryId()).orElseThrow().json());
        assertThat(summary.path("claims").isArray()).isTrue();
        assertThat(summary.path("claims").size()).isPositive();
        for (JsonNode claim : summary.path("claims")) {
            int start = claim.path("start").asInt();
            int end = claim.path("end").asInt();
            assertThat(start).isBetween(0, end - 1);
            assertThat(end - start).as("no claim swallows a part of the file").isLessThan(partBytes / 10);
        }
        assertThat(summary.path("summary").size()).isBetween(1, 3);
    }

    /** The shapes, {@code partBytes} of each, one after the other. */
    private static byte[] hostile(int partBytes) {
        StringBuilder text = new StringBuilder();
        for (String name : SHAPES) {
            HostileShapes.Shape shape = HostileShapes.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            text.append(shape.of(partBytes)).append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads the object, announces it on the queue and hands the one delivery to the function, as Lambda would. */
    private void deliverOnce(String key, byte[] bytes, String sequencer) throws Exception {
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        LocalSqs queue = LocalAwsResource.aws().sqs();
        try (SqsClient sqs = queue.client()) {
            sqs.purgeQueue(b -> b.queueUrl(queue.queueUrl()));
            sqs.purgeQueue(b -> b.queueUrl(queue.deadLetterQueueUrl()));
            setVisibilityTimeout(sqs, queue.queueUrl(), DEPLOYED_VISIBILITY_TIMEOUT_SECONDS);
            try {
                sqs.sendMessage(b -> b.queueUrl(queue.queueUrl()).messageBody(S3Notifications.objectCreated(json,
                        new S3ObjectRef(LocalAws.BUCKET, key, null, null, bytes.length, sequencer, Instant.now().toString()),
                        "ObjectCreated:Put")));
                List<Message> delivery = sqs.receiveMessage(b -> b.queueUrl(queue.queueUrl()).maxNumberOfMessages(10)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL).waitTimeSeconds(5)).messages();
                assertThat(delivery).hasSize(1);
                long started = System.nanoTime();
                String response = invoke(EventSourceMapping.sqsEvent(delivery));
                System.out.printf("%s: one invocation in %.1f s%n", key, (System.nanoTime() - started) / 1e9);
                assertThat(json.readTree(response).path("batchItemFailures")).as("failures reported").isEmpty();
                // as the event source mapping does after a response that names no failure
                sqs.deleteMessage(b -> b.queueUrl(queue.queueUrl()).receiptHandle(delivery.get(0).receiptHandle()));
                assertThat(LocalSqs.depth(sqs, queue.queueUrl())).as("nothing left to deliver again").isZero();
                assertThat(LocalSqs.depth(sqs, queue.deadLetterQueueUrl())).isZero();
            } finally {
                setVisibilityTimeout(sqs, queue.queueUrl(), LocalAwsResource.QUEUE_VISIBILITY_TIMEOUT_SECONDS);
            }
        }
    }

    private static void setVisibilityTimeout(SqsClient sqs, String queueUrl, int seconds) {
        sqs.setQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(seconds))));
    }

    /** One invocation, waited for as long as the function may run (the test client's default is 30 s). */
    private static String invoke(String sqsEvent) {
        RestAssuredConfig patient = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", (int) TimeUnit.MINUTES.toMillis(10)));
        return given().config(patient).contentType("application/json").body(sqsEvent).when().post().then().statusCode(200)
                .extract().asString();
    }
}
