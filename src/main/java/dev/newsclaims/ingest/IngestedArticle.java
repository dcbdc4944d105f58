package dev.newsclaims.ingest;

/**
 * The outcome of turning an object's bytes into article text. When {@code status} is not
 * {@link Status#TEXT}, {@code text} is empty and {@code reason} says why in words a user can read.
 */
public record IngestedArticle(Status status, String text, String format, String charset, String detectedType, String reason) {

    public enum Status { TEXT, EMPTY, UNSUPPORTED }

    static IngestedArticle text(String text, String format, String charset) {
        return new IngestedArticle(Status.TEXT, text, format, charset, format, null);
    }

    static IngestedArticle empty(String format, String charset) {
        return new IngestedArticle(Status.EMPTY, "", format, charset, format, "the object holds no text");
    }

    static IngestedArticle unsupported(String detectedType, String reason) {
        return new IngestedArticle(Status.UNSUPPORTED, "", null, null, detectedType, reason);
    }
}
