package dev.newsclaims.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import dev.newsclaims.process.S3Notifications;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole product on a laptop, with no AWS and no Docker: S3Proxy keeps the articles bucket as the
 * folder {@code local-data/s3/articles}, dynalite keeps the table under {@code local-data/dynamodb},
 * ElasticMQ is the articles queue and its dead-letter queue, and target/function.zip runs under the
 * Lambda runtime interface client (the article function behind the queue, and the API function), as
 * Lambda runs it. This class plays the AWS services around them: a file dropped into (or deleted from)
 * the bucket folder becomes the S3 notification S3 would put on the queue; an {@link EventSourceMapping}
 * (batch size, batching window, maximum concurrency as in the template) invokes the article function
 * with batches and deletes what it did not report as failed; HTTP requests on localhost become API
 * Gateway v2 events ({@link LocalApiGateway}). The stack itself is {@link LocalStack}: every function process
 * watched and started again when it exits.
 *
 * <p>Run with {@code ./mvnw -Plocal package}. Ports: API 3000, S3 9000, DynamoDB 8000, SQS 9324
 * (-Dlocal.api.port, -Dlocal.s3.port, -Dlocal.dynamodb.port, -Dlocal.sqs.port); the queue mapping:
 * -Dlocal.queue.batch=10, -Dlocal.queue.concurrency=1 (one function process per concurrent batch).
 * {@code events/local-env.json} points SAM CLI at the same S3 and DynamoDB.
 */
