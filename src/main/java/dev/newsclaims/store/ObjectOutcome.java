package dev.newsclaims.store;

/**
 * What happened to one S3 object event: {@code summarized}, {@code deleted}, {@code empty}, {@code unsupported},
 * {@code too_large}, {@code not_found}, {@code access_denied} or {@code failed}, with a reason people can read
 * ({@code processing} while the event's writes are under way). {@code sequencer} is the event's order among
 * the events of its key, a string whose order is event order ({@code S3ObjectRef.order()}).
 * {@code engineVersion} is the extractor version of a {@code summarized} outcome (null otherwise), so that
 * the summaries of an older extractor can be found and made again.
 */
public record ObjectOutcome(
        String bucket,
        String key,
        String versionId,
        String sequencer,
        String outcome,
        String summaryId,
        String reason,
        String detectedType,
        String updatedAt,
        String engineVersion) {}
