package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.ObjectResult;
import dev.newsclaims.process.S3ObjectRef;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * S3 "object created" and "object removed" events → one outcome per record. Every record is handled even when another
 * fails; if any failed transiently, the invocation fails afterwards so that Lambda retries the event
 * (records already done are recognised as duplicates) and finally hands it to the failure destination.
 */
@Named("s3")
public class S3ArticleHandler implements RequestHandler<S3Event, S3ArticleHandler.Report> {

    @Inject
    ArticleProcessor processor;

    @Inject
    OutcomeLog log;

    public record Report(List<ObjectResult> results, int ignored) {}

    @Override
    public Report handleRequest(S3Event event, Context context) {
        List<ObjectResult> results = new ArrayList<>();
        int ignored = 0;
        boolean storageDown = false;
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (S3EventNotificationRecord record : records) {
            String name = record == null ? null : record.getEventName();
            if (!ArticleProcessor.isArticleEvent(name) || record.getS3() == null || record.getS3().getObject() == null) {
                ignored++; // test events, restores, replication and other notifications change no article
                continue;
            }
            S3ObjectRef ref = toRef(record);
            // Once DynamoDB is down, trying the rest would only burn the invocation's time: retry them all later.
            ObjectResult result = storageDown ? ArticleProcessor.notAttempted(ref) : processor.onEvent(name, ref);
            storageDown |= ArticleProcessor.STORAGE_UNAVAILABLE.equals(result.outcome());
            log.object(result, context == null ? null : context.getAwsRequestId());
            results.add(result);
        }
        long retry = results.stream().filter(ObjectResult::retry).count();
        if (retry > 0) {
            throw new RetryableBatchException(retry + " of " + results.size()
                    + " objects failed transiently; failing the invocation so that Lambda retries");
        }
        return new Report(results, ignored);
    }

    private static S3ObjectRef toRef(S3EventNotificationRecord record) {
        var object = record.getS3().getObject();
        var bucket = record.getS3().getBucket();
        return new S3ObjectRef(
                bucket == null ? null : bucket.getName(),
                object.getUrlDecodedKey(),
                object.getVersionId(),
                object.geteTag(),
                object.getSizeAsLong() == null ? 0L : object.getSizeAsLong(),
                object.getSequencer(),
                record.getEventTime() == null ? null : record.getEventTime().toString());
    }

    /** Thrown after the whole batch was attempted, when some objects must be retried. */
    public static final class RetryableBatchException extends RuntimeException {
        public RetryableBatchException(String message) {
            super(message);
        }
    }
}
