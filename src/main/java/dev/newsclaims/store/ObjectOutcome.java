package dev.newsclaims.store;

/**
 * What happened to one S3 object version: {@code summarized}, {@code empty}, {@code unsupported},
 * {@code too_large}, {@code not_found}, {@code access_denied} or {@code failed}, with a reason people can read.
 * {@code sequencer} is S3's per-key event order, left-padded so that string order is event order.
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