public final class LocalRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** As the template's default maximum receive count; the visibility timeout is 6 × the 60 s function timeout. */
    static final int MAX_RECEIVE_COUNT = 3;
    static final int VISIBILITY_TIMEOUT_SECONDS = 360;

    public static void main(String[] args) throws Exception {
        Path root = LocalPaths.projectRoot();
        Path data = root.resolve("local-data");
        int apiPort = Integer.getInteger("local.api.port", 3000);
        int s3Port = Integer.getInteger("local.s3.port", 9000);
        int dynamoPort = Integer.getInteger("local.dynamodb.port", 8000);
        int sqsPort = Integer.getInteger("local.sqs.port", 9324);
        int batchSize = Integer.getInteger("local.queue.batch", 10);
        int concurrency = Integer.getInteger("local.queue.concurrency", 1);
        boolean serve = !Boolean.getBoolean("local.once");

        LocalStack stack = LocalStack.start(new LocalStack.Settings(root.resolve("target/function.zip"),
                root.resolve("target/local-function"), root.resolve("target/lambda-runtime"), data, apiPort, s3Port, dynamoPort,
                sqsPort, batchSize, concurrency, LocalApiGateway.INTEGRATION_TIMEOUT, System.out));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        LocalAws aws = stack.aws();
        LocalSqs queue = stack.queue();
        SqsClient sqs = stack.sqs();

        // The sample article, uploaded as a newsroom would; S3 announces it on the queue.
        String key = "incoming/nato-eastern-europe.txt";
        byte[] sample = Events.article("nato-eastern-europe.txt");
        try (var s3 = aws.s3Client()) {
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromBytes(sample));
        }
        System.out.println("Uploaded events/articles/nato-eastern-europe.txt to s3://" + LocalAws.BUCKET + "/" + key);
        String etag = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(sample));
        String sequencer = Long.toHexString(System.currentTimeMillis() * 1_000).toUpperCase(java.util.Locale.ROOT);
        String order = notify(sqs, queue.queueUrl(), new BucketFolder.Change("ObjectCreated:Put", key, sample, etag, sequencer));
        printSummary(aws, awaitOutcome(aws, key, order, Duration.ofMinutes(2)));

        Path bucketDir = data.resolve("s3").resolve(LocalAws.BUCKET);
        System.out.printf("""

                %s
                  Viewer (the page)   http://127.0.0.1:%d/
                  HTTP API            http://127.0.0.1:%d   (POST /summaries, GET /summaries/{id}[/text], GET /speakers?q=, GET /speakers/{name}/claims)
                  S3 (S3Proxy)        http://127.0.0.1:%d   bucket '%s' = folder %s
                  SQS (ElasticMQ)     %s   (dead letters: %s)
                  DynamoDB (dynalite) http://127.0.0.1:%d   table '%s'
                  function logs       %s
                Drop a file into %s to summarise it (delete it to remove its summary); Ctrl-C stops everything.
                Try: curl -s -X POST -H 'Content-Type: text/plain' --data-binary @events/articles/nato-eastern-europe.txt http://127.0.0.1:%d/summaries
                """, stack.whole() ? "Local stack is up:" : "Local stack is up, but not whole (see above; a process that exits is started again):",
                apiPort, apiPort, s3Port, LocalAws.BUCKET, bucketDir, queue.queueUrl(), queue.deadLetterQueueUrl(), dynamoPort,
                LocalAws.TABLE, data, bucketDir, apiPort);
        if (!serve) {
            Runtime.getRuntime().exit(0);
        }
        watchBucket(aws, sqs, queue.queueUrl(), bucketDir);
    }

    /** Puts on the queue the notification S3 would send for this change; returns the event's order. */
    static String notify(SqsClient sqs, String queueUrl, BucketFolder.Change change) {
        S3ObjectRef ref = new S3ObjectRef(LocalAws.BUCKET, change.key(), null, change.etag(),
                change.bytes() == null ? 0 : change.bytes().length, change.sequencer(), Instant.now().toString());
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(S3Notifications.objectCreated(JSON, ref, change.eventName())));
        return ref.order();
    }

    /** Waits until the key's recorded outcome is the one of this event (or a newer one). */
    static ObjectOutcome awaitOutcome(LocalAws aws, String key, String order, Duration timeout) throws Exception {
        try (var db = aws.dynamoDbClient()) {
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                var outcome = store.objectOutcome(LocalAws.BUCKET, key);
                if (outcome.isPresent() && outcome.get().sequencer().compareTo(order) >= 0
                        && !SummaryStore.PROCESSING.equals(outcome.get().outcome())) {
                    System.out.println("s3://" + LocalAws.BUCKET + "/" + key + " -> " + outcome.get().outcome()
                            + (outcome.get().reason() == null ? "" : " (" + outcome.get().reason() + ")"));
                    return outcome.get();
                }
                Thread.sleep(100);
            }
        }
        System.out.println("s3://" + LocalAws.BUCKET + "/" + key + " -> no outcome yet (see the function logs)");
        return null;
    }

    private static void printSummary(LocalAws aws, ObjectOutcome outcome) throws IOException {
        if (outcome == null || outcome.summaryId() == null) {
            return;
        }
        try (var db = aws.dynamoDbClient()) {
            var stored = new SummaryStore(db, LocalAws.TABLE, JSON).find(outcome.summaryId());
            if (stored.isPresent()) {
                System.out.println("Stored summary (DynamoDB table " + LocalAws.TABLE + "):");
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(stored.get().json())));
            }
        }
    }

    /** Every file created, replaced or deleted in the bucket folder is an S3 notification on the queue. */
    private static void watchBucket(LocalAws aws, SqsClient sqs, String queueUrl, Path bucketDir) throws Exception {
        try (BucketFolder folder = new BucketFolder(bucketDir)) {
            folder.watch(change -> {
                String order = notify(sqs, queueUrl, change);
                Thread.ofVirtual().start(() -> report(aws, change.key(), order));
            });
        }
    }

    private static void report(LocalAws aws, String key, String order) {
        try {
            printSummary(aws, awaitOutcome(aws, key, order, Duration.ofMinutes(2)));
        } catch (Exception e) {
            System.out.println("s3://" + LocalAws.BUCKET + "/" + key + ": " + e);
        }
    }
}
