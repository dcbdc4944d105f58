package dev.newsclaims.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The one place that reads and writes DynamoDB. Single-table layout, keys {@code pk}/{@code sk}:
 * <pre>
 *   A#{id}            SUMMARY              the summary JSON, gzipped (read by id)
 *   S#{speaker key}   {createdAt}#{id}     that speaker's claims in that article (query newest first)
 *   O#{bucket}/{key}  OBJECT               the latest outcome for an S3 key (status, version, sequencer)
 * </pre>
 * Write units are billed per KB: the summary is stored gzipped (about a quarter of its JSON), and a
 * speaker's claims in one article share one index item, which halves the writes per article.
 * Ids are derived from the S3 object version (or the posted text), and every key below them is
 * deterministic, so processing the same version twice rewrites the same items: one result, never two.
 * Claims are written before the summary, so a summary that can be read always has its index.
 */
public class SummaryStore {

    /** DynamoDB's item limit is 400 KB; leave room for keys and the other attributes. */
    static final int MAX_SUMMARY_JSON_BYTES = 350_000;
    /** A claim in the speaker index keeps at most this many characters; the full text is in the summary. */
    static final int MAX_INDEXED_CLAIM_CHARS = 4_000;
    private static final int BATCH_SIZE = 25;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CURSOR_KEY = Pattern.compile("[0-9T:.Z+-]{10,40}#[0-9a-f]{32}");
    private static final int MAX_BATCH_ATTEMPTS = 8;

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    public SummaryStore(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
    }

    public String table() {
        return table;
    }

    /** The table as the template declares it; the tests and the local run create it from here. */
    public static CreateTableRequest tableDefinition(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .build();
    }

