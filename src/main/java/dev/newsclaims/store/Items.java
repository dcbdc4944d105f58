package dev.newsclaims.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers for reading and building DynamoDB items, shared by the store's classes. */
final class Items {

    private Items() {}

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    static AttributeValue ss(Set<String> values) {
        return AttributeValue.builder().ss(values).build();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    static String opt(Map<String, AttributeValue> item, String name) {
        var v = item.get(name);
        return v == null ? null : v.s();
    }

    static long number(Map<String, AttributeValue> item, String name) {
        var v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    static Set<String> stringSet(Map<String, AttributeValue> item, String name) {
        var v = item == null ? null : item.get(name);
        return v == null || !v.hasSs() ? Set.of() : new TreeSet<>(v.ss());
    }

    static boolean present(Map<String, AttributeValue> item) {
        return item != null && !item.isEmpty();
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * Marks a count or directory item whose speaker has nothing left as expiring: DynamoDB's time to live
     * (attribute {@value #EXPIRES_AT}, enabled in the template) deletes it a day later, when no writer that
     * read it before can still be at work. Readers skip items with no articles. A new article of the
     * speaker rewrites the item without the mark.
     */
    static void tombstone(Map<String, AttributeValue> item) {
        item.put(EXPIRES_AT, n(java.time.Instant.now().plus(TOMBSTONE_DAYS, java.time.temporal.ChronoUnit.DAYS).getEpochSecond()));
    }

    /** The time-to-live attribute of the table (epoch seconds). */
    static final String EXPIRES_AT = "expiresAt";
    static final int TOMBSTONE_DAYS = 1;

    /** Waits before another attempt at a contended or throttled write; interrupted means give up now. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SummaryStore.StoreUnavailableException("interrupted while retrying DynamoDB");
        }
    }
}
