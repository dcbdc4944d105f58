package dev.newsclaims.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.process.S3Notifications;
import dev.newsclaims.process.S3ObjectRef;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Puts S3-notification-shaped messages on the articles queue, ten per request, for objects that are
 * already in the bucket: the article function then treats them exactly as uploads, with the same
 * idempotency (an object already summarised is a duplicate or superseded, never stored twice).
 */
public final class QueueFeeder {

    /** The event name of backfill messages; the function handles every {@code ObjectCreated:*} alike. */
    public static final String BACKFILL_EVENT = "ObjectCreated:Backfill";
    /** The event name of reprocessing messages. */
    public static final String REPROCESS_EVENT = "ObjectCreated:Reprocess";
    private static final int SQS_BATCH = 10;
    private static final int MAX_ATTEMPTS = 5;

    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;

    public QueueFeeder(SqsClient sqs, String queueUrl, ObjectMapper json) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
    }

    public record Totals(long listed, long enqueued, long requests) {}

    /** Lists every object under {@code prefix} (all of the bucket when empty) and enqueues one message each. */
    public Totals enqueuePrefix(S3Client s3, String bucket, String prefix) {
        long listed = 0;
        long enqueued = 0;
        long requests = 0;
        List<S3ObjectRef> pending = new ArrayList<>(SQS_BATCH);
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix == null ? "" : prefix)).contents()) {
            if (object.key().endsWith("/") && object.size() == 0) {
                continue; // a folder marker, not an article
            }
            listed++;
            // Ordered before every S3 event of the key: a key an upload event handled is left as it is.
            pending.add(new S3ObjectRef(bucket, object.key(), null, unquote(object.eTag()), object.size(),
                    S3ObjectRef.BEFORE_EVERY_EVENT,
                    object.lastModified() == null ? null : object.lastModified().toString()));
            if (pending.size() == SQS_BATCH) {
                requests += send(pending, BACKFILL_EVENT);
                enqueued += pending.size();
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            requests += send(pending, BACKFILL_EVENT);
            enqueued += pending.size();
        }
        return new Totals(listed, enqueued, requests);
    }

    /**
     * Sends up to ten notifications in one SendMessageBatch, sending again the entries SQS refused;
     * returns the number of requests made. Throws when entries are still refused after a few attempts.
     */
    public int send(List<S3ObjectRef> objects, String eventName) {
        if (objects.size() > SQS_BATCH) {
            throw new IllegalArgumentException("at most " + SQS_BATCH + " messages per batch");
        }
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(String.valueOf(i))
                    .messageBody(S3Notifications.objectCreated(json, objects.get(i), eventName)).build());
        }
        int requests = 0;
        for (int attempt = 1; !entries.isEmpty(); attempt++) {
            final List<SendMessageBatchRequestEntry> batch = entries;
            var response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(batch));
            requests++;
            if (response.failed().isEmpty()) {
                break;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("SQS refused " + response.failed().size() + " messages: "
                        + response.failed().get(0).message());
            }
            var failedIds = response.failed().stream().map(f -> f.id()).toList();
            entries = batch.stream().filter(e -> failedIds.contains(e.id())).toList();
            sleep(100L << attempt);
        }
        return requests;
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
