package dev.newsclaims.process;

/**
 * What processing one S3 object came to. {@code outcome} is summarized, deleted, duplicate, superseded,
 * ignored (another version than the recorded one was deleted), empty, unsupported, too_large, not_found,
 * access_denied or failed; {@code retry} is true for transient
 * failures that must make the invocation fail so that Lambda retries the event.
 */
public record ObjectResult(String bucket, String key, String outcome, String summaryId, String reason, boolean retry,
        int claims, long durationMs) {}
