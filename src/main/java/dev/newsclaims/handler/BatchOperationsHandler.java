package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.ObjectResult;
import dev.newsclaims.process.S3ObjectRef;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * S3 Batch Operations "Invoke AWS Lambda function" tasks (invocation schema 1.0: bucket ARN; 2.0:
 * bucket name) → the same per-object processing as uploads, and one result per task: {@code Succeeded}
 * (summarised, or already done: duplicate, superseded), {@code TemporaryFailure} (S3 or DynamoDB
 * unavailable: Batch Operations retries it) or {@code PermanentFailure} with the recorded outcome
 * and reason (binary, empty, too large, gone, denied), which the job's completion report lists.
 */
@Named("batch")
public class BatchOperationsHandler implements RequestHandler<JsonNode, BatchOperationsHandler.Response> {

    static final String SUCCEEDED = "Succeeded";
    static final String TEMPORARY_FAILURE = "TemporaryFailure";
    static final String PERMANENT_FAILURE = "PermanentFailure";
    private static final Set<String> DONE = Set.of("summarized", "duplicate", "superseded");

    @Inject
    ArticleProcessor processor;

    @Inject
    OutcomeLog log;

    public record Response(String invocationSchemaVersion, String treatMissingKeysAs, String invocationId,
            List<TaskResult> results) {}

    public record TaskResult(String taskId, String resultCode, String resultString) {}

    @Override
    public Response handleRequest(JsonNode event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        String schema = event == null ? "1.0" : event.path("invocationSchemaVersion").asText("1.0");
        String invocationId = event == null ? null : event.path("invocationId").asText(null);
        List<TaskResult> results = new ArrayList<>();
        boolean storageDown = false;
        for (JsonNode task : event == null ? List.<JsonNode>of() : iterable(event.path("tasks"))) {
            String taskId = task.path("taskId").asText(null);
            S3ObjectRef ref = toRef(task);
            if (ref == null) {
                results.add(new TaskResult(taskId, PERMANENT_FAILURE, "the task names no bucket or key"));
                continue;
            }
            ObjectResult result = storageDown ? ArticleProcessor.notAttempted(ref) : processor.process(ref);
            storageDown |= ArticleProcessor.STORAGE_UNAVAILABLE.equals(result.outcome());
            log.object(result, requestId);
            String code = result.retry() ? TEMPORARY_FAILURE : DONE.contains(result.outcome()) ? SUCCEEDED : PERMANENT_FAILURE;
            String detail = result.outcome() + (result.reason() == null ? "" : ": " + result.reason());
            results.add(new TaskResult(taskId, code, detail));
        }
        return new Response(schema, PERMANENT_FAILURE, invocationId, results);
    }

    /**
     * Schema 2.0 names the bucket, 1.0 its ARN; keys arrive URL-encoded in both. The order "0" ranks the
     * task before every S3 event of the key: an object an upload event already handled is {@code superseded}
     * (nothing written), and a later upload is handled as usual.
     */
    private static S3ObjectRef toRef(JsonNode task) {
        String bucket = task.path("s3Bucket").asText(null);
        if (bucket == null) {
            String arn = task.path("s3BucketArn").asText(null);
            bucket = arn == null ? null : arn.substring(arn.lastIndexOf(':') + 1);
        }
        String encodedKey = task.path("s3Key").asText(null);
        if (bucket == null || bucket.isBlank() || encodedKey == null || encodedKey.isEmpty()) {
            return null;
        }
        String key;
        try {
            key = URLDecoder.decode(encodedKey, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            key = encodedKey;
        }
        String version = task.path("s3VersionId").asText(null);
        return new S3ObjectRef(bucket, key, version == null || version.isBlank() ? null : version, null, 0,
                S3ObjectRef.BEFORE_EVERY_EVENT, null);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array.isArray() ? array : List.of();
    }
}
