package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.process.ArticlePipeline;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.ArticleTexts;
import dev.newsclaims.process.PostedArticles;
import dev.newsclaims.store.SummaryStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The HTTP API (API Gateway HTTP API, payload 2.0):
 * POST /summaries, GET /summaries/{id}, GET /summaries/{id}/text ({@link ArticleTextRequests}), GET /speakers?q=,
 * GET /speakers/{name}/claims ({@link SpeakerRequests}), GET /quotes?text=, GET /quotes/{id} ({@link QuoteRequests}),
 * and the viewer page at GET / ({@link PageFiles}) with its sign-in settings at GET /page/auth.json ({@link PageSignIn}).
 * Errors are RFC 9457 problem documents ({@link ProblemType}) that never carry stack traces or AWS error
 * text: a client error is a 4xx, a defect of ours a 500, and only an unreachable or throttling DynamoDB a
 * 503 with Retry-After.
 */
@Named("api")
public class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final int MAX_BODY_BYTES = 1_048_576;
    /** Seconds a client should wait before retrying when DynamoDB is unreachable or throttling. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ApiHandler.class);

    @Inject
    PostedArticles posted;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    @Inject
    ArticleTexts texts;

    @Inject
    PageSignIn signIn;

    private SpeakerRequests speakers() {
        return new SpeakerRequests(store, json);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        try {
            response = route(event);
        } catch (Problem p) {
            response = problem(p);
        } catch (SummaryStore.InvalidCursorException e) {
            response = problem(new Problem(ProblemType.INVALID_CURSOR, "The cursor parameter is not one this API issued."));
        } catch (RuntimeException e) {
            if (dependencyUnavailable(e)) {
                LOG.warnf("request %s: storage unavailable: %s", requestId, e.toString());
                response = problem(new Problem(ProblemType.SERVICE_UNAVAILABLE,
                        "The summary store cannot be reached right now; try again later."));
                response.getHeaders().put("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            } else {
                LOG.errorf(e, "request %s failed", requestId);
                response = problem(new Problem(ProblemType.INTERNAL_ERROR,
                        "The request failed because of an error on our side; it has been logged."));
            }
        }
        logRequest(event, response, requestId, started);
        return response;
    }

    /** One JSON line per request, with the Lambda request id, for CloudWatch Logs Insights. */
    private void logRequest(APIGatewayV2HTTPEvent event, APIGatewayV2HTTPResponse response, String requestId, long started) {
        ObjectNode line = json.createObjectNode();
        line.put("requestId", requestId);
        line.put("method", event == null ? null : method(event));
        String path = event == null || event.getRawPath() == null ? "" : event.getRawPath();
        line.put("path", truncate(path, 200));
        line.put("status", response.getStatusCode());
        line.put("durationMs", (System.nanoTime() - started) / 1_000_000);
        System.out.println(line);
    }

    private APIGatewayV2HTTPResponse route(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            throw new Problem(ProblemType.BAD_REQUEST, "The request is empty.");
        }
        String method = method(event);
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        if (PageFiles.serves(path)) {
            requireMethod(method, "GET");
            if (path.equals(PageSignIn.PATH)) {
                return signIn.configuration();
            }
            return PageFiles.serve(path, event.getQueryStringParameters(), header(event, "if-none-match"),
                    header(event, "accept-encoding"), signIn.contentSecurityPolicy());
        }
        String[] parts = path.replaceAll("/+$", "").split("/", -1);
        // parts[0] is "" (leading slash)
        if (parts.length == 2 && parts[1].equals("summaries")) {
            requireMethod(method, "POST");
            return postSummary(event);
        }
        if (parts.length == 3 && parts[1].equals("summaries")) {
            requireMethod(method, "GET");
            return getSummary(decode(parts[2]));
        }
        if (parts.length == 4 && parts[1].equals("summaries") && parts[3].equals("text")) {
            requireMethod(method, "GET");
            return new ArticleTextRequests(store, texts, json).text(decode(parts[2]));
        }
        if (parts.length == 2 && parts[1].equals("speakers")) {
            requireMethod(method, "GET");
            return response(200, "application/json", speakers().search(event.getQueryStringParameters()));
        }
        if (parts.length == 4 && parts[1].equals("speakers") && parts[3].equals("claims")) {
            requireMethod(method, "GET");
            return response(200, "application/json", speakers().claims(decode(parts[2]), event.getQueryStringParameters()));
        }
        if ((parts.length == 2 || parts.length == 3) && parts[1].equals("quotes")) {
            requireMethod(method, "GET");
            var quotes = new QuoteRequests(store, json);
            return response(200, "application/json", parts.length == 2 ? quotes.search(event.getQueryStringParameters())
                    : quotes.group(decode(parts[2])));
        }
        throw new Problem(ProblemType.NOT_FOUND, "No route for " + method + " " + truncate(path, 100) + ".");
    }

    private APIGatewayV2HTTPResponse postSummary(APIGatewayV2HTTPEvent event) {
        String contentType = header(event, "content-type");
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals("text/plain") && !type.equals("text/html") && !type.equals("text/markdown")
                && !type.equals("application/json")) {
            throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send text/plain, text/html, text/markdown, or application/json {\"text\", \"title\"}.");
        }
        byte[] body = body(event);
        PostedArticles.Posted result;
        try {
            if (type.equals("application/json")) {
                ObjectNode article = jsonArticle(posted.characters(body, contentType));
                String title = article.hasNonNull("title") ? article.get("title").asText() : null;
                result = posted.postText(article.get("text").asText(), title);
            } else {
                result = posted.post(body, contentType, null);
            }
        } catch (PostedArticles.NotAnArticleException e) {
            throw refusal(e.refused());
        }
        var response = response(result.created() ? 201 : 200, "application/json", result.json());
        response.getHeaders().put("Location", "/summaries/" + result.id());
        return response;
    }

    /** The {"text", "title"?} object of a JSON body, checked. */
    private ObjectNode jsonArticle(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (Exception e) {
            throw new Problem(ProblemType.INVALID_JSON, "The body is not valid JSON.");
        }
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            throw new Problem(ProblemType.INVALID_ARTICLE, "The JSON body needs a string field \"text\".");
        }
        JsonNode title = node.get("title");
        if (title != null && !title.isNull() && (!title.isTextual() || title.asText().length() > 1_000)) {
            throw new Problem(ProblemType.INVALID_ARTICLE, "\"title\" must be a string of at most 1000 characters.");
        }
        return (ObjectNode) node;
    }

    private static Problem refusal(ArticlePipeline.Refused refused) {
        return switch (refused.outcome()) {
            case "empty" -> new Problem(ProblemType.EMPTY_ARTICLE, "The article text is empty.");
            case "too_large" -> new Problem(ProblemType.CONTENT_TOO_LARGE, "The article " + refused.reason() + ".");
            case "unsupported_language" -> new Problem(ProblemType.UNSUPPORTED_LANGUAGE, refused.reason() + ".")
                    .with("language", refused.language());
            default -> new Problem(ProblemType.NOT_AN_ARTICLE, refused.reason() + ".");
        };
    }

    private APIGatewayV2HTTPResponse getSummary(String id) {
        if (!ArticleIds.isValid(id)) {
            throw new Problem(ProblemType.INVALID_ID, "A summary id is 32 lower-case hexadecimal characters.");
        }
        return store.find(id)
                .map(s -> response(200, "application/json", s.json()))
                .orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "No summary with id " + id + "."));
    }

    /**
     * The body's bytes as the client sent them: base64-decoded, or (for a body API Gateway passed as text)
     * that text in UTF-8. The article's charset is decided later, once, by the ingest path.
     */
    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        byte[] bytes;
        if (event.getIsBase64Encoded()) {
            if (body.length() > MAX_BODY_BYTES / 3 * 4 + 4) {
                throw tooLarge();
            }
            try {
                bytes = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new Problem(ProblemType.BAD_REQUEST, "The body is not valid base64.");
            }
        } else {
            if (body.length() > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            bytes = body.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static Problem tooLarge() {
        return new Problem(ProblemType.CONTENT_TOO_LARGE, "The article must be at most " + MAX_BODY_BYTES + " bytes.");
    }

    /** DynamoDB unreachable, throttling or failing on its side: a later attempt may succeed. */
    private static boolean dependencyUnavailable(RuntimeException e) {
        return e instanceof SummaryStore.StoreUnavailableException || e instanceof SdkClientException
                || e instanceof AwsServiceException service && ArticleProcessor.isTransient(service);
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        var ctx = event.getRequestContext();
        if (ctx != null && ctx.getHttp() != null && ctx.getHttp().getMethod() != null) {
            return ctx.getHttp().getMethod().toUpperCase(Locale.ROOT);
        }
        String routeKey = event.getRouteKey();
        if (routeKey != null && routeKey.contains(" ")) {
            return routeKey.substring(0, routeKey.indexOf(' ')).toUpperCase(Locale.ROOT);
        }
        return "GET";
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new Problem(ProblemType.METHOD_NOT_ALLOWED, "Use " + allowed + " on this resource.").header("Allow", allowed);
        }
    }

    private static String header(APIGatewayV2HTTPEvent event, String name) {
        if (event.getHeaders() == null) {
            return null;
        }
        for (var e : event.getHeaders().entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Problem(ProblemType.BAD_REQUEST, "The path is not correctly URL-encoded.");
        }
    }

    private APIGatewayV2HTTPResponse problem(Problem p) {
        ObjectNode body = json.createObjectNode();
        body.put("type", p.type.uri());
        body.put("title", p.type.title());
        body.put("status", p.type.status());
        body.put("detail", p.getMessage());
        p.members.forEach(body::set);
        var response = response(p.type.status(), "application/problem+json", body.toString());
        response.getHeaders().putAll(p.headers);
        return response;
    }

    private static APIGatewayV2HTTPResponse response(int status, String contentType, String body) {
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", contentType);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
