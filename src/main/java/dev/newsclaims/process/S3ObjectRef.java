package dev.newsclaims.process;

/**
 * One object named by an S3 event record, key already URL-decoded. {@code sequencer} orders events
 * of the same key; {@code eventTime} (ISO-8601) dates the version's claims in the speaker index.
 */
public record S3ObjectRef(String bucket, String key, String versionId, String etag, long size, String sequencer,
        String eventTime) {

    /** S3 sequencers are hex strings of varying length: pad them so that string order is event order. */
    public String paddedSequencer() {
        String s = sequencer == null || sequencer.isBlank() ? "0" : sequencer.trim().toUpperCase(java.util.Locale.ROOT);
        return s.length() >= 32 ? s : "0".repeat(32 - s.length()) + s;
    }
}
