package dev.newsclaims.process;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Source;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One S3 object → one recorded outcome: read it (never more than the size limit), turn the bytes into
 * text, extract, store. Permanent problems (gone, denied, binary, empty, too large) are recorded for
 * that object; transient ones (throttling, 5xx, network) are returned with {@code retry} so that the
 * handler fails the invocation and Lambda retries.
 */
public class ArticleProcessor {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ArticleProcessor.class);

    /** The outcome when DynamoDB (or the network to it) fails: nothing was stored, the event must be retried. */
    public static final String STORAGE_UNAVAILABLE = "storage_unavailable";

    private final S3Client s3;
    private final SummaryStore store;
    private final ArticleDecoder decoder;
    private final Extractor extractor;
    private final long maxArticleBytes;
    private final Clock clock;

    public ArticleProcessor(S3Client s3, SummaryStore store, ArticleDecoder decoder, Extractor extractor,
            long maxArticleBytes, Clock clock) {
        this.s3 = s3;
        this.store = store;
        this.decoder = decoder;
        this.extractor = extractor;
        this.maxArticleBytes = maxArticleBytes;
        this.clock = clock;
    }

    /** The result for an object not attempted because storage failed earlier in the same event. */
    public static ObjectResult notAttempted(S3ObjectRef ref) {
        return new ObjectResult(ref.bucket(), ref.key(), STORAGE_UNAVAILABLE, null,
                "not attempted: storage was unavailable earlier in this event", true, 0, 0);
    }

    public ObjectResult process(S3ObjectRef ref) {
        long started = System.nanoTime();
        try {
            Optional<ObjectOutcome> previous = store.objectOutcome(ref.bucket(), ref.key());
            if (previous.isPresent()) {
                int order = previous.get().sequencer().compareTo(ref.paddedSequencer());
                if (order > 0) {
                    return result(ref, "superseded", previous.get().summaryId(),
                            "a newer event for this key was already processed", false, 0, started);
                }
                // The same event again is a duplicate, unless an older extractor made the result: then it is redone.
                if (order == 0 && "summarized".equals(previous.get().outcome())
                        && Extractor.ENGINE.version().equals(previous.get().engineVersion())) {
                    return result(ref, "duplicate", previous.get().summaryId(), "this event was already processed",
                            false, 0, started);
                }
            }
            if (ref.size() > maxArticleBytes) {
                return recordFailure(ref, "too_large", null,
                        "the object has " + ref.size() + " bytes; the limit is " + maxArticleBytes, started);
            }
            Fetched fetched;
            try {
                fetched = fetch(ref);
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
            IngestedArticle article = decoder.decode(fetched.bytes(), fetched.contentType(), ref.key());
            if (article.status() == IngestedArticle.Status.UNSUPPORTED) {
                return recordFailure(ref, "unsupported", article.detectedType(), article.reason(), started);
            }
            if (article.status() == IngestedArticle.Status.EMPTY) {
                return recordFailure(ref, "empty", article.detectedType(), article.reason(), started);
            }
            // Backfills name no ETag: take the one S3 returned, so that the id is the one an upload event gives.
            String id = ArticleIds.forObject(ref.bucket(), ref.key(), ref.versionId(),
                    ref.etag() != null && !ref.etag().isBlank() ? ref.etag() : unquote(fetched.etag()));
            ArticleSummary extracted;
            try {
                extracted = extractor.extract(id, article.text(), null);
            } catch (RuntimeException bug) {
                // A defect in the extractor must not fail the batch nor loop through retries: record it.
                LOG.errorf(bug, "extraction failed for s3://%s/%s", ref.bucket(), ref.key());
                return recordFailure(ref, "failed", article.detectedType(),
                        "the extractor failed on this article (" + bug.getClass().getSimpleName() + ")", started);
            }
            ArticleSummary summary = extracted.withIdAndSource(id,
                    new Source(ref.bucket(), ref.key(), ref.versionId(), unquote(fetched.etag()), fetched.contentType(),
                            fetched.bytes().length));
            store.save(summary, createdAt(ref), false);
            boolean recorded = store.recordObjectOutcome(new ObjectOutcome(ref.bucket(), ref.key(), ref.versionId(),
                    ref.paddedSequencer(), "summarized", id, null, article.format(), now(), Extractor.ENGINE.version()));
            return result(ref, recorded ? "summarized" : "superseded", id, null, false, summary.claims().size(), started);
        } catch (SdkException e) {
            // DynamoDB or the network failed: nothing was recorded as done, so a retry is safe.
            return result(ref, STORAGE_UNAVAILABLE, null, "storage unavailable: " + e.getClass().getSimpleName() + ": "
                    + shorten(e.getMessage()), true, 0, started);
        } catch (SummaryStore.StoreUnavailableException e) {
            return result(ref, STORAGE_UNAVAILABLE, null, e.getMessage(), true, 0, started);
        }
    }

    record Fetched(byte[] bytes, String contentType, String etag) {}

    /** Reads the object, refusing to hold more than the limit in memory; null when it is larger. */
    private Fetched fetch(S3ObjectRef ref) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> {
            b.bucket(ref.bucket()).key(ref.key());
            if (ref.versionId() != null && !ref.versionId().isBlank()) {
                b.versionId(ref.versionId());
            }
        })) {
            GetObjectResponse response = in.response();
            if (response.contentLength() != null && response.contentLength() > maxArticleBytes) {
                in.abort();
                return null;
            }
            byte[] bytes = readAtMost(in, maxArticleBytes);
            if (bytes == null) {
                in.abort();
                return null;
            }
            return new Fetched(bytes, response.contentType(), response.eTag());
        } catch (IOException e) {
            throw software.amazon.awssdk.core.exception.SdkClientException.create("reading the object failed", e);
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }

    private ObjectResult recordFailure(S3ObjectRef ref, String outcome, String detectedType, String reason, long started) {
        store.recordObjectOutcome(new ObjectOutcome(ref.bucket(), ref.key(), ref.versionId(), ref.paddedSequencer(),
                outcome, null, reason, detectedType, now(), null));
        return result(ref, outcome, null, reason, false, 0, started);
    }

    private static String shorten(String message) {
        return message == null ? "" : message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }

    static boolean isTransient(AwsServiceException e) {
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
