package dev.newsclaims.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.process.ArticlePipeline;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.S3ObjectRef;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * Measures DynamoDB capacity units per article for the cost model (bench/README.md, "Cost of one million
 * articles"), as dynalite computes them
 * (DynamoDB's rules: writes per started KB, strongly consistent reads per started 4 KB; queries included). Runs
 * the S3 path over a JSON-lines file of {"text"} articles: first version, the same event again, a new version,
 * a delete; the writes also by kind of item (A summary, S speaker index, C speaker counts, N speaker directory,
 * O object outcome, Q quotation appearances and merge marks, QF quotation fingerprint postings).
 *
 * <p>{@code java -cp ... dev.newsclaims.store.WriteUnits ../shared/eval/data/polnear_dev.jsonl}
 */
public final class WriteUnits {

    private static final DoubleAdder WRITES = new DoubleAdder();
    private static final DoubleAdder READS = new DoubleAdder();
    /**
     * Read units as DynamoDB charges them where dynalite charges nothing: a query that finds no item still costs half
     * a unit (eventually consistent) or one (strongly consistent).
     */
    private static final DoubleAdder READS_PRICED = new DoubleAdder();
    /** Write units by the kind of item written (the key's prefix: A summary, S index, C counts, N directory, O outcome). */
    private static final java.util.Map<String, DoubleAdder> WRITES_BY_KIND = new java.util.concurrent.ConcurrentSkipListMap<>();

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        try (LocalAws aws = LocalAws.startTransient(); var s3 = aws.s3Client(); DynamoDbClient db = measuring(aws)) {
            var store = new SummaryStore(db, LocalAws.TABLE, json);
            var processor = new ArticleProcessor(s3, store, new ArticlePipeline(new ArticleDecoder(), new Extractor()), 5_000_000, Clock.systemUTC());
            String[] steps = {"first version", "same event again", "new version", "delete"};
            double[][] units = new double[4][3];
            java.util.List<java.util.Map<String, Double>> kinds = new java.util.ArrayList<>();
            for (int s = 0; s < steps.length; s++) {
                kinds.add(new java.util.TreeMap<>());
            }
            long bytes = 0;
            for (int i = 0; i < texts.size(); i++) {
                String key = "wu/" + i + ".txt";
                byte[] v1 = texts.get(i).getBytes(StandardCharsets.UTF_8);
                byte[] v2 = (texts.get(i) + "\n\nUpdated.").getBytes(StandardCharsets.UTF_8);
                bytes += v1.length;
                S3ObjectRef first = put(s3, key, v1, "0A", "2026-12-02T09:00:00Z");
                measure(units[0], kinds.get(0), () -> processor.process(first));
                measure(units[1], kinds.get(1), () -> processor.process(first));
                // A correction an hour later: the same day, a later createdAt (the speakers' latest moves).
                S3ObjectRef second = put(s3, key, v2, "0B", "2026-12-02T10:00:00Z");
                measure(units[2], kinds.get(2), () -> processor.process(second));
                measure(units[3], kinds.get(3), () -> processor.remove(new S3ObjectRef(LocalAws.BUCKET, key, null, null, 0, "0C",
                        "2026-12-02T10:00:00Z"), false));
            }
            System.out.printf("%d articles, mean %.1f KB%n", texts.size(), bytes / 1024.0 / texts.size());
            for (int s = 0; s < steps.length; s++) {
                StringBuilder byKind = new StringBuilder();
                for (var k : kinds.get(s).entrySet()) {
                    byKind.append(String.format(" %s %.1f", k.getKey(), k.getValue() / texts.size()));
                }
                System.out.printf("%-18s write units %.1f, read units %.1f (as DynamoDB charges them %.1f) per article; writes by item kind:%s%n",
                        steps[s], units[s][0] / texts.size(), units[s][1] / texts.size(), units[s][2] / texts.size(), byKind);
            }
        }
    }

    private static S3ObjectRef put(software.amazon.awssdk.services.s3.S3Client s3, String key, byte[] bytes, String seq,
            String eventTime) {
        var response = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return new S3ObjectRef(LocalAws.BUCKET, key, null, response.eTag().replace("\"", ""), bytes.length, seq,
                eventTime);
    }

    private static void measure(double[] into, java.util.Map<String, Double> byKind, Runnable step) {
        double w = WRITES.sum();
        double r = READS.sum();
        double priced = READS_PRICED.sum();
        java.util.Map<String, Double> before = new java.util.HashMap<>();
        WRITES_BY_KIND.forEach((k, v) -> before.put(k, v.sum()));
        step.run();
        into[0] += WRITES.sum() - w;
        into[1] += READS.sum() - r;
        into[2] += READS_PRICED.sum() - priced;
        WRITES_BY_KIND.forEach((k, v) -> byKind.merge(k, v.sum() - before.getOrDefault(k, 0.0), Double::sum));
    }

    private static void writes(String kind, double units) {
        WRITES.add(units);
        WRITES_BY_KIND.computeIfAbsent(kind, k -> new DoubleAdder()).add(units);
    }

    private static String kind(java.util.Map<String, AttributeValue> key) {
        String pk = key.get("pk").s();
        return pk.substring(0, Math.max(1, pk.indexOf('#')));
    }

    /** Our batches hold one kind of item each (speaker index S, quotation appearances Q): the first item's. */
    private static String batchKind(BatchWriteItemRequest request) {
        var first = request.requestItems().values().iterator().next().get(0);
        return kind(first.putRequest() != null ? first.putRequest().item() : first.deleteRequest().key());
    }

    private static DynamoDbClient measuring(LocalAws aws) {
        ExecutionInterceptor capacity = new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                SdkRequest r = context.request();
                if (r instanceof PutItemRequest p) return p.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                if (r instanceof DeleteItemRequest d) return d.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                if (r instanceof GetItemRequest g) return g.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                if (r instanceof BatchWriteItemRequest b) return b.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                if (r instanceof BatchGetItemRequest b) return b.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                if (r instanceof QueryRequest q) return q.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                return r;
            }

            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                SdkResponse r = context.response();
                SdkRequest q = context.request();
                if (r instanceof PutItemResponse p && p.consumedCapacity() != null) writes(kind(((PutItemRequest) q).item()), p.consumedCapacity().capacityUnits());
                if (r instanceof DeleteItemResponse d && d.consumedCapacity() != null) writes(kind(((DeleteItemRequest) q).key()), d.consumedCapacity().capacityUnits());
                if (r instanceof BatchWriteItemResponse b) b.consumedCapacity().forEach(c -> writes(batchKind((BatchWriteItemRequest) q), c.capacityUnits()));
                if (r instanceof BatchGetItemResponse b) {
                    // dynalite already charges a key that finds no item as DynamoDB does (half a unit, eventually consistent)
                    double units = b.consumedCapacity().stream().mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
                    READS.add(units);
                    READS_PRICED.add(units);
                }
                if (r instanceof GetItemResponse g && g.consumedCapacity() != null) {
                    READS.add(g.consumedCapacity().capacityUnits());
                    READS_PRICED.add(Math.max(g.consumedCapacity().capacityUnits(), Boolean.TRUE.equals(((GetItemRequest) q).consistentRead()) ? 1 : 0.5));
                }
                if (r instanceof QueryResponse g && g.consumedCapacity() != null) {
                    READS.add(g.consumedCapacity().capacityUnits());
                    READS_PRICED.add(Math.max(g.consumedCapacity().capacityUnits(), Boolean.TRUE.equals(((QueryRequest) q).consistentRead()) ? 1 : 0.5));
                }
            }
        };
        return DynamoDbClient.builder()
                .region(Region.of(LocalAws.REGION))
                .endpointOverride(URI.create(aws.dynamoDbEndpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(capacity))
                .build();
    }
}
