package dev.newsclaims.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Summary ids are 32 hex characters derived from what was summarised: the S3 object version, or the
 * posted text. The same input always gets the same id, which is what makes retries idempotent.
 */
public final class ArticleIds {

    private static final Pattern VALID = Pattern.compile("[0-9a-f]{32}");

    private ArticleIds() {}

    public static String forObject(String bucket, String key, String versionId, String etag) {
        String version = versionId != null && !versionId.isBlank() ? "v:" + versionId : "e:" + (etag == null ? "" : etag);
        return hash("s3\n" + bucket + "\n" + key + "\n" + version);
    }

    public static String forPostedText(String title, String text) {
        return hash("api\n" + (title == null ? "" : title) + "\n" + text);
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
