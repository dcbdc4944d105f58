package dev.newsclaims.backfill;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.process.S3ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Finds the objects whose summary an older extractor made and puts them on the queue again. Their
 * outcome items ({@code O#…}/{@code OBJECT}) record the engine version; one paginated Scan with a filter
 * finds them. A Scan reads (and bills) the whole table, about 0.5 read unit per 4 KB: some 11 GB, or
 * 1.4 million read units (≈ $0.17 on demand), per million 2.5 KB articles; an index on the engine version
 * would cost a write on every article instead, to save a read that happens once per upgrade.
 *
 * <p>The messages carry the recorded event order, so the function sees the same event again: it redoes
 * it because the recorded engine differs, rewrites the same summary id under its first date (the index
 * items of speakers the new engine no longer finds are deleted), and any further copy of the message is
 * then a duplicate.
 */
public final class Reprocessing {

    private final DynamoDbClient db;
    private final String table;
    private final QueueFeeder feeder;

    public Reprocessing(DynamoDbClient db, String table, QueueFeeder feeder) {
        this.db = db;
        this.table = table;
        this.feeder = feeder;
    }

    public record Totals(long scanned, double readUnits, long stale, long enqueued) {}

    public Totals enqueueStale() {
        long scanned = 0;
        double units = 0;
        long stale = 0;
        long enqueued = 0;
        List<S3ObjectRef> pending = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            var page = db.scan(b -> {
                b.tableName(table)
                        .filterExpression("sk = :object AND outcome = :summarized"
                                + " AND (attribute_not_exists(engineVersion) OR engineVersion <> :current)")
                        .projectionExpression("#b, #k, versionId, #seq, summaryId")
                        .expressionAttributeNames(Map.of("#b", "bucket", "#k", "key", "#seq", "sequencer"))
                        .expressionAttributeValues(Map.of(":object", AttributeValue.fromS("OBJECT"),
                                ":summarized", AttributeValue.fromS("summarized"),
                                ":current", AttributeValue.fromS(Extractor.ENGINE.version())))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
                if (from != null) {
                    b.exclusiveStartKey(from);
                }
            });
            scanned += page.scannedCount();
            units += page.consumedCapacity() == null || page.consumedCapacity().capacityUnits() == null ? 0
                    : page.consumedCapacity().capacityUnits();
            for (var item : page.items()) {
                stale++;
                pending.add(sameEvent(item.get("bucket").s(), item.get("key").s(), text(item, "versionId"),
                        item.get("sequencer").s()));
                if (pending.size() == 10) {
                    feeder.send(pending, QueueFeeder.REPROCESS_EVENT);
                    enqueued += pending.size();
                    pending.clear();
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        if (!pending.isEmpty()) {
            feeder.send(pending, QueueFeeder.REPROCESS_EVENT);
            enqueued += pending.size();
        }
        return new Totals(scanned, units, stale, enqueued);
    }

    /**
     * An object reference whose {@link S3ObjectRef#order()} is the recorded order: an S3 sequencer as is, or
     * for an event that had none, the event time and version (or ETag) it was ordered by.
     */
    static S3ObjectRef sameEvent(String bucket, String key, String versionId, String order) {
        if (!order.startsWith("~")) {
            return new S3ObjectRef(bucket, key, versionId, null, 0, order, null);
        }
        int hash = order.indexOf('#');
        String eventTime = order.substring(1, hash);
        String version = order.substring(hash + 1);
        return version.startsWith("v:")
                ? new S3ObjectRef(bucket, key, version.substring(2), null, 0, null, eventTime.isEmpty() ? null : eventTime)
                : new S3ObjectRef(bucket, key, versionId, version.substring(2), 0, null, eventTime.isEmpty() ? null : eventTime);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        var value = item.get(name);
        return value == null ? null : value.s();
    }
}
