package dev.newsclaims.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a queue message that S3 sent (an S3 event notification, JSON) into object
 * references. S3's first message to a new queue is an {@code s3:TestEvent}; anything else that is not a
 * notification is {@link Kind#INVALID}, with a reason, so that the caller can report it instead of
 * retrying it as if it were transient.
 */
public final class S3Notifications {

    public enum Kind { RECORDS, TEST_EVENT, INVALID }

    /** One record of a notification: its event name ({@code ObjectCreated:Put}, {@code ObjectRemoved:Delete}, …) and object. */
    public record S3Record(String eventName, S3ObjectRef object) {}

    public record Parsed(Kind kind, List<S3Record> records, String reason) {
        static Parsed invalid(String reason) {
            return new Parsed(Kind.INVALID, List.of(), reason);
        }
    }

    private S3Notifications() {}

    public static Parsed parse(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return Parsed.invalid("empty message body");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return Parsed.invalid("the message body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return Parsed.invalid("the message body is not a JSON object");
        }
        if ("s3:TestEvent".equals(root.path("Event").asText(null))) {
            return new Parsed(Kind.TEST_EVENT, List.of(), null);
        }
        JsonNode records = root.get("Records");
        if (records == null || !records.isArray() || records.isEmpty()) {
            return Parsed.invalid("the message is not an S3 event notification (no Records)");
        }
        List<S3Record> parsed = new ArrayList<>();
        for (JsonNode record : records) {
            String eventName = text(record, "eventName");
            JsonNode s3 = record.path("s3");
            String bucket = text(s3.path("bucket"), "name");
            String encodedKey = text(s3.path("object"), "key");
            if (eventName == null || bucket == null || encodedKey == null || !"aws:s3".equals(text(record, "eventSource"))) {
                return Parsed.invalid("record " + parsed.size() + " is not an S3 event record (eventSource, eventName, bucket or key missing)");
            }
            String key;
            try {
                // S3 form-encodes keys in notifications: '+' is a space, %XX a UTF-8 byte.
                key = URLDecoder.decode(encodedKey, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Parsed.invalid("record " + parsed.size() + " has a key that is not URL-encoded");
            }
            JsonNode object = s3.path("object");
            parsed.add(new S3Record(eventName, new S3ObjectRef(bucket, key, text(object, "versionId"), text(object, "eTag"),
                    object.path("size").asLong(0), text(object, "sequencer"), text(record, "eventTime"))));
        }
        return new Parsed(Kind.RECORDS, parsed, null);
    }

    /**
     * The notification S3 sends to a queue for a new object, with what a backfill knows of it (no
     * version or sequencer from a listing). Keys are form-encoded as S3 encodes them.
     */
    public static String objectCreated(ObjectMapper json, S3ObjectRef ref, String eventName) {
        ObjectNode root = json.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("eventTime", ref.eventTime());
        record.put("eventName", eventName);
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.putObject("bucket").put("name", ref.bucket()).put("arn", "arn:aws:s3:::" + ref.bucket());
        ObjectNode object = s3.putObject("object");
        object.put("key", URLEncoder.encode(ref.key(), StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", ref.size());
        if (ref.etag() != null) {
            object.put("eTag", ref.etag());
        }
        if (ref.versionId() != null) {
            object.put("versionId", ref.versionId());
        }
        if (ref.sequencer() != null) {
            object.put("sequencer", ref.sequencer());
        }
        return root.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
