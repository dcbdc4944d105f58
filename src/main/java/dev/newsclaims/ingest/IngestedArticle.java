package dev.newsclaims.ingest;

/**
 * The outcome of turning an object's bytes into article text. When {@code status} is not
 * {@link Status#TEXT}, {@code text} is empty and {@code reason} says why in words a user can read.
 * {@code language} is the detected language (ISO 639-1, or {@code und}), null when no text was read.
 */
public record IngestedArticle(Status status, String text, String format, String charset, String detectedType, String language,
        String reason) {

    public enum Status { TEXT, EMPTY, UNSUPPORTED, UNSUPPORTED_LANGUAGE }

    static IngestedArticle text(String text, String format, String charset, String language) {
        return new IngestedArticle(Status.TEXT, text, format, charset, format, language, null);
    }

    static IngestedArticle empty(String format, String charset) {
        return new IngestedArticle(Status.EMPTY, "", format, charset, format, null, "the object holds no text");
    }

    static IngestedArticle unsupported(String detectedType, String reason) {
        return new IngestedArticle(Status.UNSUPPORTED, "", null, null, detectedType, null, reason);
    }

    static IngestedArticle unsupportedLanguage(String language, String format, String charset) {
        return new IngestedArticle(Status.UNSUPPORTED_LANGUAGE, "", format, charset, format, language,
                "the article is written in " + LanguageNames.describe(language) + "; only English articles are summarised");
    }
}
