package dev.newsclaims.process;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Source;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One S3 object → one recorded outcome: read it (never more than the size limit), turn the bytes into
 * text, extract, store; one removal → the key's result removed. Permanent problems (gone, denied,
 * binary, empty, too large, a request DynamoDB refuses, a defect) are recorded for that object;
 * transient ones (throttling, 5xx, network) are returned with {@code retry} so that the handler fails
 * the invocation and Lambda retries. The store keeps the key's state consistent whatever the order
 * of events ({@link SummaryStore#recordObject}).
 */
public class ArticleProcessor {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ArticleProcessor.class);

    /** The outcome when DynamoDB (or the network to it) fails: nothing was stored, the event must be retried. */
    public static final String STORAGE_UNAVAILABLE = "storage_unavailable";

    private final ObjectReader reader;
    private final SummaryStore store;
    private final ArticlePipeline pipeline;
    private final long maxArticleBytes;
    private final Clock clock;

    public ArticleProcessor(S3Client s3, SummaryStore store, ArticlePipeline pipeline, long maxArticleBytes, Clock clock) {
        this.reader = new ObjectReader(s3, maxArticleBytes);
        this.store = store;
        this.pipeline = pipeline;
        this.maxArticleBytes = maxArticleBytes;
        this.clock = clock;
    }

    /** The result for an object not attempted because storage failed earlier in the same event. */
    public static ObjectResult notAttempted(S3ObjectRef ref) {
        return new ObjectResult(ref.bucket(), ref.key(), STORAGE_UNAVAILABLE, null,
                "not attempted: storage was unavailable earlier in this event", true, 0, 0);
    }

    /** Whether an S3 event of this name changes an article: a new object or version, a deletion. */
    public static boolean isArticleEvent(String eventName) {
        return eventName != null && (eventName.startsWith("ObjectCreated:") || "ObjectRemoved:Delete".equals(eventName)
                || "ObjectRemoved:DeleteMarkerCreated".equals(eventName));
    }

    /** One S3 event record, whichever way it arrived (S3 trigger, queue): created → process, removed → remove. */
    public ObjectResult onEvent(String eventName, S3ObjectRef ref) {
        if (!isArticleEvent(eventName)) {
            throw new IllegalArgumentException("not an article event: " + eventName);
        }
        return eventName.startsWith("ObjectCreated:") ? process(ref)
                : remove(ref, "ObjectRemoved:DeleteMarkerCreated".equals(eventName));
    }

    public ObjectResult process(S3ObjectRef ref) {
        long started = System.nanoTime();
        try {
            Optional<ObjectOutcome> previous = store.objectOutcome(ref.bucket(), ref.key());
            if (previous.isPresent()) {
                int age = previous.get().sequencer().compareTo(ref.order());
                if (age > 0) {
                    return result(ref, "superseded", previous.get().summaryId(),
                            "a newer event for this key was already processed", false, 0, started);
                }
                // The same event again is a duplicate, unless an older extractor made its result: then it is redone.
                if (age == 0 && "summarized".equals(previous.get().outcome())
                        && Extractor.ENGINE.version().equals(previous.get().engineVersion())) {
                    return result(ref, "duplicate", previous.get().summaryId(), "this event was already processed",
                            false, 0, started);
                }
            }
            if (ref.size() > maxArticleBytes) {
                return recordFailure(ref, "too_large", null,
                        "the object has " + ref.size() + " bytes; the limit is " + maxArticleBytes, started);
            }
            ObjectReader.Fetched fetched;
            try {
                fetched = reader.read(ref.bucket(), ref.key(), ref.versionId(), null);
            } catch (NoSuchKeyException gone) {
                return recordFailure(ref, "not_found", null, "the object was deleted before it could be read", started);
            } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
                return result(ref, "s3_unavailable", null, "S3 could not be reached: " + shorten(e.getMessage()),
                        true, 0, started);
            } catch (AwsServiceException e) {
                if (isTransient(e)) {
                    return result(ref, "s3_unavailable", null, "S3 is unavailable (" + e.statusCode() + "); will retry",
                            true, 0, started);
                }
                String outcome = e.statusCode() == 403 ? "access_denied" : e.statusCode() == 404 ? "not_found" : "failed";
                return recordFailure(ref, outcome, null, "S3 refused the read (" + e.statusCode() + ")", started);
            }
            if (fetched == null) {
                return recordFailure(ref, "too_large", null, "the object exceeds the limit of " + maxArticleBytes + " bytes",
                        started);
            }
            // Backfills may name no ETag: take the one S3 returned, so that the id is the one an upload event gives.
            String id = ArticleIds.forObject(ref.bucket(), ref.key(), ref.versionId(),
                    ref.etag() != null && !ref.etag().isBlank() ? ref.etag() : unquote(fetched.etag()));
            ArticlePipeline.Result read;
            try {
                read = pipeline.fromBytes(id, fetched.bytes(), fetched.contentType(), ref.key(), null);
            } catch (RuntimeException bug) {
                // A defect in decoding or extraction must not fail the batch nor loop through retries: record it.
                LOG.errorf(bug, "extraction failed for s3://%s/%s", ref.bucket(), ref.key());
                return recordFailure(ref, "failed", null,
                        "the article could not be decoded or extracted (" + bug.getClass().getSimpleName() + ")", started);
            }
            if (read instanceof ArticlePipeline.Refused refused) {
                return recordFailure(ref, refused.outcome(), refused.detectedType(), refused.reason(), started);
            }
            var summarized = (ArticlePipeline.Summarized) read;
            IngestedArticle article = summarized.article();
            ArticleSummary extracted = summarized.summary();
            ArticleSummary summary = extracted.withIdAndSource(id,
                    new Source(ref.bucket(), ref.key(), ref.versionId(), unquote(fetched.etag()), fetched.contentType(),
                            fetched.bytes().length));
            var recorded = store.recordObject(new ObjectOutcome(ref.bucket(), ref.key(), ref.versionId(), ref.order(),
                    "summarized", id, null, article.format(), now(), Extractor.ENGINE.version()), summary, createdAt(ref));
            return switch (recorded) {
                case STORED -> result(ref, "summarized", id, null, false, summary.claims().size(), started);
                case DUPLICATE -> result(ref, "duplicate", id, "this event was already processed", false, 0, started);
                case SUPERSEDED -> result(ref, "superseded", null, "a newer event for this key was recorded first",
                        false, 0, started);
            };
        } catch (RuntimeException e) {
            return storageFailure(ref, e, started);
        }
    }

    /**
     * An S3 removal event: the key's summary and its claims leave the table and the speaker index, and
     * the outcome {@code deleted} is recorded with the event's order, so that a late create event of an
     * earlier version cannot bring them back. Permanently deleting a version other than the one recorded
     * for the key (possible in a versioned bucket) leaves the key's current result alone.
     */
    public ObjectResult remove(S3ObjectRef ref, boolean deleteMarker) {
        long started = System.nanoTime();
        try {
            Optional<ObjectOutcome> previous = store.objectOutcome(ref.bucket(), ref.key());
            if (!deleteMarker && ref.versionId() != null && previous.isPresent() && previous.get().versionId() != null
                    && !previous.get().versionId().equals(ref.versionId())) {
                return result(ref, "ignored", previous.get().summaryId(),
                        "a version other than the recorded one was deleted", false, 0, started);
            }
            String reason = deleteMarker ? "a delete marker hides the object" : "the object was deleted";
            var recorded = store.recordObject(new ObjectOutcome(ref.bucket(), ref.key(), ref.versionId(), ref.order(),
                    "deleted", null, reason, null, now(), null), null, null);
            return switch (recorded) {
                case STORED -> result(ref, "deleted", null, reason, false, 0, started);
                case DUPLICATE -> result(ref, "duplicate", null, "this event was already processed", false, 0, started);
                case SUPERSEDED -> result(ref, "superseded", null, "a newer event for this key was recorded first",
                        false, 0, started);
            };
        } catch (RuntimeException e) {
            return storageFailure(ref, e, started);
        }
    }

    /**
     * DynamoDB throttling, 5xx and lost connections are transient: nothing was recorded as done, the
     * event is retried. Anything else (a request DynamoDB refuses for good: validation, item too large,
     * table not found, access denied; or a defect in our code) would fail the same way on every retry:
     * it is recorded for the object as {@code failed}, if the table still takes the record.
     */
    private ObjectResult storageFailure(S3ObjectRef ref, RuntimeException e, long started) {
        if (e instanceof SummaryStore.StoreUnavailableException) {
            return result(ref, STORAGE_UNAVAILABLE, null, e.getMessage(), true, 0, started);
        }
        if (e instanceof software.amazon.awssdk.core.exception.SdkClientException
                || (e instanceof AwsServiceException service && isTransient(service))) {
            return result(ref, STORAGE_UNAVAILABLE, null, "storage unavailable: " + e.getClass().getSimpleName() + ": "
                    + shorten(e.getMessage()), true, 0, started);
        }
        String reason = (e instanceof AwsServiceException service
                ? "DynamoDB refused the request (" + (service.awsErrorDetails() == null ? String.valueOf(service.statusCode())
                        : service.awsErrorDetails().errorCode()) + "): "
                : "storing failed (" + e.getClass().getSimpleName() + "): ") + shorten(e.getMessage());
        LOG.errorf(e, "permanent failure for s3://%s/%s", ref.bucket(), ref.key());
        try {
            return recordFailure(ref, "failed", null, reason, started);
        } catch (RuntimeException recordRefused) {
            return result(ref, "failed", null, reason + "; the outcome could not be recorded either", false, 0, started);
        }
    }

    /** Records a permanent failure; like a new version, it replaces the key's earlier summary. */
    private ObjectResult recordFailure(S3ObjectRef ref, String outcome, String detectedType, String reason, long started) {
        var recorded = store.recordObject(new ObjectOutcome(ref.bucket(), ref.key(), ref.versionId(), ref.order(),
                outcome, null, reason, detectedType, now(), null), null, null);
        if (recorded == SummaryStore.Recorded.SUPERSEDED) {
            return result(ref, "superseded", null, "a newer event for this key was recorded first", false, 0, started);
        }
        return result(ref, outcome, null, reason, false, 0, started);
    }

    private static String shorten(String message) {
        return message == null ? "" : message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    /** Throttling, 5xx: the service is struggling and a later attempt may succeed. */
    public static boolean isTransient(AwsServiceException e) {
        return e.statusCode() >= 500 || e.isThrottlingException() || e.statusCode() == 429;
    }

    private String createdAt(S3ObjectRef ref) {
        if (ref.eventTime() != null && !ref.eventTime().isBlank()) {
            try {
                return Timestamps.format(Instant.parse(ref.eventTime()));
            } catch (RuntimeException notIso) {
                // fall through to now
            }
        }
        return now();
    }

    private String now() {
        return Timestamps.format(Instant.now(clock));
    }

    private static ObjectResult result(S3ObjectRef ref, String outcome, String id, String reason, boolean retry,
            int claims, long started) {
        return new ObjectResult(ref.bucket(), ref.key(), outcome, id, reason, retry, claims,
                (System.nanoTime() - started) / 1_000_000);
    }
}
