package dev.newsclaims.aws;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs the SDK request path of every call the functions make (DynamoDB GetItem, PutItem, Query, DeleteItem,
 * BatchWriteItem; S3 GetObject) once, through clients configured like {@link AwsClients}'s but answered by
 * the SDK's canned-response HTTP client: no network, no credentials, no AWS charge, nothing read or written.
 * It loads and initialises what the first real call would (some 2,900 classes: client construction,
 * endpoint resolution, SigV4 signing with throwaway keys, marshalling, unmarshalling).
 *
 * <p>At start-up it runs on a background thread while Quarkus finishes starting and the first event is
 * fetched and read; {@link AwsClients} waits for it before it builds a real client, so that the SDK's classes
 * are never initialised by two threads at once (the application thread touches no SDK class before then).
 */
public final class SdkPriming {

    private static final Logger LOG = Logger.getLogger(SdkPriming.class);
    /** Nothing here does I/O; the bound only keeps a defect from stalling an invocation. */
    private static final long AWAIT_SECONDS = 20;
    private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);

    private static CountDownLatch running;

    private SdkPriming() {
    }

    /** Starts priming on a daemon thread, once per process. */
    public static synchronized void startInBackground(String region, boolean regionalEndpoints) {
        if (running != null) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        running = done;
        Thread.ofPlatform().name("sdk-priming").daemon().start(() -> {
            try {
                prime(region, regionalEndpoints);
            } finally {
                done.countDown();
            }
        });
    }

    /** Waits for the background priming, if one was started; returns at once otherwise. */
    public static void awaitBackground() {
        CountDownLatch done;
        synchronized (SdkPriming.class) {
            done = running;
        }
        if (done == null) {
            return;
        }
        try {
            if (!done.await(AWAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("SDK priming still running; going on without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The priming itself, on the calling thread; never throws. */
    public static void prime(String region, boolean regionalEndpoints) {
        long t0 = System.nanoTime();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
        try (DynamoDbClient db = AwsClients.configure(DynamoDbClient.builder(), region, null, regionalEndpoints)
                .credentialsProvider(credentials)
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody(EMPTY_JSON).build())
                .build()) {
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("PRIMING"), "sk", AttributeValue.fromS("PRIMING"));
            db.getItem(b -> b.tableName("priming").consistentRead(true).key(key));
            db.putItem(b -> b.tableName("priming").item(key).conditionExpression("attribute_not_exists(pk) OR #v < :v")
                    .expressionAttributeNames(Map.of("#v", "v")).expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1"))));
            db.query(b -> b.tableName("priming").keyConditionExpression("pk = :pk").limit(1)
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("PRIMING"))));
            db.deleteItem(b -> b.tableName("priming").key(key));
            db.batchWriteItem(b -> b.requestItems(Map.of("priming",
                    List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(key).build()).build()))));
        } catch (RuntimeException e) {
            LOG.debugf("DynamoDB priming: %s", e.toString());
        }
        try (S3Client s3 = AwsClients.configure(S3Client.builder(), region, null, regionalEndpoints)
                .credentialsProvider(credentials)
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody(EMPTY_JSON).build())
                .build();
                var in = s3.getObject(b -> b.bucket("priming").key("priming.txt"))) {
            in.readAllBytes();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debugf("S3 priming: %s", e.toString());
        }
        LOG.debugf("SDK primed in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
