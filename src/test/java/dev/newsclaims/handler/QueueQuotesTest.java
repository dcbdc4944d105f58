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
import dev.newsclaims.quotes.QuoteGroup;
import dev.newsclaims.quotes.QuoteMatch;
import dev.newsclaims.quotes.QuoteWords;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * One quotation across articles as the deployed article function sees them: objects in the bucket (S3Proxy), their
 * S3 notifications on the queue (ElasticMQ) delivered in batches by the event source mapping, summaries and
 * quotation items in DynamoDB (dynalite), read back as the API answers them.
 */
@QuarkusTest
@TestProfile(QueueProfile.class)
class QueueQuotesTest {

    /**
     * Worded so that the window naming the group ("we will not sign a berth", the smallest hash of the whole form) is
     * the one the form trimmed at the front lacks: that form finds the group only through its other fingerprints.
     */
    private static final String QUOTE = "will not sign a berth agreement that closes the night ferry before the new pier is finished";

    @Inject
    ObjectMapper json;

    @Inject
    SummaryStore store;

    @Inject
    S3Client s3;

    @Inject
    DynamoDbClient db;

    private static String invoke(String sqsEvent) {
        return given().contentType("application/json").body(sqsEvent).when().post().then().statusCode(200).extract().asString();
    }

    /** Sends S3's notifications for these changes and waits until the function has taken every one. */
    private void deliver(SqsClient sqs, LocalSqs queue, List<String> notifications) throws InterruptedException {
        notifications.forEach(body -> sqs.sendMessage(b -> b.queueUrl(queue.queueUrl()).messageBody(body)));
        try (EventSourceMapping mapping = new EventSourceMapping(sqs, queue.queueUrl(), 10, Duration.ZERO, 1,
                QueueQuotesTest::invoke).start()) {
            assertThat(mapping.awaitDrained(Duration.ofSeconds(60))).isTrue();
            assertThat(mapping.stats().reportedFailures.get()).isZero();
        }
    }

    private String put(String key, String text, String sequencer, String eventTime) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var put = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return S3Notifications.objectCreated(json, new S3ObjectRef(LocalAws.BUCKET, key, null, put.eTag().replace("\"", ""),
                bytes.length, sequencer, eventTime), "ObjectCreated:Put");
    }

    private String summaryId(String key) {
        return store.objectOutcome(LocalAws.BUCKET, key).orElseThrow().summaryId();
    }

    private String quoteId(String key) throws Exception {
        for (JsonNode claim : json.readTree(store.find(summaryId(key)).orElseThrow().json()).get("claims")) {
            if (claim.hasNonNull("quoteId")) {
                return claim.get("quoteId").asText();
            }
        }
        throw new AssertionError("no claim of " + key + " is in a quotation group");
    }

    /** The article ids of the group's appearance items, read straight from the table, oldest first. */
    private List<String> appearanceItems(String groupId) {
        List<String> ids = new ArrayList<>();
        db.query(q -> q.tableName(LocalAws.TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("Q#" + groupId))).consistentRead(true))
                .items().stream().filter(i -> i.containsKey("articleId")).forEach(i -> ids.add(i.get("articleId").s()));
        return ids;
    }

    @Test
    @Timeout(300)
    void threeFormsOfOneQuotationAndAFourthCreditingSomeoneElseAreOneGroupUntilTheFourthIsDeleted() throws Exception {
        LocalSqs queue = LocalAwsResource.aws().sqs();
        try (SqsClient sqs = queue.client()) {
            sqs.purgeQueue(b -> b.queueUrl(queue.queueUrl()));
            // Curly quotes; straight quotes; trimmed at the front inside a mixed claim; the same words credited to another person.
            deliver(sqs, queue, List.of(
                    put("ferry/one.txt", "Ferry news\n\nThe council met the port authority on Monday. \u201cWe " + QUOTE
                            + ",\u201d Mayor Ines Okafor told reporters. She said the talks would go on.", "0F01", "2026-11-02T08:00:00Z"),
                    put("ferry/two.txt", "Harbour talks stall\n\nTalks on the harbour stalled on Tuesday. \"WE " + QUOTE.toUpperCase()
                            + ",\" Okafor said. The port authority did not comment.", "0F02", "2026-11-03T08:00:00Z"),
                    put("ferry/three.txt", "Island ferry row\n\nIsland families welcomed the stand on Wednesday. Ines Okafor said "
                            + "the council \u201c" + QUOTE + ".\u201d The vote is next month.", "0F03", "2026-11-04T08:00:00Z"),
                    put("ferry/four.txt", "Union backs ferry\n\nDock workers gathered on Thursday. \u201cWe " + QUOTE
                            + ",\u201d union leader Marco Bellini said. The union has 400 members.", "0F04", "2026-11-05T08:00:00Z")));

            String id = quoteId("ferry/one.txt");
            assertThat(id).isEqualTo(QuoteMatch.name(QuoteWords.of("We " + QUOTE)));
            assertThat(QuoteMatch.windows(QuoteWords.of(QUOTE))).doesNotContain(id);
            for (String key : List.of("ferry/two.txt", "ferry/three.txt", "ferry/four.txt")) {
                assertThat(quoteId(key)).as(key).isEqualTo(id);
            }
            List<String> articles = List.of(summaryId("ferry/one.txt"), summaryId("ferry/two.txt"), summaryId("ferry/three.txt"),
                    summaryId("ferry/four.txt"));
            assertThat(appearanceItems(id)).containsExactlyElementsOf(articles);

            JsonNode group = store.quoteGroup(id).orElseThrow().fullJson(json);
            assertThat(group.get("count").asInt()).isEqualTo(4);
            List<String> order = new ArrayList<>();
            group.get("appearances").forEach(a -> order.add(a.get("articleId").asText()));
            assertThat(order).as("earliest first").containsExactlyElementsOf(articles);
            assertThat(group.at("/appearances/0/createdAt").asText()).startsWith("2026-11-02T08:00");
            assertThat(group.at("/appearances/2/claim/kind").asText()).isEqualTo("mixed");
            assertThat(group.get("conflict").asBoolean()).isTrue();
            List<QuoteGroup> found = store.searchQuotes("the night ferry before the new pier is finished");
            assertThat(found).extracting(QuoteGroup::id).containsExactly(id);

            s3.deleteObject(b -> b.bucket(LocalAws.BUCKET).key("ferry/four.txt"));
            deliver(sqs, queue, List.of(S3Notifications.objectCreated(json, new S3ObjectRef(LocalAws.BUCKET, "ferry/four.txt",
                    null, null, 0, "0F05", "2026-11-06T08:00:00Z"), "ObjectRemoved:Delete")));

            JsonNode after = store.quoteGroup(id).orElseThrow().fullJson(json);
            assertThat(after.get("count").asInt()).isEqualTo(3);
            assertThat(after.get("conflict").asBoolean()).isFalse();
            assertThat(after.get("speakers")).hasSize(1);
            assertThat(after.at("/speakers/0/name").asText()).isEqualTo("Ines Okafor");
            assertThat(appearanceItems(id)).containsExactlyElementsOf(articles.subList(0, 3));
        }
    }
}
