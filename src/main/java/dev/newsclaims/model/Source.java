package dev.newsclaims.model;

/** Where the article came from: the S3 object version, or null when posted to the API. */
public record Source(String bucket, String key, String versionId, String etag, String contentType, long bytes) {}
