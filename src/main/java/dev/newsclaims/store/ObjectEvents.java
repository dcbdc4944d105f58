package dev.newsclaims.store;

import static dev.newsclaims.store.Items.n;
import static dev.newsclaims.store.Items.s;
import static dev.newsclaims.store.Items.stringSet;
import static dev.newsclaims.store.Items.truncate;

import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.store.SummaryStore.Recorded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * S3 object events made into the key's stored state ({@link SummaryStore#recordObject}): the object items
 * {@code O#{bucket}/{key}} / {@code OBJECT}, and the summaries and index items of the versions they name.
 */
final class ObjectEvents {

    private static final int MAX_CONDITIONAL_ATTEMPTS = 5;
    /** Outcomes after which the same event needs no further work. */
    private static final Set<String> FINAL_OUTCOMES = Set.of("summarized", "deleted");

    private final DynamoDbClient db;
    private final String table;
    private final SummaryItems summaries;
    private final SpeakerIndex index;
    private final SpeakerTallies tallies;
    private final QuoteIndex quotes;

    ObjectEvents(DynamoDbClient db, String table, SummaryItems summaries, SpeakerIndex index, SpeakerTallies tallies,
            QuoteIndex quotes) {
        this.db = db;
        this.table = table;
        this.summaries = summaries;
        this.index = index;
        this.tallies = tallies;
        this.quotes = quotes;
    }

    static String objectKey(String bucket, String key) {
        return "O#" + bucket + "/" + key;
    }

    /** See {@link SummaryStore#recordObject} for the steps. */
    Recorded record(ObjectOutcome outcome, ArticleSummary summary, String firstSeenAt) {
        String id = summary == null ? null : summary.id();
        String order = outcome.sequencer();
        long claimedRevision = 0;
        Set<String> replaces = Set.of();
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> current = objectItem(outcome.bucket(), outcome.key());
            long revision = 0;
            if (current != null) {
                int age = current.get("sequencer").s().compareTo(order);
                boolean pending = current.containsKey("replaces") || SummaryStore.PROCESSING.equals(current.get("outcome").s());
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
            var item = objectItem(outcome, finalNow ? outcome.outcome() : SummaryStore.PROCESSING, id, replaces, revision + 1);
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
                    throw new SummaryStore.StoreUnavailableException("the outcome of " + outcome.key() + " kept changing underneath");
                }
                continue; // another event changed the key between our read and write: decide again
            }
            if (finalNow) {
                return Recorded.STORED;
            }
            claimedRevision = revision + 1;
            break;
        }
        SpeakerTallies.Changes changes = new SpeakerTallies.Changes();
        if (summary != null) {
            try {
                saveSummary(summaries.prepare(quotes.group(summary)), firstSeenAt, order, changes);
            } catch (NewerWriterException newer) {
                return Recorded.SUPERSEDED; // a newer event of the key stored this very summary
            }
        }
        List<Retracted> retracted = new ArrayList<>();
        for (String replaced : replaces) {
            Retracted r = retract(replaced, order, changes);
            if (r != null) {
                retracted.add(r);
            }
        }
        // One recount for the new version and the replaced ones together (a correction usually names the
        // same speakers), before the replaced summary items go: until then they still list what to recount.
        tallies.apply(changes);
        retracted.forEach(this::deleteSummaryItem);
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
     * The summary of an S3 object version, then its index items and quotation appearances. The summary item is written only if it
     * is new, or was written by this event or an older one under the same createdAt; it lists every index
     * key it ever wrote (earlier runs' keys included), so that removing the article finds them all.
     * Throws {@link NewerWriterException} when a newer event of the key already wrote this summary.
     */
    private void saveSummary(SummaryItems.Prepared prepared, String firstSeenAt, String order, SpeakerTallies.Changes changes) {
        for (int attempt = 1; ; attempt++) {
            Map<String, AttributeValue> existing = summaries.get(prepared.id());
            String createdAt = existing == null ? firstSeenAt : existing.get("createdAt").s();
            Set<String> earlierKeys = existing == null ? Set.of() : stringSet(existing, "speakerKeys");
            Set<String> earlierListed = existing == null ? Set.of() : stringSet(existing, "listedKeys");
            Set<String> earlierQuotes = existing == null ? Set.of() : stringSet(existing, "quoteKeys");
            Set<String> groups = QuoteIndex.groupIds(prepared);
            Set<String> quoteKeys = new TreeSet<>(groups);
            quoteKeys.addAll(earlierQuotes);
            Set<String> keys = new TreeSet<>(prepared.speakerKeys());
            keys.addAll(earlierKeys);
            Set<String> listed = new TreeSet<>(prepared.listed());
            listed.addAll(earlierListed);
            var put = PutItemRequest.builder().tableName(table).item(summaries.item(prepared, createdAt, order, keys, listed, quoteKeys));
            if (existing == null) {
                put.conditionExpression("attribute_not_exists(pk)");
            } else {
                put.conditionExpression("createdAt = :created AND (attribute_not_exists(sequencer) OR sequencer <= :order)")
                        .expressionAttributeValues(Map.of(":created", s(createdAt), ":order", s(order)));
            }
            try {
                db.putItem(put.build());
            } catch (ConditionalCheckFailedException raced) {
                Map<String, AttributeValue> now = summaries.get(prepared.id());
                if (now != null && now.containsKey("sequencer") && now.get("sequencer").s().compareTo(order) > 0) {
                    throw new NewerWriterException();
                }
                if (attempt >= MAX_CONDITIONAL_ATTEMPTS) {
                    throw new SummaryStore.StoreUnavailableException("the summary " + prepared.id() + " kept changing underneath");
                }
                continue;
            }
            Set<String> changed = new TreeSet<>(index.write(prepared, createdAt, order, listed));
            for (String stale : earlierKeys) {
                if (!prepared.speakerKeys().contains(stale) && index.delete(stale, createdAt, prepared.id(), order)) {
                    changed.add(stale);
                }
            }
            changes.add(listed, createdAt, changed);
            quotes.write(prepared, createdAt, order);
            for (String stale : earlierQuotes) {
                if (!groups.contains(stale)) {
                    quotes.delete(stale, createdAt, prepared.id(), order);
                }
            }
            return;
        }
    }

    /** A summary whose index items are gone and whose summary item goes once the counts are redone. */
    private record Retracted(String id, String writer) {}

    /**
     * Deletes the index items of a summary of an S3 object if this event or an older one wrote it (a newer
     * event of the key may have stored the same version again: then it is theirs), and notes its listed
     * speakers for recounting. The summary item stays until the counts are redone, so that an interrupted
     * removal still finds the list of index keys when it is repeated.
     */
    private Retracted retract(String id, String order, SpeakerTallies.Changes changes) {
        Map<String, AttributeValue> item = summaries.get(id);
        if (item == null || !item.containsKey("sequencer")) {
            return null; // gone already, or a posted article (never replaced)
        }
        String writer = item.get("sequencer").s();
        if (writer.compareTo(order) > 0) {
            return null;
        }
        String createdAt = item.get("createdAt").s();
        Set<String> changed = new TreeSet<>();
        for (String speakerKey : stringSet(item, "speakerKeys")) {
            if (index.delete(speakerKey, createdAt, id, writer)) {
                changed.add(speakerKey);
            }
        }
        changes.add(stringSet(item, "listedKeys"), createdAt, changed);
        for (String groupId : stringSet(item, "quoteKeys")) {
            quotes.delete(groupId, createdAt, id, writer);
        }
        return new Retracted(id, writer);
    }

    private void deleteSummaryItem(Retracted r) {
        try {
            db.deleteItem(b -> b.tableName(table).key(SummaryItems.itemKey(r.id()))
                    .conditionExpression("sequencer = :writer")
                    .expressionAttributeValues(Map.of(":writer", s(r.writer()))));
        } catch (ConditionalCheckFailedException rewritten) {
            // a newer event of the key stored this summary again meanwhile: it is theirs now
        }
    }

    /** Removes a summary of an S3 object, its index items and its share of the counts. */
    private void removeSummary(String id, String order) {
        SpeakerTallies.Changes changes = new SpeakerTallies.Changes();
        Retracted r = retract(id, order, changes);
        if (r != null) {
            tallies.apply(changes);
            deleteSummaryItem(r);
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
            item.put("replaces", Items.ss(replaces));
        }
        return item;
    }

    Map<String, AttributeValue> objectItem(String bucket, String key) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Items.key(objectKey(bucket, key), "OBJECT")));
        return Items.present(response.item()) ? response.item() : null;
    }

    /** A newer event of the same S3 key already wrote this summary. */
    private static final class NewerWriterException extends RuntimeException {
        NewerWriterException() {
            super("a newer event wrote this summary", null, false, false);
        }
    }
}
