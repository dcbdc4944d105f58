package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.S3ObjectRef;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The routes the viewer page adds to the API function: the page's own files, an article's text as its
 * summary's offsets read it (posted, or read again from S3), and a speaker's claims per day.
 */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class PageRoutesTest {

    private static final AtomicLong SEQUENCERS = new AtomicLong(0x7000);

    @Inject
    ObjectMapper json;

    @Inject
    ArticleProcessor processor;

    @Inject
    S3Client s3;

    private JsonNode get(String rawPath, String query, String ifNoneMatch) throws Exception {
        ObjectNode event = Events.json("api-get-summary.json");
        event.put("rawPath", rawPath);
        event.remove("pathParameters");
        ((ObjectNode) event.get("requestContext").get("http")).put("path", rawPath);
        if (query != null) {
            String[] kv = query.split("=", 2);
            event.putObject("queryStringParameters").put(kv[0], kv[1]);
        }
        if (ifNoneMatch != null) {
            ((ObjectNode) event.get("headers")).put("if-none-match", ifNoneMatch);
        }
        return invoke(event);
    }

    private static ObjectNode event(ObjectNode event, String rawPath) {
        event.put("rawPath", rawPath);
        event.remove("pathParameters");
        ((ObjectNode) event.get("requestContext").get("http")).put("path", rawPath);
        return event;
    }

    private JsonNode invoke(ObjectNode event) throws Exception {
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    private JsonNode post(String contentType, String body) throws Exception {
        ObjectNode event = Events.json("api-post-summary.json");
        ((ObjectNode) event.get("headers")).put("content-type", contentType);
        event.put("body", body);
        JsonNode response = invoke(event);
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isIn(200, 201);
        return json.readTree(response.get("body").asText());
    }

    /** Every claim's words sit at its offsets in the text, and so does its mention. */
    private static void assertOffsetsHold(JsonNode summary, String text) {
        assertThat(summary.get("claims")).isNotEmpty();
        for (JsonNode c : summary.get("claims")) {
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
            JsonNode m = c.get("mention");
            if (m != null && !m.isNull()) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
    }

    @Test
    void aPostedArticlesTextIsKeptAsTheExtractorSawIt() throws Exception {
        String html = "<html><head><title>Quarry road to close</title><script>var x = 1;</script></head><body>"
                + "<nav>Home | Local</nav><p>The county will close the quarry road for repairs on Friday.</p>"
                + "<p>\u201cThe bridge needs new bearings before winter,\u201d said county engineer Mirela Dosti. She said the"
                + " detour would add ten minutes.</p></body></html>";
        JsonNode summary = post("text/html; charset=utf-8", html);

        JsonNode answer = get("/summaries/" + summary.get("id").asText() + "/text", null, null);

        assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.at("/headers/Content-Type").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(answer.at("/headers/Cache-Control").asText()).contains("immutable");
        String text = answer.get("body").asText();
        assertThat(text).doesNotContain("<p>").doesNotContain("var x").contains("quarry road");
        assertOffsetsHold(summary, text);
    }

    @Test
    void anS3ArticlesTextIsReadAgainFromItsObjectWhileItIsTheOneSummarised() throws Exception {
        String key = "page/ferry-" + SEQUENCERS.incrementAndGet() + ".txt";
        String article = "Ferry fares frozen\n\nThe island ferry will keep its fares next year, the operator said on Monday."
                + " \u201cNo family should pay more to reach the mainland,\u201d said managing director Jos\u00e9 Ib\u00e1\u00f1ez. He said"
                + " fuel costs had fallen.";
        // Windows-1252 bytes: the text endpoint must decode them as the article function did.
        byte[] bytes = article.getBytes(Charset.forName("windows-1252"));
        var put = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain; charset=windows-1252"),
                RequestBody.fromBytes(bytes));
        var result = processor.process(new S3ObjectRef(LocalAws.BUCKET, key, null, put.eTag().replace("\"", ""), bytes.length,
                Long.toHexString(SEQUENCERS.incrementAndGet()), "2026-11-20T08:00:00Z"));
        assertThat(result.outcome()).isEqualTo("summarized");
        String id = result.summaryId();
        JsonNode summary = json.readTree(get("/summaries/" + id, null, null).get("body").asText());

        JsonNode answer = get("/summaries/" + id + "/text", null, null);
        assertThat(answer.get("statusCode").asInt()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.get("body").asText()).isEqualTo(article);
        assertOffsetsHold(summary, answer.get("body").asText());

        // Overwritten in a bucket without versions: the bytes summarised are gone, and the answer says so.
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"),
                RequestBody.fromString("Another text altogether, written over the first.", StandardCharsets.UTF_8));
        JsonNode changed = get("/summaries/" + id + "/text", null, null);
        assertThat(changed.get("statusCode").asInt()).isEqualTo(404);
        assertThat(json.readTree(changed.get("body").asText()).get("detail").asText()).contains("changed since it was summarised");
    }

    @Test
    void aTextIsAskedForByAValidIdOfAStoredSummary() throws Exception {
        JsonNode invalid = get("/summaries/not-an-id/text", null, null);
        assertThat(invalid.get("statusCode").asInt()).isEqualTo(400);
        assertThat(json.readTree(invalid.get("body").asText()).get("type").asText()).endsWith("/invalid-id");
        JsonNode unknown = get("/summaries/" + "0".repeat(32) + "/text", null, null);
        assertThat(unknown.get("statusCode").asInt()).isEqualTo(404);
        assertThat(unknown.at("/headers/Content-Type").asText()).isEqualTo("application/problem+json");
    }

    @Test
    void thePageIsServedWithItsTypesAndCaching() throws Exception {
        JsonNode page = get("/", null, null);
        assertThat(page.get("statusCode").asInt()).isEqualTo(200);
        assertThat(page.at("/headers/Content-Type").asText()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.at("/headers/Cache-Control").asText()).isEqualTo("no-cache");
        assertThat(page.at("/headers/Content-Security-Policy").asText()).contains("script-src 'self'");
        String html = page.get("body").asText();
        String version = PageFiles.version();
        assertThat(html).contains("/page/app.js?v=" + version).contains("/page/app.css?v=" + version).doesNotContain("@VERSION@");

        JsonNode revalidated = get("/", null, page.at("/headers/ETag").asText());
        assertThat(revalidated.get("statusCode").asInt()).isEqualTo(304);
        assertThat(revalidated.get("body").asText("")).isEmpty();

        JsonNode script = get("/page/app.js", "v=" + version, null);
        assertThat(script.get("statusCode").asInt()).isEqualTo(200);
        assertThat(script.at("/headers/Content-Type").asText()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(script.at("/headers/Cache-Control").asText()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(script.get("body").asText()).contains("use strict");
        JsonNode oldVersion = get("/page/app.css", "v=0", null);
        assertThat(oldVersion.at("/headers/Content-Type").asText()).isEqualTo("text/css; charset=utf-8");
        assertThat(oldVersion.at("/headers/Cache-Control").asText()).as("an asset of another version is never kept long")
                .isEqualTo("no-cache");

        ObjectNode gzipped = Events.json("api-get-page-file.json");
        event(gzipped, "/page/app.js").putObject("queryStringParameters").put("v", version);
        ((ObjectNode) gzipped.get("headers")).put("accept-encoding", "gzip, deflate, br");
        JsonNode compressed = invoke(gzipped);
        assertThat(compressed.at("/headers/Content-Encoding").asText()).isEqualTo("gzip");
        assertThat(compressed.get("isBase64Encoded").asBoolean()).isTrue();
        byte[] gz = java.util.Base64.getDecoder().decode(compressed.get("body").asText());
        assertThat(gz.length).isLessThan(script.get("body").asText().length() / 2);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(script.get("body").asText());
        }
        assertThat(compressed.at("/headers/ETag").asText()).isNotEqualTo(script.at("/headers/ETag").asText());

        JsonNode missing = get("/page/secret.properties", null, null);
        assertThat(missing.get("statusCode").asInt()).isEqualTo(404);
        JsonNode traversal = get("/page/../application.properties", null, null);
        assertThat(traversal.get("statusCode").asInt()).isEqualTo(404);
    }

    /** Without the template's COGNITO settings (IAM, the local stack) the page signs in nowhere and fetches only from the API. */
    @Test
    void withoutCognitoThePageIsToldNotToSignIn() throws Exception {
        JsonNode settings = get(PageSignIn.PATH, null, null);
        assertThat(settings.get("statusCode").asInt()).isEqualTo(200);
        assertThat(settings.at("/headers/Content-Type").asText()).isEqualTo("application/json");
        assertThat(json.readTree(settings.get("body").asText())).isEqualTo(json.readTree("{\"signIn\":\"none\"}"));

        JsonNode page = get("/", null, null);
        assertThat(page.at("/headers/Content-Security-Policy").asText()).isEqualTo(PageFiles.CONTENT_SECURITY_POLICY)
                .contains("connect-src 'self';");
        String version = PageFiles.version();
        String html = page.get("body").asText();
        assertThat(html.indexOf("/page/auth.js?v=" + version)).as("auth.js before app.js").isPositive()
                .isLessThan(html.indexOf("/page/app.js?v=" + version));
        JsonNode auth = get("/page/auth.js", "v=" + version, null);
        assertThat(auth.get("statusCode").asInt()).isEqualTo(200);
        assertThat(auth.at("/headers/Content-Type").asText()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(auth.get("body").asText()).contains("code_challenge_method").contains("sessionStorage");
    }

    @Test
    void theFirstPageOfASpeakersClaimsCountsThemPerDay() throws Exception {
        post("text/plain", "Orchard grant doubled\n\nThe region doubled its orchard grant on Monday. \u201cSmall growers kept"
                + " this valley alive,\u201d said agriculture commissioner Halvard Brekke. Brekke said the money would arrive"
                + " in spring.");
        JsonNode first = json.readTree(get("/speakers/Halvard%20Brekke/claims", null, null).get("body").asText());

        assertThat(first.get("days")).hasSize(1);
        long claims = 0;
        for (JsonNode c : first.get("claims")) {
            claims++;
        }
        assertThat(first.at("/days/0/claims").asLong()).isEqualTo(claims).isPositive();
        assertThat(first.at("/days/0/articles").asLong()).isEqualTo(1);
        assertThat(first.at("/days/0/date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
