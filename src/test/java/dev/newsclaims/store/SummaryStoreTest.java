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
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
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

    @Test
    void aSummaryOverTheItemLimitIsTrimmedNotRefused() throws Exception {
        try (DynamoDbClient db = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            String id = "0123456789abcdef0123456789abcdef";

            store.save(summary(id, 3_000, 300), "2026-11-25T10:00:00.000Z", false);

            JsonNode stored = JSON.readTree(store.find(id).orElseThrow().json());
            assertThat(stored.at("/truncated/claimsFound").asInt()).isEqualTo(3_000);
            assertThat(stored.get("claims").size()).isEqualTo(stored.at("/truncated/claimsKept").asInt()).isPositive();
            assertThat(store.find(id).orElseThrow().json().length()).isLessThanOrEqualTo(SummaryStore.MAX_SUMMARY_JSON_BYTES);
        }
    }

    @Test
    void unprocessedBatchItemsAreRetried() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        ExecutionInterceptor throttleFirstBatch = new ExecutionInterceptor() {
            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
                // DynamoDB under load accepts part of a batch: hand back all but the first item as unprocessed, once.
                if (context.request() instanceof BatchWriteItemRequest request && batches.getAndIncrement() == 0) {
                    Map<String, List<WriteRequest>> unprocessed = new HashMap<>();
                    request.requestItems().forEach((table, writes) -> unprocessed.put(table, writes.subList(1, writes.size())));
                    return ((BatchWriteItemResponse) context.response()).toBuilder().unprocessedItems(unprocessed).build();
                }
                return context.response();
            }
        };
        try (DynamoDbClient db = DynamoDbClient.builder()
                .endpointOverride(java.net.URI.create(aws.dynamoDbEndpoint()))
                .region(software.amazon.awssdk.regions.Region.of(LocalAws.REGION))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(throttleFirstBatch))
                .build()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                claims.add(new Claim("claim " + i, 0, 7, "indirect", "Retry Speaker " + i, null, "said", 0.8));
            }
            store.save(new ArticleSummary("fedcba9876543210fedcba9876543210", null, "t", null, "en", List.of(), List.of(),
                    claims, List.of(), new Engine("test", "1")), "2026-11-25T11:00:00.000Z", false);

            assertThat(batches.get()).isGreaterThanOrEqualTo(2);
            for (int i = 0; i < 10; i++) {
                assertThat(store.claimsBy("retry speaker " + i, null, 100).claims()).hasSize(1);
            }
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
            store.save(new ArticleSummary("00112233445566778899aabbccddeeff", null, "t", null, "en", List.of(), List.of(),
                    claims, List.of(), new Engine("test", "1")), "2026-11-25T12:00:00.000Z", false);

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
