package dev.newsclaims.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.process.ObjectResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One JSON line per object (key, outcome, duration, counts) in CloudWatch embedded metric format,
 * so CloudWatch counts outcomes as metrics without a metrics client or an extra API call.
 */
@ApplicationScoped
public class OutcomeLog {

    @Inject
    ObjectMapper json;

    public void object(ObjectResult result, String requestId) {
        ObjectNode line = metricLine(result.outcome(), result.durationMs(), result.claims());
        line.put("bucket", result.bucket());
        line.put("key", result.key());
        line.put("summaryId", result.summaryId());
        line.put("reason", result.reason());
        line.put("retry", result.retry());
        line.put("requestId", requestId);
        print(line, result.outcome());
    }

    /**
     * A queue message that names no object: a body that is not an S3 notification ({@code invalid_message},
     * handed back to the queue so that it ends in the dead-letter queue), or S3's test event.
     */
    public void message(String messageId, String outcome, String reason, boolean retry, String requestId) {
        ObjectNode line = metricLine(outcome, 0, 0);
        line.put("messageId", messageId);
        line.put("reason", reason);
        line.put("retry", retry);
        line.put("requestId", requestId);
        print(line, outcome);
    }

    private ObjectNode metricLine(String outcome, long durationMs, int claims) {
        ObjectNode line = json.createObjectNode();
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", System.currentTimeMillis());
        ObjectNode metrics = aws.putArray("CloudWatchMetrics").addObject();
        metrics.put("Namespace", "NewsClaims");
        metrics.putArray("Dimensions").addArray().add("outcome");
        var defs = metrics.putArray("Metrics");
        defs.addObject().put("Name", "Objects").put("Unit", "Count");
        defs.addObject().put("Name", "DurationMs").put("Unit", "Milliseconds");
        defs.addObject().put("Name", "Claims").put("Unit", "Count");
        line.put("outcome", outcome);
        line.put("Objects", 1);
        line.put("DurationMs", durationMs);
        line.put("Claims", claims);
        return line;
    }

    private void print(ObjectNode line, String outcome) {
        try {
            // Lambda sends stdout to CloudWatch Logs as is: the EMF line must be the whole log line.
            System.out.println(json.writeValueAsString(line));
        } catch (Exception e) {
            System.out.println("{\"outcome\":\"" + outcome + "\",\"logError\":true}");
        }
    }
}
