package dev.newsclaims.process;

import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Reads one S3 object version into memory, never more than the size limit: the one read of an article's
 * bytes, for summarising it and for giving its text back to a reader of its summary.
 */
final class ObjectReader {

    private final S3Client s3;
    private final long maxBytes;

    ObjectReader(S3Client s3, long maxBytes) {
        this.s3 = s3;
        this.maxBytes = maxBytes;
    }

    record Fetched(byte[] bytes, String contentType, String etag) {}

    /**
     * The object's bytes, content type and ETag; null when it is larger than the limit. {@code versionId}
     * may be null (the current version); {@code ifMatch}, when not null, is the ETag the object must still
     * have (S3 answers 412 otherwise). S3's exceptions pass through.
     */
    Fetched read(String bucket, String key, String versionId, String ifMatch) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> {
            b.bucket(bucket).key(key);
            if (versionId != null && !versionId.isBlank()) {
                b.versionId(versionId);
            }
            if (ifMatch != null && !ifMatch.isBlank()) {
                b.ifMatch(ifMatch);
            }
        })) {
            GetObjectResponse response = in.response();
            if (response.contentLength() != null && response.contentLength() > maxBytes) {
                in.abort();
                return null;
            }
            byte[] bytes = readAtMost(in, maxBytes);
            if (bytes == null) {
                in.abort();
                return null;
            }
            return new Fetched(bytes, response.contentType(), response.eTag());
        } catch (IOException e) {
            throw software.amazon.awssdk.core.exception.SdkClientException.create("reading the object failed", e);
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : bytes;
    }
}
