package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/** Whatever lands in the bucket, and whatever fails underneath: one clear outcome, nothing lost or duplicated. */
@QuarkusTest
@TestProfile(OutageProfile.class)
class S3FailureModesTest {

    @Inject
    S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    private void upload(String key, byte[] bytes) {
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
    }

    private static byte[] article(int n) {
        return ("Council report " + n + "\n\nThe council approved budget number " + n
                + " on Monday, Mayor Ana Ruiz said. \u201cIt is balanced,\u201d she told reporters.")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One event holding one record per key, in order, as S3 may batch them. */
    private static String batch(List<String> keys, List<Integer> sizes, String sequencerPrefix) {
        ObjectNode event = Events.json("s3-put.json");
        ArrayNode records = event.withArray("Records");
        ObjectNode template = (ObjectNode) records.get(0);
        records.removeAll();
        for (int i = 0; i < keys.size(); i++) {
            ObjectNode record = template.deepCopy();
            ObjectNode object = (ObjectNode) record.get("s3").get("object");
            object.put("key", keys.get(i));
            object.put("size", sizes.get(i));
            object.put("sequencer", sequencerPrefix + String.format("%04X", i));
            object.remove("eTag");
            records.add(record);
        }
        return event.toString();
    }

    private JsonNode invoke(String event) throws Exception {
        return json.readTree(given().contentType("application/json").body(event).when().post().then().statusCode(200)
                .extract().asString());
    }

    @Test
    void oneBadRecordDoesNotSinkTheOthers() throws Exception {
        upload("mixed/good.txt", article(1));
        upload("mixed/photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        upload("mixed/empty.txt", "  \n\n \t ".getBytes(StandardCharsets.UTF_8));

        JsonNode results = invoke(batch(List.of("mixed/good.txt", "mixed/photo.txt", "mixed/missing.txt", "mixed/empty.txt"),
                List.of(article(1).length, 12, 10, 7), "00A1")).get("results");

        List<String> outcomes = new ArrayList<>();
        results.forEach(r -> outcomes.add(r.get("outcome").asText()));
        assertThat(outcomes).containsExactly("summarized", "unsupported", "not_found", "empty");
        assertThat(store.objectOutcome("articles", "mixed/photo.txt").orElseThrow().detectedType()).isEqualTo("image/png");
        assertThat(store.objectOutcome("articles", "mixed/empty.txt").orElseThrow().outcome()).isEqualTo("empty");
    }

    @Test
    void anOlderEventArrivingLateDoesNotReplaceTheNewerResult() throws Exception {
        byte[] newer = article(2);
        upload("order/story.txt", newer);
        JsonNode first = invoke(Events.s3Put("order/story.txt", newer.length, "00B20000000000000F")).at("/results/0");

        JsonNode late = invoke(Events.s3Put("order/story.txt", newer.length, "00B20000000000000E")).at("/results/0");

        assertThat(first.get("outcome").asText()).isEqualTo("summarized");
        assertThat(late.get("outcome").asText()).isEqualTo("superseded");
        var recorded = store.objectOutcome("articles", "order/story.txt").orElseThrow();
        assertThat(recorded.summaryId()).isEqualTo(first.get("summaryId").asText());
        assertThat(recorded.sequencer()).endsWith("00B20000000000000F");
    }

    @Test
    void objectsOverTheLimitAreRecordedWithoutBeingRead() throws Exception {
        byte[] big = ("Title\n\n" + "The committee met again. ".repeat(400)).getBytes(StandardCharsets.UTF_8);
        upload("size/declared-big.txt", big);
        upload("size/lying-event.txt", big);

        JsonNode declared = invoke(Events.s3Put("size/declared-big.txt", big.length, "00C1")).at("/results/0");
        // An event whose size is wrong: the limit is enforced again while reading.
        JsonNode lying = invoke(Events.s3Put("size/lying-event.txt", 100, "00C2")).at("/results/0");

        assertThat(big.length).isGreaterThan(OutageProfile.MAX_ARTICLE_BYTES);
        assertThat(declared.get("outcome").asText()).isEqualTo("too_large");
        assertThat(lying.get("outcome").asText()).isEqualTo("too_large");
        var declaredRecord = store.objectOutcome("articles", "size/declared-big.txt").orElseThrow();
        assertThat(declaredRecord.outcome()).isEqualTo("too_large");
        assertThat(declaredRecord.reason()).contains(String.valueOf(big.length)).contains("limit");
        assertThat(declaredRecord.summaryId()).isNull();
        var lyingRecord = store.objectOutcome("articles", "size/lying-event.txt").orElseThrow();
        assertThat(lyingRecord.outcome()).isEqualTo("too_large");
        assertThat(lyingRecord.summaryId()).isNull();
    }

    @Test
    void aDynamoDbOutageMidBatchFailsTheInvocationAndTheRetryStoresEachArticleOnce() throws Exception {
        byte[] before = article(100);
        upload("outage/before.txt", before);
        String beforeId = invoke(Events.s3Put("outage/before.txt", before.length, "00D0")).at("/results/0/summaryId").asText();
        String beforeJson = store.find(beforeId).orElseThrow().json();

        int n = 40;
        List<String> keys = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] a = article(i);
            upload("outage/a" + i + ".txt", a);
            keys.add("outage/a" + i + ".txt");
            sizes.add(a.length);
        }
        String event = batch(keys, sizes, "00D1");
        LocalAws aws = LocalAwsResource.aws();
        Thread killer = new Thread(() -> {
            // Cut DynamoDB off as soon as the batch has stored its first article.
            try (var db = aws.dynamoDbClient()) {
                for (int i = 0; i < 2_000; i++) {
                    var item = db.getItem(b -> b.tableName(LocalAws.TABLE).consistentRead(true).key(Map.of(
                            "pk", AttributeValue.fromS("O#articles/outage/a0.txt"), "sk", AttributeValue.fromS("OBJECT"))));
                    if (item.hasItem() && !item.item().isEmpty()) {
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

        int status = given().contentType("application/json").body(event).when().post().then().extract().statusCode();
        killer.join();

        assertThat(status).as("the invocation fails so that Lambda retries it").isNotEqualTo(200);
        aws.restartDynamoDb();
        assertThat(store.find(beforeId).orElseThrow().json()).as("stored results survive the outage").isEqualTo(beforeJson);

        JsonNode retried = invoke(event).get("results");

        Set<String> outcomes = new HashSet<>();
        retried.forEach(r -> outcomes.add(r.get("outcome").asText()));
        assertThat(outcomes).isSubsetOf(Set.of("summarized", "duplicate"));
        assertThat(outcomes).contains("summarized");
        for (String key : keys) {
            var recorded = store.objectOutcome("articles", key).orElseThrow();
            assertThat(recorded.outcome()).isEqualTo("summarized");
            assertThat(store.find(recorded.summaryId())).isPresent();
        }
        var claims = store.claimsBy("Ana Ruiz", null, 100);
        Set<String> distinct = new HashSet<>();
        claims.claims().forEach(c -> distinct.add(c.articleId() + c.claimJson()));
        assertThat(distinct).as("no claim indexed twice").hasSize(claims.claims().size());
    }

    @Test
    void malformedEventsAreRejectedClearly() {
        int status = given().contentType("application/json").body("{\"Records\": [ {\"s3\": ").when().post().then()
                .extract().statusCode();

        assertThat(status).isNotEqualTo(200);
    }

    @Test
    void aNewerVersionThatIsNotAnArticleRetractsTheEarlierSummary() throws Exception {
        byte[] a = article(7);
        upload("keep/story.txt", a);
        String id = invoke(Events.s3Put("keep/story.txt", a.length, "00E1")).at("/results/0/summaryId").asText();
        assertThat(store.claimsBy("Ana Ruiz", null, 100).claims()).anyMatch(c -> c.articleId().equals(id));
        upload("keep/story.txt", "%PDF-1.5 not an article".getBytes(StandardCharsets.US_ASCII));

        JsonNode newer = invoke(Events.s3Put("keep/story.txt", 23, "00E2")).at("/results/0");

        assertThat(newer.get("outcome").asText()).isEqualTo("unsupported");
        assertThat(store.objectOutcome("articles", "keep/story.txt").orElseThrow().outcome()).isEqualTo("unsupported");
        assertThat(store.find(id)).as("the key no longer holds that article").isEmpty();
        assertThat(store.claimsBy("Ana Ruiz", null, 100).claims()).noneMatch(c -> c.articleId().equals(id));
    }

    @Test
    void anUnreachableS3FailsTheInvocationAndRecordsNothing() throws Exception {
        LocalAws aws = LocalAwsResource.aws();
        byte[] a = article(8);
        aws.stopS3();
        try {
            int status = given().contentType("application/json").body(Events.s3Put("down/story.txt", a.length, "00F1"))
                    .when().post().then().extract().statusCode();

            assertThat(status).isNotEqualTo(200);
            assertThat(store.objectOutcome("articles", "down/story.txt")).isEmpty();
        } finally {
            aws.restartS3();
        }
        upload("down/story.txt", a);
        assertThat(invoke(Events.s3Put("down/story.txt", a.length, "00F1")).at("/results/0/outcome").asText())
                .isEqualTo("summarized");
    }
}
