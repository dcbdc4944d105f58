package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.model.Source;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.process.ArticleTexts;
import dev.newsclaims.store.SummaryStore;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * {@code GET /summaries/{id}/text}: the article's text as the extractor saw it, the text the summary's
 * offsets point into ({@link ArticleTexts}). A text never changes for its id, so it may be cached.
 */
final class ArticleTextRequests {

    /** Lambda's response limit is 6 MB; a decoded text longer than this is refused in words. */
    static final int MAX_TEXT_BYTES = 5_500_000;

    private final SummaryStore store;
    private final ArticleTexts texts;
    private final ObjectMapper json;

    ArticleTextRequests(SummaryStore store, ArticleTexts texts, ObjectMapper json) {
        this.store = store;
        this.texts = texts;
        this.json = json;
    }

    APIGatewayV2HTTPResponse text(String id) {
        if (!ArticleIds.isValid(id)) {
            throw new Problem(ProblemType.INVALID_ID, "A summary id is 32 lower-case hexadecimal characters.");
        }
        String summary = store.find(id).map(SummaryStore.StoredSummary::json)
                .orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "No summary with id " + id + "."));
        ArticleTexts.Found found;
        try {
            found = texts.text(id, source(summary));
        } catch (SdkClientException | AwsServiceException e) {
            throw new Problem(ProblemType.SERVICE_UNAVAILABLE, "The article's object cannot be read from S3 right now; try again later.")
                    .header("Retry-After", String.valueOf(ApiHandler.RETRY_AFTER_SECONDS));
        }
        if (found.text() == null) {
            throw new Problem(ProblemType.NOT_FOUND, found.reason());
        }
        byte[] bytes = found.text().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new Problem(ProblemType.CONTENT_TOO_LARGE, "The article's text has " + bytes.length
                    + " bytes, more than an answer may carry (" + MAX_TEXT_BYTES + ").");
        }
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put("Cache-Control", "private, max-age=31536000, immutable");
        headers.put("X-Content-Type-Options", "nosniff");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(found.text())
                .withIsBase64Encoded(false).build();
    }

    private Source source(String summaryJson) {
        try {
            JsonNode source = json.readTree(summaryJson).get("source");
            return source == null || source.isNull() ? null : json.treeToValue(source, Source.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored summary has no readable source", e);
        }
    }
}
