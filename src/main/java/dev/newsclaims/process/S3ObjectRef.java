package dev.newsclaims.process;

import java.util.Locale;

/**
 * One object named by an S3 event record, key already URL-decoded. {@code sequencer} orders events
 * of the same key; {@code eventTime} (ISO-8601) dates an article the first time it is stored.
 */
public record S3ObjectRef(String bucket, String key, String versionId, String etag, long size, String sequencer,
        String eventTime) {

    /**
     * The sequencer of backfills (a listing, a Batch Operations task): below every sequencer S3 assigns,
     * so that such an event never supersedes a real one, and every later upload supersedes it.
     */
    public static final String BEFORE_EVERY_EVENT = "0";

    /**
     * The order of this event among the events of its key, as a string that sorts like the events.
     * S3's sequencer is a hex string of varying length: left-padded to 32 digits, string order is S3's
     * order. An event without one (hand-made, or from another producer) is ordered by its event time and
     * then by its version id or ETag, after every event that has a sequencer: two different versions
     * never share an order, so they are never taken for duplicates of each other, and a re-delivery of
     * the same event keeps its order.
     */
    public String order() {
        if (sequencer != null && !sequencer.isBlank()) {
            String hex = sequencer.trim().toUpperCase(Locale.ROOT);
            return hex.length() >= 32 ? hex : "0".repeat(32 - hex.length()) + hex;
        }
        String version = versionId != null && !versionId.isBlank() ? "v:" + versionId
                : "e:" + (etag == null ? "" : etag.replace("\"", ""));
        return "~" + (eventTime == null ? "" : eventTime) + "#" + version;
    }
}
