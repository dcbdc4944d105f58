package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.n;
import static dev.newsclaims.store.Items.s;
import static dev.newsclaims.store.Items.truncate;
import static dev.newsclaims.store.Items.utf8Length;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The speaker index: {@code S#{speaker key}} / {@code {createdAt}#{id}}, one item per speaker and
 * article holding that speaker's claims (as kept in the stored summary; gzipped JSON, as writes and
 * reads are billed by item size), newest article first. Each
 * item also says how many claims it holds ({@code n}), their acts and kinds (so a query can skip items
 * without a wanted claim) and whether the article names the speaker as a person or an organisation
 * ({@code listed}: only such items count in the speaker directory). Read by {@link ClaimPages}.
 */
final class SpeakerIndex {

    /** The same limit as a summary's for a speaker's claims in one index item, stored as plain JSON. */
    static final int MAX_INDEXED_CLAIMS_BYTES = 350_000;
    /** A claim in the speaker index keeps at most this many characters; the full text is in the summary. */
    static final int MAX_INDEXED_CLAIM_CHARS = 4_000;
    private static final int BATCH_SIZE = 25;
    private static final int MAX_BATCH_ATTEMPTS = 8;

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    SpeakerIndex(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
    }

    static String partition(String speakerKey) {
        return "S#" + speakerKey;
    }

    /**
     * Writes one item per speaker of the summary; {@code order} marks the S3 event that wrote it (null for
     * posts). The items of {@code watched} speakers (listed now or before) are written one by one, returning
     * the item they replace, so that the speakers whose counted items really changed are known: only those
     * must rewrite their counts ({@link SpeakerTallies}); the others go in batches.
     *
     * @return the speakers of {@code watched} whose counted item was added, removed from the counts or changed
     */
    Set<String> write(SummaryItems.Prepared prepared, String createdAt, String order, Set<String> watched) {
        List<WriteRequest> writes = new ArrayList<>();
        Set<String> changed = new TreeSet<>();
        for (var entry : prepared.bySpeaker().entrySet()) {
            Kept kept = indexedClaims(entry.getValue());
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s(partition(entry.getKey())));
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
            item.put("claimsGz", AttributeValue.fromB(SdkBytes.fromByteArray(SummaryItems.gzip(kept.json()))));
            item.put("n", n(kept.claims().size()));
            putSet(item, "acts", kept.claims().stream().map(c -> c.act() == null ? Claim.SPEECH : c.act()).toList());
            putSet(item, "kinds", kept.claims().stream().map(Claim::kind).toList());
            if (prepared.listed().contains(entry.getKey())) {
                item.put("listed", AttributeValue.fromBool(true));
            }
            if (watched.contains(entry.getKey())) {
                var old = db.putItem(b -> b.tableName(table).item(item).returnValues(ReturnValue.ALL_OLD)).attributes();
                if (counted(old) != counted(item)) {
                    changed.add(entry.getKey());
                }
            } else {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
        }
        for (int from = 0; from < writes.size(); from += BATCH_SIZE) {
            writeBatch(writes.subList(from, Math.min(writes.size(), from + BATCH_SIZE)));
        }
        return changed;
    }

    /** What an item adds to the counts: its claims if it is listed, nothing otherwise (or when absent). */
    private static long counted(Map<String, AttributeValue> item) {
        return item != null && item.containsKey("listed") && Boolean.TRUE.equals(item.get("listed").bool())
                ? Items.number(item, "n") : 0;
    }

    /**
     * Deletes one index item unless a newer event (order above {@code order}) wrote it.
     *
     * @return whether a counted (listed) item was deleted
     */
    boolean delete(String speakerKey, String createdAt, String id, String order) {
        try {
            var old = db.deleteItem(b -> b.tableName(table)
                    .key(key(partition(speakerKey), createdAt + "#" + id))
                    .conditionExpression("sequencer <= :order")
                    .expressionAttributeValues(Map.of(":order", s(order)))
                    .returnValues(ReturnValue.ALL_OLD)).attributes();
            return counted(old) > 0;
        } catch (ConditionalCheckFailedException absentOrNewer) {
            return false; // nothing to delete, or not ours to delete
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
            Items.pause(Math.min(1_000L, 25L << attempt));
        }
        throw new SummaryStore.StoreUnavailableException("DynamoDB left speaker-index items unprocessed after "
                + MAX_BATCH_ATTEMPTS + " attempts");
    }

    /** The claims an index item holds, and their JSON array. */
    private record Kept(List<Claim> claims, String json) {}

    /**
     * The claims an index item keeps: long texts shortened (the summary keeps them whole) and, for a speaker
     * quoted at enormous length, later claims dropped to stay within the item limit.
     */
    private Kept indexedClaims(List<Claim> claims) {
        List<Claim> kept = new ArrayList<>();
        StringBuilder array = new StringBuilder("[");
        int bytes = 2;
        for (Claim claim : claims) {
            String one = claimJson(claim);
            bytes += utf8Length(one) + 1;
            if (bytes > MAX_INDEXED_CLAIMS_BYTES) {
                break;
            }
            array.append(kept.isEmpty() ? "" : ",").append(one);
            kept.add(claim);
        }
        return new Kept(kept, array.append(']').toString());
    }

    private String claimJson(Claim claim) {
        try {
            if (claim.text() != null && claim.text().length() > MAX_INDEXED_CLAIM_CHARS) {
                ObjectNode node = json.valueToTree(claim);
                node.put("text", claim.text().substring(0, MAX_INDEXED_CLAIM_CHARS));
                node.put("textTruncated", true);
                return json.writeValueAsString(node);
            }
            return json.writeValueAsString(claim);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim not serialisable", e);
        }
    }

    private static void putSet(Map<String, AttributeValue> item, String name, List<String> values) {
        Set<String> set = new TreeSet<>();
        values.stream().filter(v -> v != null && !v.isEmpty()).forEach(set::add);
        if (!set.isEmpty()) {
            item.put(name, Items.ss(set));
        }
    }
}
