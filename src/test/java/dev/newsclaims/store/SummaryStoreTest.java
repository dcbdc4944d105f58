package dev.newsclaims.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Engine;
import dev.newsclaims.model.Mention;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The store against dynalite: item limits, retries of unprocessed batch items, the speaker index. */
class SummaryStoreTest {

    private static LocalAws aws;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.startTransient();
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
    }

    private static ArticleSummary summary(String id, int claims, int claimLength) {
        List<Claim> list = new ArrayList<>();
        String words = "x".repeat(claimLength);
        for (int i = 0; i < claims; i++) {
            list.add(new Claim(words, i, i + claimLength, "direct", "Speaker " + (i % 50), new Mention("he", 0, 2), "said", 0.9));
        }
        return new ArticleSummary(id, null, "Big article", null, "en", List.of("One."), List.of(new Speaker("Speaker 0", null, null,
                "person", claims)), list, List.of(), new Engine("test", "1"));
    }

    private static ArticleSummary summaryOf(String id, List<Claim> claims) {
        return new ArticleSummary(id, null, "t", null, "en", List.of(), List.of(), claims, List.of(), new Engine("test", "1"));
    }

    private static Map<String, AttributeValue> summaryItem(DynamoDbClient db, String id) {
        return db.getItem(b -> b.tableName(LocalAws.TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("A#" + id), "sk", AttributeValue.fromS("SUMMARY")))).item();
    }

    @Test
    void aSummaryThatFitsOnceGzippedIsStoredWhole() throws Exception {
        try (DynamoDbClient db = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            String id = "0123456789abcdef0123456789abcdef";

            store.savePosted(summary(id, 3_000, 300), "2026-11-25T10:00:00.000Z");

            JsonNode stored = JSON.readTree(store.find(id).orElseThrow().json());
            assertThat(stored.toString().length()).as("over the limit as plain JSON").isGreaterThan(SummaryStore.MAX_SUMMARY_GZ_BYTES);
            assertThat(stored.has("truncated")).isFalse();
            assertThat(stored.get("claims").size()).isEqualTo(3_000);
        }
    }

    @Test
    void aSummaryOverTheItemLimitIsTrimmedAndTheDroppedClaimsAreNotIndexed() throws Exception {
        java.util.Random random = new java.util.Random(7);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder words = new StringBuilder();
            for (int c = 0; c < 3_000; c++) {
                words.append((char) ('a' + random.nextInt(26)));
            }
            claims.add(new Claim(words.toString(), i, i + 3_000, "direct", "Trim Speaker " + i, null, "said", 0.9));
        }
        try (DynamoDbClient db = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            String id = "1123456789abcdef0123456789abcdef";

            store.savePosted(summaryOf(id, claims), "2026-11-25T10:00:00.000Z");

            JsonNode stored = JSON.readTree(store.find(id).orElseThrow().json());
            int kept = stored.at("/truncated/claimsKept").asInt();
            assertThat(stored.at("/truncated/claimsFound").asInt()).isEqualTo(400);
            assertThat(kept).isPositive().isLessThan(400).isEqualTo(stored.get("claims").size());
            assertThat(summaryItem(db, id).get("summaryGz").b().asByteArray().length)
                    .isLessThanOrEqualTo(SummaryStore.MAX_SUMMARY_GZ_BYTES);
            assertThat(store.claimsBy("Trim Speaker " + (kept - 1), null, 10).claims()).hasSize(1);
            assertThat(store.claimsBy("Trim Speaker " + kept, null, 10).claims()).as("dropped from the summary").isEmpty();
            assertThat(store.claimsBy("Trim Speaker 399", null, 10).claims()).isEmpty();
        }
    }

    /**
     * A DynamoDB client that, like DynamoDB under load, really writes only the first item of each
     * batch (through a real BatchWriteItem to dynalite) and hands the others back as unprocessed.
     */
    private static DynamoDbClient acceptingOneItemPerBatch(DynamoDbClient real, AtomicInteger batches) {
        return new DynamoDbClient() {
            @Override
            public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
                batches.incrementAndGet();
                Map<String, List<WriteRequest>> unprocessed = new HashMap<>();
                Map<String, List<WriteRequest>> first = new HashMap<>();
                request.requestItems().forEach((table, writes) -> {
                    first.put(table, writes.subList(0, 1));
                    if (writes.size() > 1) {
                        unprocessed.put(table, writes.subList(1, writes.size()));
                    }
                });
                real.batchWriteItem(b -> b.requestItems(first));
                return BatchWriteItemResponse.builder().unprocessedItems(unprocessed).build();
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.GetItemResponse getItem(
                    software.amazon.awssdk.services.dynamodb.model.GetItemRequest request) {
                return real.getItem(request);
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.PutItemResponse putItem(
                    software.amazon.awssdk.services.dynamodb.model.PutItemRequest request) {
                return real.putItem(request);
            }

            @Override
            public software.amazon.awssdk.services.dynamodb.model.QueryResponse query(
                    software.amazon.awssdk.services.dynamodb.model.QueryRequest request) {
                return real.query(request);
            }

            @Override
            public String serviceName() {
                return real.serviceName();
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void unprocessedBatchItemsAreRetried() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        try (DynamoDbClient real = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(acceptingOneItemPerBatch(real, batches), LocalAws.TABLE, JSON);
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                claims.add(new Claim("claim " + i, 0, 7, "indirect", "Retry Speaker " + i, null, "said", 0.8));
            }

            store.savePosted(summaryOf("fedcba9876543210fedcba9876543210", claims), "2026-11-25T11:00:00.000Z");

            assertThat(batches.get()).as("one item accepted per attempt").isEqualTo(5);
            SummaryStore reader = new SummaryStore(real, LocalAws.TABLE, JSON);
            for (int i = 0; i < 5; i++) {
                assertThat(reader.claimsBy("retry speaker " + i, null, 100).claims()).hasSize(1);
            }
        }
    }

    @Test
    void aPostRetriedAfterItsSummaryWriteFailedListsItsClaimsOnce() throws Exception {
        AtomicInteger summaryWrites = new AtomicInteger();
        ExecutionInterceptor connectionLostOnFirstSummaryWrite = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.PutItemRequest put
                        && put.item().get("pk").s().startsWith("A#") && summaryWrites.getAndIncrement() == 0) {
                    throw software.amazon.awssdk.core.exception.SdkClientException.create("connection reset");
                }
            }
        };
        String id = "2223456789abcdef0123456789abcdef";
        var summary = summaryOf(id, List.of(new Claim("We will win", 0, 11, "direct", "Una Vik", null, "said", 0.9)));
        try (DynamoDbClient db = DynamoDbClient.builder()
                .endpointOverride(java.net.URI.create(aws.dynamoDbEndpoint()))
                .region(software.amazon.awssdk.regions.Region.of(LocalAws.REGION))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(software.amazon.awssdk.retries.DefaultRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(connectionLostOnFirstSummaryWrite))
                .build()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.savePosted(summary, "2026-11-25T12:00:00.000Z"))
                    .isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);

            var retried = store.savePosted(summary, "2026-11-25T12:00:07.000Z");

            assertThat(store.find(id)).isPresent();
            assertThat(store.claimsBy("Una Vik", null, 10).claims()).hasSize(1);
            assertThat(store.claimsBy("Una Vik", null, 10).claims().get(0).createdAt()).isEqualTo(retried.summary().createdAt());
        }
    }

    @Test
    void aSpeakersClaimsInOneArticleShareOneIndexItemAndComeBackInOrder() {
        try (DynamoDbClient db = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            List<Claim> claims = List.of(
                    new Claim("first", 0, 5, "direct", "Grace Lee", new Mention("Lee", 10, 13), "said", 0.9),
                    new Claim("second", 20, 26, "indirect", "Grace Lee", new Mention("she", 30, 33), "added", 0.8),
                    new Claim("other", 40, 45, "direct", "Tom Wu", null, "said", 0.9));
            store.savePosted(new ArticleSummary("00112233445566778899aabbccddeeff", null, "t", null, "en", List.of(), List.of(),
                    claims, List.of(), new Engine("test", "1")), "2026-11-25T12:00:00.000Z");

            var page = store.claimsBy("grace lee", null, 10);

            assertThat(page.claims()).extracting(c -> c.claimJson().contains("\"first\"") ? "first" : "second")
                    .containsExactly("first", "second");
            assertThat(page.nextCursor()).isNull();
            var items = db.query(q -> q.tableName(LocalAws.TABLE).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue
                            .fromS("S#grace lee")))).items();
            assertThat(items).hasSize(1);
        }
    }

    @Test
    void speakerNamesMatchWithoutCaseAccentsOrExtraSpaces() {
        assertThat(SummaryStore.speakerKey("  Zo\u00eb   M\u00dcLLER ")).isEqualTo(SummaryStore.speakerKey("zoe muller"));
    }
}
