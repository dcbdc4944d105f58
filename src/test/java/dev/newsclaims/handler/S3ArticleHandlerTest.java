package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3-triggered function, fed the events/ fixtures through the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(LocalAwsResource.class)
class S3ArticleHandlerTest {

    @Inject
    S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    private void upload(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    private JsonNode invoke(String event) throws Exception {
        String body = given().contentType("application/json").body(event).when().post().then().statusCode(200)
                .extract().asString();
        return json.readTree(body);
    }

    @Test
    void samplePutEventStoresTheSummaryOfTheSampleArticle() throws Exception {
        upload("incoming/nato-eastern-europe.txt", Events.article("nato-eastern-europe.txt"), "text/plain; charset=utf-8");

        JsonNode report = invoke(Events.read("s3-put.json"));

        JsonNode result = report.get("results").get(0);
        assertThat(result.get("outcome").asText()).isEqualTo("summarized");
        String id = result.get("summaryId").asText();
        assertThat(id).isEqualTo(ArticleIds.forObject("articles", "incoming/nato-eastern-europe.txt", null,
                Events.json("s3-put.json").at("/Records/0/s3/object/eTag").asText()));
        JsonNode summary = json.readTree(store.find(id).orElseThrow().json());
        assertThat(summary.get("id").asText()).isEqualTo(id);
        assertThat(summary.at("/source/key").asText()).isEqualTo("incoming/nato-eastern-europe.txt");
        assertThat(summary.get("title").asText())
                .isEqualTo("NATO declares its readiness to increase its military presence in Eastern Europe");
        assertThat(summary.get("summary")).isNotEmpty();
        assertThat(summary.get("engine").get("name").asText()).isNotBlank();
        String text = new String(Events.article("nato-eastern-europe.txt"), StandardCharsets.UTF_8);
        for (JsonNode claim : summary.get("claims")) {
            assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt()))
                    .isEqualTo(claim.get("text").asText());
        }
        assertThat(store.objectOutcome("articles", "incoming/nato-eastern-europe.txt").orElseThrow().outcome())
                .isEqualTo("summarized");
    }

    @Test
    void theSameEventDeliveredTwiceLeavesOneResult() throws Exception {
        byte[] article = Events.article("nato-eastern-europe.txt");
        upload("twice/nato.txt", article, "text/plain");
        String event = Events.s3Put("twice/nato.txt", article.length, "00674500000000000A");

        JsonNode first = invoke(event).get("results").get(0);
        JsonNode second = invoke(event).get("results").get(0);

        assertThat(first.get("outcome").asText()).isEqualTo("summarized");
        assertThat(second.get("outcome").asText()).isEqualTo("duplicate");
        String id = first.get("summaryId").asText();
        assertThat(second.get("summaryId").asText()).isEqualTo(id);
        JsonNode summary = json.readTree(store.find(id).orElseThrow().json());
        java.util.Map<String, Integer> claimsPerSpeaker = new java.util.TreeMap<>();
        summary.get("claims").forEach(c -> {
            if (c.hasNonNull("speaker")) {
                claimsPerSpeaker.merge(c.get("speaker").asText(), 1, Integer::sum);
            }
        });
        assertThat(claimsPerSpeaker).isNotEmpty();
        claimsPerSpeaker.forEach((speaker, count) -> assertThat(store.claimsBy(speaker, null, 100).claims().stream()
                .filter(c -> c.articleId().equals(id)).count()).as(speaker).isEqualTo((long) count));
    }

    @Test
    void keysAreUrlDecodedOnce() throws Exception {
        String key = "incoming/my article+é (2).txt";
        byte[] article = "Title line here\n\nThe council approved the plan on Monday, the mayor said.".getBytes(StandardCharsets.UTF_8);
        upload(key, article, "text/plain");

        JsonNode result = invoke(Events.s3Put("incoming/my+article%2B%C3%A9+%282%29.txt", article.length, "0A"))
                .get("results").get(0);

        assertThat(result.get("key").asText()).isEqualTo(key);
        assertThat(result.get("outcome").asText()).isEqualTo("summarized");
    }

    @Test
    void emojiUnicodeAndVeryLongKeysWork() throws Exception {
        String key = "deep/prefix/\uD83D\uDCF0 Nachrichten \u00fcber " + "x".repeat(940) + ".txt";
        byte[] article = "Headline\n\nThe mayor said the bridge will reopen in May.".getBytes(StandardCharsets.UTF_8);
        upload(key, article, "text/plain");
        String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");

        JsonNode result = invoke(Events.s3Put(encoded, article.length, "0D")).get("results").get(0);

        assertThat(key.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(result.get("key").asText()).isEqualTo(key);
        assertThat(result.get("outcome").asText()).isEqualTo("summarized");
        assertThat(store.objectOutcome("articles", key).orElseThrow().summaryId()).isEqualTo(result.get("summaryId").asText());
    }

    /** One stored summary per format and encoding, uploaded and announced as S3 would. */
    private JsonNode summarise(String key, byte[] bytes, String contentType, String sequencer) throws Exception {
        upload(key, bytes, contentType);
        String encoded = java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        JsonNode result = invoke(Events.s3Put(encoded, bytes.length, sequencer)).get("results").get(0);
        assertThat(result.get("outcome").asText()).as(key).isEqualTo("summarized");
        return json.readTree(store.find(result.get("summaryId").asText()).orElseThrow().json());
    }

    @Test
    void everyFormatAndEncodingEndsAsTheSameArticle() throws Exception {
        String title = "Bridge to reopen";
        String body = "\u201cThe bridge will reopen in May,\u201d Mayor Zo\u00eb Adams told reporters on Tuesday.";
        String plain = title + "\n\n" + body + "\n";
        String html = "<!doctype html><html><head><title>City | " + title + "</title><script>track()</script></head><body>"
                + "<nav>Home News</nav><article><h1>" + title + "</h1><p>&ldquo;The bridge will reopen in May,&rdquo; "
                + "Mayor Zo&euml; Adams told reporters on Tuesday.</p></article><footer>Contact</footer></body></html>";
        String markdown = "# " + title + "\n\n" + body.replace("Mayor", "**Mayor**") + "\n";
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, plain.getBytes(StandardCharsets.UTF_16LE));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain.getBytes(StandardCharsets.UTF_8));
        byte[] cp1252 = plain.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] crlf = plain.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        var summaries = java.util.List.of(
                summarise("formats/a.txt", plain.getBytes(StandardCharsets.UTF_8), "text/plain", "0F01"),
                summarise("formats/b.html", html.getBytes(StandardCharsets.UTF_8), "text/html", "0F02"),
                summarise("formats/c.md", markdown.getBytes(StandardCharsets.UTF_8), "text/markdown", "0F03"),
                summarise("formats/d.txt", utf16, "text/plain", "0F04"),
                summarise("formats/e.txt", bom, "text/plain", "0F05"),
                summarise("formats/f.txt", cp1252, "application/octet-stream", "0F06"),
                summarise("formats/g.txt", crlf, "text/plain", "0F07"));

        for (JsonNode summary : summaries) {
            assertThat(summary.get("title").asText()).isEqualTo(title);
            JsonNode quote = summary.get("claims").get(0);
            assertThat(quote.get("kind").asText()).isEqualTo("direct");
            assertThat(quote.get("text").asText()).contains("The bridge will reopen in May");
            assertThat(quote.get("speaker").asText()).isEqualTo("Zo\u00eb Adams");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void binaryObjectsAreRecordedAsUnsupported() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        upload("incoming/report.txt", pdf, "text/plain");

        JsonNode result = invoke(Events.s3Put("incoming/report.txt", pdf.length, "0B")).get("results").get(0);

        assertThat(result.get("outcome").asText()).isEqualTo("unsupported");
        var recorded = store.objectOutcome("articles", "incoming/report.txt").orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("unsupported");
        assertThat(recorded.detectedType()).isEqualTo("application/pdf");
    }

    @Test
    void anObjectDeletedBeforeReadingIsRecordedNotRetried() throws Exception {
        JsonNode result = invoke(Events.s3Put("incoming/gone.txt", 120, "0C")).get("results").get(0);

        assertThat(result.get("outcome").asText()).isEqualTo("not_found");
        assertThat(result.get("retry").asBoolean()).isFalse();
        assertThat(store.objectOutcome("articles", "incoming/gone.txt").orElseThrow().outcome()).isEqualTo("not_found");
    }

    /**
     * Before it snapshots a SnapStart version, the Lambda runtime client runs the hooks registered with
     * its CRaC context (org.crac reaches it through {@code org.crac.Core.Compat}, set for the tests in
     * the pom): the priming bean must be registered there at start-up, and its hook must run an extraction.
     */
    @Test
    void theSnapshotHookIsRegisteredAndPrimesTheExtractor() throws Exception {
        java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        var logger = java.util.logging.Logger.getLogger(SnapStartPriming.class.getName());
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                messages.add(record.getMessage() == null ? "" : String.format(record.getMessage().replace("%d", "%s"),
                        record.getParameters() == null ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            com.amazonaws.services.lambda.crac.Core.getGlobalContext().beforeCheckpoint(null);
        } catch (UnsatisfiedLinkError dnsCacheClear) {
            // After the hooks, the runtime client clears the JVM's DNS cache through its native library,
            // which only its own main program loads.
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(messages).anySatisfy(m -> assertThat(m).matches("SnapStart priming: [1-9][0-9]* bytes of summary in [0-9]+ ms"));
    }

    @Test
    void deleteEventsRemoveTheSummaryAndItsClaims() throws Exception {
        byte[] article = Events.article("nato-eastern-europe.txt");
        upload("deleted/nato.txt", article, "text/plain");
        String id = invoke(Events.s3Put("deleted/nato.txt", article.length, "0E01")).at("/results/0/summaryId").asText();
        assertThat(store.claimsBy("Jens Stoltenberg", null, 100).claims()).anyMatch(c -> c.articleId().equals(id));
        s3.deleteObject(b -> b.bucket(LocalAws.BUCKET).key("deleted/nato.txt"));
        var event = Events.json("s3-put.json");
        var record = (com.fasterxml.jackson.databind.node.ObjectNode) event.withArray("Records").get(0);
        record.put("eventName", "ObjectRemoved:Delete");
        var object = (com.fasterxml.jackson.databind.node.ObjectNode) record.get("s3").get("object");
        object.put("key", "deleted/nato.txt").put("sequencer", "0E02");
        object.remove(java.util.List.of("eTag", "size"));

        JsonNode result = invoke(event.toString()).at("/results/0");

        assertThat(result.get("outcome").asText()).isEqualTo("deleted");
        assertThat(store.find(id)).isEmpty();
        assertThat(store.claimsBy("Jens Stoltenberg", null, 100).claims()).noneMatch(c -> c.articleId().equals(id));
        assertThat(store.objectOutcome("articles", "deleted/nato.txt").orElseThrow().outcome()).isEqualTo("deleted");
    }

    @Test
    void s3TestEventsAreIgnored() throws Exception {
        int itemsBefore = LocalAwsResource.aws().dynamoDbClient().scan(b -> b.tableName(LocalAws.TABLE)).count();
        JsonNode testEvent = json.readTree(Events.read("s3-test-event.json"));
        assertThat(testEvent.get("Event").asText()).isEqualTo("s3:TestEvent");

        JsonNode report = invoke(testEvent.toString());

        assertThat(report.get("results")).isEmpty();
        assertThat(LocalAwsResource.aws().dynamoDbClient().scan(b -> b.tableName(LocalAws.TABLE)).count())
                .as("nothing stored").isEqualTo(itemsBefore);
    }
}
