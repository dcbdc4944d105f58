package dev.newsclaims.handler;

/**
 * The API's problem types (RFC 9457). Problems that HTTP's status code already says everything about
 * are {@code about:blank} with the status phrase as title; our own have a URI, documented in the README.
 * One is no error: an ambiguous speaker name is answered 300 Multiple Choices with the candidates, in the
 * same shape, so that clients read every non-2xx answer one way.
 */
enum ProblemType {
    BAD_REQUEST(400, null, "Bad Request"),
    INVALID_JSON(400, "invalid-json", "Invalid JSON"),
    INVALID_ARTICLE(400, "invalid-article", "Invalid article"),
    EMPTY_ARTICLE(400, "empty-article", "Empty article"),
    INVALID_ID(400, "invalid-id", "Invalid summary id"),
    INVALID_SPEAKER(400, "invalid-speaker", "Invalid speaker name"),
    INVALID_LIMIT(400, "invalid-limit", "Invalid limit"),
    INVALID_CURSOR(400, "invalid-cursor", "Invalid cursor"),
    INVALID_QUERY(400, "invalid-query", "Invalid speaker search"),
    INVALID_QUOTE_QUERY(400, "invalid-query", "Invalid quotation search"),
    QUERY_TOO_BROAD(400, "query-too-broad", "Speaker search too broad"),
    INVALID_DATE(400, "invalid-date", "Invalid date"),
    INVALID_FILTER(400, "invalid-filter", "Invalid claim filter"),
    AMBIGUOUS_SPEAKER(300, "ambiguous-speaker", "Ambiguous speaker"),
    NOT_FOUND(404, null, "Not Found"),
    METHOD_NOT_ALLOWED(405, null, "Method Not Allowed"),
    CONTENT_TOO_LARGE(413, null, "Content Too Large"),
    UNSUPPORTED_MEDIA_TYPE(415, null, "Unsupported Media Type"),
    NOT_AN_ARTICLE(422, "not-an-article", "Not an article"),
    UNSUPPORTED_LANGUAGE(422, "unsupported-language", "Unsupported language"),
    INTERNAL_ERROR(500, null, "Internal Server Error"),
    SERVICE_UNAVAILABLE(503, null, "Service Unavailable");

    static final String BASE = "https://newsclaims.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    int status() {
        return status;
    }

    String uri() {
        return slug == null ? "about:blank" : BASE + slug;
    }

    String title() {
        return title;
    }
}
