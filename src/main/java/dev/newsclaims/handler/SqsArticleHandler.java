package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.ObjectResult;
import dev.newsclaims.process.S3Notifications;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of queue messages, each holding the S3 event notification the bucket sent to the queue
 * (created and removed objects) → one outcome per object, and a partial batch response naming only the messages to deliver again
 * ({@code ReportBatchItemFailures}): those that met a transient failure (S3 or DynamoDB unavailable),
 * those not attempted because DynamoDB went down earlier in the batch, and bodies that are not S3
 * notifications, which thus reach the dead-letter queue after the queue's few receives instead of
 * vanishing. Everything else is deleted from the queue by Lambda.
 */
@Named("sqs")
public class SqsArticleHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /** The outcome logged for a message whose body is not an S3 event notification. */
    public static final String INVALID_MESSAGE = "invalid_message";

    @Inject
    ArticleProcessor processor;

    @Inject
    OutcomeLog log;

    @Inject
    ObjectMapper json;

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        List<BatchItemFailure> failures = new ArrayList<>();
        boolean storageDown = false;
        List<SQSMessage> messages = event == null || event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSMessage message : messages) {
            if (message == null || message.getMessageId() == null) {
                continue; // nothing Lambda could redeliver by id
            }
            S3Notifications.Parsed parsed = S3Notifications.parse(json, message.getBody());
            if (parsed.kind() == S3Notifications.Kind.INVALID) {
                log.message(message.getMessageId(), INVALID_MESSAGE, parsed.reason(), true, requestId);
                failures.add(new BatchItemFailure(message.getMessageId()));
                continue;
            }
            if (parsed.kind() == S3Notifications.Kind.TEST_EVENT) {
                log.message(message.getMessageId(), "ignored", "s3:TestEvent", false, requestId);
                continue;
            }
            boolean retry = false;
            for (S3Notifications.S3Record record : parsed.records()) {
                if (!ArticleProcessor.isArticleEvent(record.eventName())) {
                    continue; // restores, replication and other notifications change no article
                }
                // Once DynamoDB is down, trying the rest would only burn the invocation's time: hand them back.
                ObjectResult result = storageDown ? ArticleProcessor.notAttempted(record.object())
                        : processor.onEvent(record.eventName(), record.object());
                storageDown |= ArticleProcessor.STORAGE_UNAVAILABLE.equals(result.outcome());
                retry |= result.retry();
                log.object(result, requestId);
            }
            if (retry) {
                failures.add(new BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
