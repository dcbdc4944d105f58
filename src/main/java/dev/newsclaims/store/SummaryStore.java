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
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The one place that reads and writes DynamoDB. Single-table layout, keys {@code pk}/{@code sk}:
 * <pre>
 *   A#{id}            SUMMARY              the summary JSON, gzipped; createdAt; the index keys it wrote
 *                                          (speakerKeys); for an S3 object, the event order that wrote it
 *   S#{speaker key}   {createdAt}#{id}     that speaker's claims in that article (query newest first)
 *   O#{bucket}/{key}  OBJECT               the current outcome of an S3 key: event order, version, summary id,
 *                                          and while a change is under way the summaries it replaces
 * </pre>
 * {@code createdAt} is chosen once, when an article is first stored (the S3 event time of the first
 * event that stored that version, or the time of the first post), and read back from the summary item
 * on every later write: index keys never depend on the clock of a retry, so retries and re-deliveries
 * rewrite the same items instead of adding new ones.
 *
 * <p>DynamoDB transactions are not used (dynalite, our local DynamoDB, lacks them). Instead every
 * change is a sequence of conditional single-item writes, each safe to repeat; see
 * {@link #recordObject} for the S3 path and {@link #savePosted} for the API.
 * Write units are billed per KB: the summary is stored gzipped, and a speaker's claims in one article
 * share one index item.
 */
public class SummaryStore {

    /** DynamoDB's item limit is 400 KB; leave room for keys and the other attributes of the summary item. */
    static final int MAX_SUMMARY_GZ_BYTES = 350_000;
    /** The same limit for a speaker's claims in one index item, stored as plain JSON. */
    static final int MAX_INDEXED_CLAIMS_BYTES = 350_000;
    /** A claim in the speaker index keeps at most this many characters; the full text is in the summary. */
    static final int MAX_INDEXED_CLAIM_CHARS = 4_000;
    private static final int BATCH_SIZE = 25;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CURSOR_KEY = Pattern.compile("[0-9T:.Z+-]{10,40}#[0-9a-f]{32}");
    private static final int MAX_BATCH_ATTEMPTS = 8;
    private static final int MAX_CONDITIONAL_ATTEMPTS = 5;
    /** The outcome while an event's writes are under way (see {@link #recordObject}). */
    public static final String PROCESSING = "processing";
    /** Outcomes after which the same event needs no further work. */
    private static final Set<String> FINAL_OUTCOMES = Set.of("summarized", "deleted");

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    public SummaryStore(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
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
     * Stores a posted article's summary and its speaker index; an existing summary of the same id (the
     * same text posted again) is kept and returned. The summary is written first, only if absent, then
     * its index items. If the index write failed, posting again rewrites the same index items (same
     * keys, under the stored createdAt): the claims are listed once.
     */
    public SaveResult savePosted(ArticleSummary summary, String now) {
        Prepared prepared = prepare(summary);
        Optional<StoredSummary> existing = find(summary.id());
        if (existing.isEmpty()) {
            try {
                db.putItem(b -> b.tableName(table).item(summaryItem(prepared, now, null, prepared.speakerKeys()))
                        .conditionExpression("attribute_not_exists(pk)"));
                writeSpeakerIndex(prepared, now, null);
                return new SaveResult(new StoredSummary(summary.id(), now, prepared.json()), true);
            } catch (ConditionalCheckFailedException raced) {
                existing = find(summary.id());
            }
        }
        StoredSummary stored = existing.orElseThrow(() -> new IllegalStateException("summary vanished: " + summary.id()));
        writeSpeakerIndex(prepared, stored.createdAt(), null);
        return new SaveResult(stored, false);
    }

    /**
     * The summary of an S3 object version, then its index items. The summary item is written only if it
     * is new, or was written by this event or an older one under the same createdAt; it lists every index
     * key it ever wrote (earlier runs' keys included), so that removing the article finds them all.
     * Throws {@link NewerWriterException} when a newer event of the key already wrote this summary.
     */
    private void saveObjectSummary(Prepared prepared, String firstSeenAt, String order) {
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> existing = summaryItem(prepared.id());
            String createdAt = existing == null ? firstSeenAt : existing.get("createdAt").s();
            Set<String> earlierKeys = existing == null ? Set.of() : stringSet(existing, "speakerKeys");
            Set<String> keys = new TreeSet<>(prepared.speakerKeys());
            keys.addAll(earlierKeys);
            var put = PutItemRequest.builder().tableName(table).item(summaryItem(prepared, createdAt, order, keys));
            if (existing == null) {
                put.conditionExpression("attribute_not_exists(pk)");
            } else {
                put.conditionExpression("createdAt = :created AND (attribute_not_exists(sequencer) OR sequencer <= :order)")
                        .expressionAttributeValues(Map.of(":created", s(createdAt), ":order", s(order)));
            }
            try {
                db.putItem(put.build());
            } catch (ConditionalCheckFailedException raced) {
                Map<String, AttributeValue> now = summaryItem(prepared.id());
                if (now != null && now.containsKey("sequencer") && now.get("sequencer").s().compareTo(order) > 0) {
                    throw new NewerWriterException();
                }
                if (attempt >= MAX_CONDITIONAL_ATTEMPTS) {
                    throw new StoreUnavailableException("the summary " + prepared.id() + " kept changing underneath");
                }
                continue;
            }
            writeSpeakerIndex(prepared, createdAt, order);
            for (String stale : earlierKeys) {
                if (!prepared.speakerKeys().contains(stale)) {
                    deleteIndexItem(stale, createdAt, prepared.id(), order);
                }
            }
            return;
        }
    }

    private Map<String, AttributeValue> summaryItem(Prepared prepared, String createdAt, String order, Set<String> keys) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("A#" + prepared.id()));
        item.put("sk", s("SUMMARY"));
        item.put("id", s(prepared.id()));
        item.put("createdAt", s(createdAt));
        item.put("summaryGz", AttributeValue.builder().b(SdkBytes.fromByteArray(prepared.gzipped())).build());
        item.put("summaryBytes", AttributeValue.builder().n(String.valueOf(prepared.jsonBytes())).build());
        if (prepared.title() != null && !prepared.title().isEmpty()) {
            item.put("title", s(truncate(prepared.title(), 1_000)));
        }
        if (order != null) {
            item.put("sequencer", s(order));
        }
        if (!keys.isEmpty()) {
            item.put("speakerKeys", AttributeValue.builder().ss(keys).build());
        }
        return item;
    }

    private Map<String, AttributeValue> summaryItem(String id) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s("A#" + id), "sk", s("SUMMARY"))));
        return !response.hasItem() || response.item().isEmpty() ? null : response.item();
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

    /** What {@link #recordObject} did with an event. */
    public enum Recorded {
        /** This event's result is now the key's state. */
        STORED,
        /** The same event was already recorded; nothing changed. */
        DUPLICATE,
        /** A newer event of the key was recorded first; nothing of this event remains. */
        SUPERSEDED
    }

    /**
     * Records what became of one S3 object event ({@code summary} when it was summarised, else null) and
     * makes the key's stored state follow it: the summary of an earlier version, or of a deleted object,
     * leaves the table and the speaker index. Events of a key are ordered by {@code outcome.sequencer()}
     * (see {@code S3ObjectRef.order()}); an older event than the recorded one changes nothing.
     *
     * <p>The steps, each a conditional single-item write that is safe to repeat:
     * <ol>
     * <li>Claim the key: the object item takes this event's order, the outcome {@code processing}, its
     *     summary id, and under {@code replaces} the summaries of earlier events still to remove. The
     *     write is conditional on the item's {@code revision} as read, so of two events only one claims
     *     from a given state; an older event stops here. With no summary to store and nothing to
     *     remove, the claim is the final outcome (one write).</li>
     * <li>The summary, then its index items (the summary lists its index keys, so whatever an interrupted
     *     run wrote can still be found).</li>
     * <li>Each replaced summary: its index items, then the summary item, unless a newer event wrote
     *     them. This includes what an earlier attempt of this very event stored before it failed for
     *     good: a {@code failed} outcome leaves no summary behind.</li>
     * <li>The final outcome, conditional on the claim still being this event's. If a newer event claimed
     *     the key meanwhile, this event removes what it wrote in step 2 (the newer one also lists it
     *     under {@code replaces}): nothing of an older event remains.</li>
     * </ol>
     * A crash between steps leaves {@code processing} and the list of summaries to remove; the retried
     * event claims again, keeps the list and finishes the work.
     */
    public Recorded recordObject(ObjectOutcome outcome, ArticleSummary summary, String firstSeenAt) {
        String id = summary == null ? null : summary.id();
        String order = outcome.sequencer();
        long claimedRevision = 0;
        Set<String> replaces = Set.of();
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> current = objectItem(outcome.bucket(), outcome.key());
            long revision = 0;
            if (current != null) {
                int age = current.get("sequencer").s().compareTo(order);
                boolean pending = current.containsKey("replaces") || PROCESSING.equals(current.get("outcome").s());
                if (age > 0) {
                    return Recorded.SUPERSEDED;
                }
                if (age == 0 && !pending && FINAL_OUTCOMES.contains(current.get("outcome").s())
                        && !byNewerEngine(outcome, current)) {
                    return Recorded.DUPLICATE;
                }
                revision = current.containsKey("revision") ? Long.parseLong(current.get("revision").n()) : 0;
                replaces = new TreeSet<>(stringSet(current, "replaces"));
                if (current.containsKey("summaryId")) {
                    replaces.add(current.get("summaryId").s());
                }
                if (id != null) {
                    replaces.remove(id);
                }
            }
            boolean finalNow = summary == null && replaces.isEmpty();
            var item = objectItem(outcome, finalNow ? outcome.outcome() : PROCESSING, id, replaces, revision + 1);
            var put = PutItemRequest.builder().tableName(table).item(item);
            if (current == null) {
                put.conditionExpression("attribute_not_exists(pk)");
            } else if (revision == 0) {
                put.conditionExpression("attribute_not_exists(revision) AND sequencer = :seen")
                        .expressionAttributeValues(Map.of(":seen", current.get("sequencer")));
            } else {
                put.conditionExpression("revision = :seen")
                        .expressionAttributeValues(Map.of(":seen", n(revision)));
            }
            try {
                db.putItem(put.build());
            } catch (ConditionalCheckFailedException changed) {
                if (attempt >= MAX_CONDITIONAL_ATTEMPTS) {
                    throw new StoreUnavailableException("the outcome of " + outcome.key() + " kept changing underneath");
                }
                continue; // another event changed the key between our read and write: decide again
            }
            if (finalNow) {
                return Recorded.STORED;
            }
            claimedRevision = revision + 1;
            break;
        }
        if (summary != null) {
            try {
                saveObjectSummary(prepare(summary), firstSeenAt, order);
            } catch (NewerWriterException newer) {
                return Recorded.SUPERSEDED; // a newer event of the key stored this very summary
            }
        }
        for (String replaced : replaces) {
            removeSummary(replaced, order);
        }
        try {
            db.putItem(PutItemRequest.builder().tableName(table)
                    .item(objectItem(outcome, outcome.outcome(), id, Set.of(), claimedRevision + 1))
                    .conditionExpression("revision = :mine")
                    .expressionAttributeValues(Map.of(":mine", n(claimedRevision))).build());
            return Recorded.STORED;
        } catch (ConditionalCheckFailedException lost) {
            Map<String, AttributeValue> now = objectItem(outcome.bucket(), outcome.key());
            String winner = now == null || !now.containsKey("summaryId") ? null : now.get("summaryId").s();
            if (id != null && !id.equals(winner)) {
                removeSummary(id, order);
            }
            boolean sameEvent = now != null && now.get("sequencer").s().equals(order);
            return sameEvent ? Recorded.DUPLICATE : Recorded.SUPERSEDED;
        }
    }

    /**
     * A summary of another extractor version for the same event is not a duplicate: reprocessing after an
     * upgrade runs the event again, and its result replaces the older one (summary and index items).
     */
    private static boolean byNewerEngine(ObjectOutcome outcome, Map<String, AttributeValue> current) {
        if (outcome.engineVersion() == null || !"summarized".equals(outcome.outcome())) {
            return false;
        }
        var recorded = current.get("engineVersion");
        return recorded == null || !outcome.engineVersion().equals(recorded.s());
    }

    /**
     * Removes a summary of an S3 object and its index items, if this event or an older one wrote it (a
     * newer event of the key may have stored the same version again: then it is theirs). Index items
     * first, the summary item last, so that an interrupted removal still finds the list of index keys
     * when it is repeated.
     */
    private void removeSummary(String id, String order) {
        Map<String, AttributeValue> item = summaryItem(id);
        if (item == null || !item.containsKey("sequencer")) {
            return; // gone already, or a posted article (never replaced)
        }
        String writer = item.get("sequencer").s();
        if (writer.compareTo(order) > 0) {
            return;
        }
        String createdAt = item.get("createdAt").s();
        for (String speakerKey : stringSet(item, "speakerKeys")) {
            deleteIndexItem(speakerKey, createdAt, id, writer);
        }
        try {
            db.deleteItem(b -> b.tableName(table).key(Map.of("pk", s("A#" + id), "sk", s("SUMMARY")))
                    .conditionExpression("sequencer = :writer")
                    .expressionAttributeValues(Map.of(":writer", s(writer))));
        } catch (ConditionalCheckFailedException rewritten) {
            // a newer event of the key stored this summary again meanwhile: it is theirs now
        }
    }

    /** Deletes one index item unless a newer event (order above {@code order}) wrote it. */
    private void deleteIndexItem(String speakerKey, String createdAt, String id, String order) {
        try {
            db.deleteItem(b -> b.tableName(table)
                    .key(Map.of("pk", s("S#" + speakerKey), "sk", s(createdAt + "#" + id)))
                    .conditionExpression("sequencer <= :order")
                    .expressionAttributeValues(Map.of(":order", s(order))));
        } catch (ConditionalCheckFailedException absentOrNewer) {
            // nothing to delete, or not ours to delete
        }
    }

    private Map<String, AttributeValue> objectItem(ObjectOutcome outcome, String state, String summaryId,
            Set<String> replaces, long revision) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(objectKey(outcome.bucket(), outcome.key())));
        item.put("sk", s("OBJECT"));
        item.put("bucket", s(outcome.bucket()));
        item.put("key", s(outcome.key()));
        item.put("sequencer", s(outcome.sequencer()));
        item.put("outcome", s(state));
        item.put("updatedAt", s(outcome.updatedAt()));
        item.put("revision", n(revision));
        if (outcome.versionId() != null) {
            item.put("versionId", s(outcome.versionId()));
        }
        if (summaryId != null) {
            item.put("summaryId", s(summaryId));
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
        if (!replaces.isEmpty()) {
            item.put("replaces", AttributeValue.builder().ss(replaces).build());
        }
        return item;
    }

    private Map<String, AttributeValue> objectItem(String bucket, String key) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", s(objectKey(bucket, key)), "sk", s("OBJECT"))));
        return !response.hasItem() || response.item().isEmpty() ? null : response.item();
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

    /**
     * One index item per speaker and article, holding that speaker's claims (those kept in the stored
     * summary) in order. {@code order} marks which S3 event wrote it (null for posted articles).
     */
    private void writeSpeakerIndex(Prepared prepared, String createdAt, String order) {
        List<WriteRequest> writes = new ArrayList<>();
        for (var entry : prepared.bySpeaker().entrySet()) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s("S#" + entry.getKey()));
            item.put("sk", s(createdAt + "#" + prepared.id()));
            item.put("speaker", s(truncate(entry.getValue().get(0).speaker(), 500)));
            item.put("articleId", s(prepared.id()));
            item.put("createdAt", s(createdAt));
            if (prepared.title() != null && !prepared.title().isEmpty()) {
                item.put("title", s(truncate(prepared.title(), 500)));
            }
            if (order != null) {
                item.put("sequencer", s(order));
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
            if (bytes > MAX_INDEXED_CLAIMS_BYTES) {
                break;
            }
            array.append(array.length() > 1 ? "," : "").append(one);
        }
        return array.append(']').toString();
    }

    /** A summary ready to store: its JSON within the item limit, gzipped, and the claims it kept by speaker. */
    record Prepared(String id, String title, String json, byte[] gzipped, int jsonBytes,
            Map<String, List<Claim>> bySpeaker) {
        Set<String> speakerKeys() {
            return bySpeaker.keySet();
        }
    }

    /**
     * The summary as stored: gzipped JSON within the item limit, measured on the gzipped bytes that are
     * actually stored. When too large (a huge article with thousands of claims), claims are dropped from
     * the end (least prominent, as they are ranked by position) and long texts shortened, and the
     * document says so in {@code "truncated"}; the write never fails. Only the claims kept are indexed.
     */
    Prepared prepare(ArticleSummary summary) {
        List<Claim> all = summary.claims() == null ? List.of() : summary.claims();
        String text = write(summary);
        byte[] gz = gzip(text);
        int kept = all.size();
        if (gz.length > MAX_SUMMARY_GZ_BYTES) {
            ObjectNode node = json.valueToTree(summary);
            ArrayNode claims = node.withArray("claims");
            for (var claim : claims) {
                var words = claim.path("text").asText("");
                if (words.length() > MAX_INDEXED_CLAIM_CHARS) {
                    ((ObjectNode) claim).put("text", words.substring(0, MAX_INDEXED_CLAIM_CHARS));
                    ((ObjectNode) claim).put("textTruncated", true);
                }
            }
            ObjectNode truncated = node.putObject("truncated");
            truncated.put("claimsKept", claims.size());
            truncated.put("claimsFound", all.size());
            text = write(node);
            gz = gzip(text);
            while (gz.length > MAX_SUMMARY_GZ_BYTES && claims.size() > 0) {
                int keep = claims.size() / 2;
                while (claims.size() > keep) {
                    claims.remove(claims.size() - 1);
                }
                truncated.put("claimsKept", claims.size());
                text = write(node);
                gz = gzip(text);
            }
            if (gz.length > MAX_SUMMARY_GZ_BYTES) {
                // Still too large (enormous summary or entity lists): keep only what identifies the article.
                node.remove(List.of("entities", "speakers", "summary"));
                node.put("title", truncate(node.path("title").asText(""), 1_000));
                truncated.put("listsDropped", true);
                text = write(node);
                gz = gzip(text);
            }
            kept = claims.size();
        }
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        for (Claim claim : all.subList(0, kept)) {
            if (claim.speaker() != null && !claim.speaker().isBlank()) {
                bySpeaker.computeIfAbsent(truncate(speakerKey(claim.speaker()), 500), k -> new ArrayList<>()).add(claim);
            }
        }
        return new Prepared(summary.id(), summary.title(), text, gz, utf8Length(text), bySpeaker);
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

    private static Set<String> stringSet(Map<String, AttributeValue> item, String name) {
        var v = item.get(name);
        return v == null || !v.hasSs() ? Set.of() : new TreeSet<>(v.ss());
    }

    private static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
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

    /** A newer event of the same S3 key already wrote this summary. */
    private static final class NewerWriterException extends RuntimeException {
        NewerWriterException() {
            super("a newer event wrote this summary", null, false, false);
        }
    }

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