    /**
     * Stores the summary and its speaker index. With {@code onlyIfAbsent}, an existing summary of the
     * same id is kept and returned instead (API posts of the same text).
     */
    public SaveResult save(ArticleSummary summary, String createdAt, boolean onlyIfAbsent) {
        if (onlyIfAbsent) {
            Optional<StoredSummary> existing = find(summary.id());
            if (existing.isPresent()) {
                return new SaveResult(existing.get(), false);
            }
        }
        writeSpeakerIndex(summary, createdAt);
        String body = boundedJson(summary);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("A#" + summary.id()));
        item.put("sk", s("SUMMARY"));
        item.put("id", s(summary.id()));
        item.put("createdAt", s(createdAt));
        item.put("summaryGz", AttributeValue.builder().b(SdkBytes.fromByteArray(gzip(body))).build());
        item.put("summaryBytes", AttributeValue.builder().n(String.valueOf(utf8Length(body))).build());
        if (summary.title() != null && !summary.title().isEmpty()) {
            item.put("title", s(truncate(summary.title(), 1_000)));
        }
        var put = software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName(table).item(item);
        if (onlyIfAbsent) {
            put.conditionExpression("attribute_not_exists(pk)");
        }
        try {
            db.putItem(put.build());
        } catch (ConditionalCheckFailedException raced) {
            return new SaveResult(find(summary.id()).orElseThrow(), false);
        }
        return new SaveResult(new StoredSummary(summary.id(), createdAt, body), true);
    }

    public Optional<StoredSummary> find(String id) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s("A#" + id), "sk", s("SUMMARY"))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        var item = response.item();
        return Optional.of(new StoredSummary(id, item.get("createdAt").s(), gunzip(item.get("summaryGz").b().asByteArray())));
    }

    /**
     * One page of a speaker's claims across articles, newest article first; a page holds the claims
     * of at most {@code limit} articles. {@code cursor} is opaque, from the previous page.
     */
    public ClaimsPage claimsBy(String speaker, String cursor, int limit) {
        String pk = "S#" + truncate(speakerKey(speaker), 500);
        var query = software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk)))
                .scanIndexForward(false)
                .limit(limit);
        if (cursor != null) {
            query.exclusiveStartKey(Map.of("pk", s(pk), "sk", s(decodeCursor(cursor))));
        }
        QueryResponse response = db.query(query.build());
        List<IndexedClaim> claims = new ArrayList<>();
        for (var item : response.items()) {
            String title = item.containsKey("title") ? item.get("title").s() : null;
            try {
                for (var claim : json.readTree(item.get("claims").s())) {
                    claims.add(new IndexedClaim(item.get("speaker").s(), item.get("articleId").s(),
                            item.get("createdAt").s(), title, claim.toString()));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable index item " + item.get("sk").s(), e);
            }
        }
        String next = null;
        if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            next = encodeCursor(response.lastEvaluatedKey().get("sk").s());
        }
        return new ClaimsPage(claims, next);
    }

    /**
     * Records the outcome for an S3 key, unless a newer event for that key was already recorded, or
     * this would replace a stored success of the same version by a failure. Returns false when skipped.
     */
    public boolean recordObjectOutcome(ObjectOutcome outcome) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(objectKey(outcome.bucket(), outcome.key())));
        item.put("sk", s("OBJECT"));
        item.put("bucket", s(outcome.bucket()));
        item.put("key", s(outcome.key()));
        item.put("sequencer", s(outcome.sequencer()));
        item.put("outcome", s(outcome.outcome()));
        item.put("updatedAt", s(outcome.updatedAt()));
        if (outcome.versionId() != null) {
            item.put("versionId", s(outcome.versionId()));
        }
        if (outcome.summaryId() != null) {
            item.put("summaryId", s(outcome.summaryId()));
        }
        if (outcome.reason() != null) {
            item.put("reason", s(truncate(outcome.reason(), 2_000)));
        }
        if (outcome.detectedType() != null) {
            item.put("detectedType", s(outcome.detectedType()));
        }
        if (outcome.engineVersion() != null) {
            item.put("engineVersion", s(outcome.engineVersion()));
        }
        String condition = "attribute_not_exists(pk) OR sequencer < :seq OR (sequencer = :seq AND outcome <> :summarized)";
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":seq", s(outcome.sequencer()), ":summarized", s("summarized")));
        if (outcome.engineVersion() != null) {
            // A result of a newer extractor replaces one of an older extractor for the same event (reprocessing).
            condition += " OR (sequencer = :seq AND (attribute_not_exists(engineVersion) OR engineVersion <> :engine))";
            values.put(":engine", s(outcome.engineVersion()));
        }
        final String expression = condition;
        try {
            db.putItem(b -> b.tableName(table).item(item).conditionExpression(expression).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException newerOrBetter) {
            return false;
        }
    }

    public Optional<ObjectOutcome> objectOutcome(String bucket, String key) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(objectKey(bucket, key)), "sk", s("OBJECT"))));
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        var i = response.item();
        return Optional.of(new ObjectOutcome(bucket, key, opt(i, "versionId"), i.get("sequencer").s(),
                i.get("outcome").s(), opt(i, "summaryId"), opt(i, "reason"), opt(i, "detectedType"),
                i.get("updatedAt").s(), opt(i, "engineVersion")));
    }

    /** Speaker names are matched without case, accents or extra spaces: "Jens  STOLTENBERG" finds "Jens Stoltenberg". */
    public static String speakerKey(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** One index item per speaker and article, holding that speaker's claims in order. */
    private void writeSpeakerIndex(ArticleSummary summary, String createdAt) {
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        for (Claim claim : summary.claims() == null ? List.<Claim>of() : summary.claims()) {
            if (claim.speaker() != null && !claim.speaker().isBlank()) {
                bySpeaker.computeIfAbsent(truncate(speakerKey(claim.speaker()), 500), k -> new ArrayList<>()).add(claim);
            }
        }
        List<WriteRequest> writes = new ArrayList<>();
        for (var entry : bySpeaker.entrySet()) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s("S#" + entry.getKey()));
            item.put("sk", s(createdAt + "#" + summary.id()));
            item.put("speaker", s(truncate(entry.getValue().get(0).speaker(), 500)));
            item.put("articleId", s(summary.id()));
            item.put("createdAt", s(createdAt));
            if (summary.title() != null && !summary.title().isEmpty()) {
                item.put("title", s(truncate(summary.title(), 500)));
            }
            item.put("claims", s(indexedClaimsJson(entry.getValue())));
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int from = 0; from < writes.size(); from += BATCH_SIZE) {
            writeBatch(writes.subList(from, Math.min(writes.size(), from + BATCH_SIZE)));
        }
    }

    /** BatchWriteItem may leave items unprocessed under load: retry them with backoff, then fail loudly. */
    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; attempt <= MAX_BATCH_ATTEMPTS; attempt++) {
            final Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = db.batchWriteItem(b -> b.requestItems(request));
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return;
            }
            pending = response.unprocessedItems();
            sleep(Math.min(1_000L, 25L << attempt));
        }
        throw new StoreUnavailableException("DynamoDB left speaker-index items unprocessed after "
                + MAX_BATCH_ATTEMPTS + " attempts");
    }

    /**
     * A speaker's claims in one article as a JSON array, long texts shortened (the summary keeps them
     * whole) and, for a speaker quoted at enormous length, later claims dropped to stay within the item limit.
     */
    private String indexedClaimsJson(List<Claim> claims) {
        StringBuilder array = new StringBuilder("[");
        int bytes = 2;
        for (Claim claim : claims) {
            String one;
            if (claim.text() != null && claim.text().length() > MAX_INDEXED_CLAIM_CHARS) {
                ObjectNode node = json.valueToTree(claim);
                node.put("text", claim.text().substring(0, MAX_INDEXED_CLAIM_CHARS));
                node.put("textTruncated", true);
                one = write(node);
            } else {
                one = write(claim);
            }
            bytes += utf8Length(one) + 1;
            if (bytes > MAX_SUMMARY_JSON_BYTES) {
                break;
            }
            array.append(array.length() > 1 ? "," : "").append(one);
        }
        return array.append(']').toString();
    }

    /**
     * The summary as JSON, within the item limit. When too large (a huge article with thousands of
     * claims), claims are dropped from the end (least prominent, as they are ranked by position) and
     * long texts shortened, and the document says so in {@code "truncated"}; the write never fails.
     */
    String boundedJson(ArticleSummary summary) {
        String full = write(summary);
        if (utf8Length(full) <= MAX_SUMMARY_JSON_BYTES) {
            return full;
        }
        ObjectNode node = json.valueToTree(summary);
        ArrayNode claims = node.withArray("claims");
        int originalClaims = claims.size();
        for (var claim : claims) {
            var text = claim.path("text").asText("");
            if (text.length() > MAX_INDEXED_CLAIM_CHARS) {
                ((ObjectNode) claim).put("text", text.substring(0, MAX_INDEXED_CLAIM_CHARS));
                ((ObjectNode) claim).put("textTruncated", true);
            }
        }
        String candidate = write(node);
        while (utf8Length(candidate) > MAX_SUMMARY_JSON_BYTES && claims.size() > 0) {
            int keep = claims.size() / 2;
            while (claims.size() > keep) {
                claims.remove(claims.size() - 1);
            }
            candidate = write(node);
        }
        ObjectNode truncated = node.putObject("truncated");
        truncated.put("claimsKept", claims.size());
        truncated.put("claimsFound", originalClaims);
        candidate = write(node);
        if (utf8Length(candidate) > MAX_SUMMARY_JSON_BYTES) {
            // Still too large (enormous summary or entity lists): keep only what identifies the article.
            node.remove(List.of("entities", "speakers", "summary"));
            node.put("title", truncate(node.path("title").asText(""), 1_000));
            truncated.put("listsDropped", true);
            candidate = write(node);
        }
        return candidate;
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary not serialisable", e);
        }
    }

    static String objectKey(String bucket, String key) {
        return "O#" + bucket + "/" + key;
    }

    private static String encodeCursor(String sk) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sk.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        try {
            String sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!CURSOR_KEY.matcher(sk).matches()) {
                throw new IllegalArgumentException("invalid cursor");
            }
            return sk;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    private static byte[] gzip(String text) {
        var out = new ByteArrayOutputStream(text.length() / 3 + 64);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("stored summary is not valid gzip", e);
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String opt(Map<String, AttributeValue> item, String name) {
        var v = item.get(name);
        return v == null ? null : v.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying DynamoDB");
        }
    }

    public record SaveResult(StoredSummary summary, boolean created) {}

    public record StoredSummary(String id, String createdAt, String json) {}

    public record IndexedClaim(String speaker, String articleId, String createdAt, String title, String claimJson) {}

    public record ClaimsPage(List<IndexedClaim> claims, String nextCursor) {}

    /** The request's pagination cursor was not one we issued. */
    public static final class InvalidCursorException extends RuntimeException {
        public InvalidCursorException() {
            super("invalid cursor");
        }
    }

    /** DynamoDB kept refusing a write that should be retried later (Lambda retries the event). */
    public static final class StoreUnavailableException extends RuntimeException {
        public StoreUnavailableException(String message) {
            super(message);
        }
    }
}
