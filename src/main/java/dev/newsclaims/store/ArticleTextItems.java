package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A posted article's text, {@code A#{id}} / {@code TEXT}, gzipped: the text the summary's offsets point
 * into (an S3 article's text is read again from its object version instead). One item beside the summary,
 * so that reading a summary never pays for its text; a text whose gzip exceeds the item limit is not kept.
 * Measured over 1,373 news articles: gzip halves a text (median 1.4 KB), 2 write units per post (mean 2.3, p95 5)
 * beside ≈ 15.5 for the summary and its index (bench/results/posted-texts-2026-12-07.md).
 */
final class ArticleTextItems {

    static final String SORT_KEY = "TEXT";

    private final DynamoDbClient db;
    private final String table;

    ArticleTextItems(DynamoDbClient db, String table) {
        this.db = db;
        this.table = table;
    }

    /** Writes the text unless its gzip is over the limit; the same id always has the same text, so a rewrite is harmless. */
    boolean put(String id, String text) {
        byte[] gz = SummaryItems.gzip(text);
        if (gz.length > SummaryItems.MAX_SUMMARY_GZ_BYTES) {
            return false;
        }
        Map<String, AttributeValue> item = new HashMap<>(key("A#" + id, SORT_KEY));
        item.put("textGz", AttributeValue.builder().b(SdkBytes.fromByteArray(gz)).build());
        db.putItem(b -> b.tableName(table).item(item));
        return true;
    }

    Optional<String> get(String id) {
        var response = db.getItem(b -> b.tableName(table).key(key("A#" + id, SORT_KEY)));
        if (!Items.present(response.item()) || !response.item().containsKey("textGz")) {
            return Optional.empty();
        }
        return Optional.of(SummaryItems.gunzip(response.item().get("textGz").b().asByteArray()));
    }
}
