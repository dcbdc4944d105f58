package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Quotation groups through the API function, over articles stored through the S3 path (S3Proxy, dynalite) and
 * posted to the API: one quotation in several forms is one group, oldest first; new versions, deletions,
 * retries and late older events leave exactly the current appearances; the stored items are read back.
 */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class ApiQuotesTest {

    private static final String OURS = "https://newsclaims.dev/problems/";
    private static final AtomicLong SEQUENCERS = new AtomicLong(0x9000);

    @Inject
    ObjectMapper json;

    @Inject
    ArticleProcessor processor;

    @Inject
    SummaryStore store;

    @Inject
    S3Client s3;

    @Inject
    DynamoDbClient db;

    private String store(String key, String text, String eventTime) {
        return upload(key, text, Long.toHexString(SEQUENCERS.incrementAndGet()), eventTime).summaryId();
    }

    private dev.newsclaims.process.ObjectResult upload(String key, String text, String sequencer, String eventTime) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var put = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        return processor.process(new S3ObjectRef(LocalAws.BUCKET, key, null, put.eTag().replace("\"", ""), bytes.length,
                sequencer, eventTime));
    }

    private void remove(String key) {
        s3.deleteObject(b -> b.bucket(LocalAws.BUCKET).key(key));
        var result = processor.remove(new S3ObjectRef(LocalAws.BUCKET, key, null, null, 0,
                Long.toHexString(SEQUENCERS.incrementAndGet()), "2026-12-06T12:00:00Z"), false);
        assertThat(result.outcome()).isEqualTo("deleted");
    }

    private JsonNode call(String method, String rawPath, Map<String, String> query) throws Exception {
        ObjectNode event = Events.json("api-get-quotes.json");
        event.put("rawPath", rawPath);
        ((ObjectNode) event.get("requestContext").get("http")).put("method", method).put("path", rawPath);
        ObjectNode params = event.putObject("queryStringParameters");
        query.forEach(params::put);
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    private JsonNode ok(JsonNode response) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
        return json.readTree(response.get("body").asText());
    }

    private JsonNode search(String text) throws Exception {
        return ok(call("GET", "/quotes", Map.of("text", text)));
    }

    private JsonNode group(String id) throws Exception {
        return ok(call("GET", "/quotes/" + id, Map.of()));
    }

    private JsonNode problem(JsonNode response, int status, String type) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.get("body").asText());
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        return problem;
    }

    /** The stored summary's claims that name a quotation group. */
    private List<JsonNode> groupedClaims(String summaryId) throws Exception {
        List<JsonNode> grouped = new ArrayList<>();
        json.readTree(store.find(summaryId).orElseThrow().json()).get("claims").forEach(c -> {
            if (c.hasNonNull("quoteId")) {
                grouped.add(c);
            }
        });
        return grouped;
    }

    /** The appearance items stored for a group, read straight from the table: their article ids. */
    private List<String> appearanceItems(String groupId) {
        List<String> ids = new ArrayList<>();
        db.query(q -> q.tableName(LocalAws.TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("Q#" + groupId))).consistentRead(true))
                .items().stream().filter(i -> i.containsKey("articleId")).forEach(i -> ids.add(i.get("articleId").s()));
        return ids;
    }

    private static String port(String opening, String quote, String credit) {
        return "Port news\n\n" + opening + " " + quote + " " + credit + " She said the work would cost little.";
    }

    @Test
    void oneQuotationInFourFormsIsOneGroupOldestFirstAndTheConflictLeavesWithTheArticleThatMadeIt() throws Exception {
        String a1 = store("quotes/port-1.txt", port("The port authority signed the deal on Monday.",
                "\u201cWe will open the northern terminal to every shipping line before the winter storms arrive,\u201d",
                "Harbour Master Ines Okafor told reporters."), "2026-12-01T08:00:00Z");
        String a2 = store("quotes/port-2.txt", port("The harbour will change its rules.",
                "\"we will OPEN the Northern Terminal to every shipping line -- before the winter storms arrive,\"",
                "Okafor said on Tuesday."), "2026-12-02T08:00:00Z");
        String a3 = store("quotes/port-3.txt", port("Shipping lines welcomed the move on Wednesday.",
                "\u201cOpen the northern terminal to every shipping line before the winter storms,\u201d",
                "Ines Okafor said."), "2026-12-03T08:00:00Z");
        String a4 = store("quotes/port-4.txt", port("Dock workers met on Thursday.",
                "\u201cWe will open the northern terminal to every shipping line before the winter storms arrive,\u201d",
                "union leader Marco Bellini said."), "2026-12-04T08:00:00Z");

        String id = groupedClaims(a1).get(0).get("quoteId").asText();
        for (String article : List.of(a2, a3, a4)) {
            assertThat(groupedClaims(article)).extracting(c -> c.get("quoteId").asText()).containsExactly(id);
        }
        assertThat(appearanceItems(id)).containsExactly(a1, a2, a3, a4);

        JsonNode found = search("WE WILL OPEN the northern terminal, to every shipping line before the winter storms arrive");
        assertThat(found.get("quotes")).hasSize(1);
        JsonNode summary = found.get("quotes").get(0);
        assertThat(summary.get("id").asText()).isEqualTo(id);
        assertThat(summary.get("appearances").asInt()).isEqualTo(4);
        assertThat(summary.at("/firstSeen/articleId").asText()).isEqualTo(a1);
        assertThat(summary.at("/firstSeen/createdAt").asText()).startsWith("2026-12-01T08:00");
        assertThat(summary.get("conflict").asBoolean()).isTrue();
        assertThat(summary.get("href").asText()).isEqualTo("/quotes/" + id);

        JsonNode whole = group(id);
        assertThat(whole.get("count").asInt()).isEqualTo(4);
        List<String> order = new ArrayList<>();
        whole.get("appearances").forEach(a -> order.add(a.get("articleId").asText()));
        assertThat(order).containsExactly(a1, a2, a3, a4);
        JsonNode third = whole.get("appearances").get(2).get("claim");
        String text = new String(s3.getObjectAsBytes(b -> b.bucket(LocalAws.BUCKET).key("quotes/port-3.txt")).asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(text.substring(third.get("start").asInt(), third.get("end").asInt())).isEqualTo(third.get("text").asText());
        assertThat(whole.get("speakers").get(0).get("name").asText()).contains("Ines Okafor");
        assertThat(whole.get("speakers").get(0).get("appearances").asInt()).isEqualTo(3);
        assertThat(whole.get("conflict").asBoolean()).isTrue();

        remove("quotes/port-4.txt");

        JsonNode after = group(id);
        assertThat(after.get("count").asInt()).isEqualTo(3);
        assertThat(after.get("conflict").asBoolean()).isFalse();
        assertThat(after.get("speakers")).hasSize(1);
        assertThat(appearanceItems(id)).containsExactly(a1, a2, a3);
    }

    @Test
    void aRetryAddsNothingANewVersionAndAnOlderEventLeaveOnlyTheCurrentAppearances() throws Exception {
        String quote = "\u201cThe night trains will run again between the two capitals from the first of May,\u201d";
        String first = store("quotes/rail-1.txt", port("The rail board met on Monday.", quote, "Rail Minister Ada Moss said."),
                "2026-12-01T09:00:00Z");
        var second = upload("quotes/rail-2.txt", port("Travellers cheered on Tuesday.", quote, "Ada Moss told reporters."),
                "00A1", "2026-12-02T09:00:00Z");
        String id = groupedClaims(first).get(0).get("quoteId").asText();
        assertThat(appearanceItems(id)).containsExactly(first, second.summaryId());

        var again = upload("quotes/rail-2.txt", port("Travellers cheered on Tuesday.", quote, "Ada Moss told reporters."),
                "00A1", "2026-12-02T09:00:00Z");
        assertThat(again.outcome()).isEqualTo("duplicate");
        assertThat(appearanceItems(id)).containsExactly(first, second.summaryId());

        var corrected = upload("quotes/rail-2.txt", "Rail news\n\nTravellers cheered on Tuesday. The trains were full.",
                "00A2", "2026-12-02T10:00:00Z");
        assertThat(corrected.outcome()).isEqualTo("summarized");
        assertThat(appearanceItems(id)).containsExactly(first);
        assertThat(group(id).get("count").asInt()).isEqualTo(1);

        // An older event of the same key, delivered late, with another quotation: it leaves nothing.
        String late = "\u201cEvery sleeper carriage will have a quiet room for families with small children,\u201d";
        var older = upload("quotes/rail-2.txt", port("Travellers cheered on Tuesday.", late, "Ada Moss said."), "00A0",
                "2026-12-02T08:00:00Z");
        assertThat(older.outcome()).isEqualTo("superseded");
        assertThat(search("every sleeper carriage will have a quiet room").get("quotes")).isEmpty();
        assertThat(appearanceItems(id)).containsExactly(first);
    }

    @Test
    void reprocessingThatNoLongerFindsTheQuotationRemovesItsAppearance() throws Exception {
        String key = "quotes/ferry-1.txt";
        String id1 = store(key, port("The ferry company met on Monday.",
                "\u201cOur ferries will carry bicycles for free on every crossing this summer,\u201d", "Director Piet Rensburg said."),
                "2026-12-01T10:00:00Z");
        String group = groupedClaims(id1).get(0).get("quoteId").asText();
        assertThat(appearanceItems(group)).containsExactly(id1);

        // The same event made again by another extractor version that finds no claim in the article.
        ObjectOutcome recorded = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        ArticleSummary before = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(store.find(id1).orElseThrow().json(), ArticleSummary.class);
        ArticleSummary without = before.withClaims(List.of());
        ObjectOutcome redo = new ObjectOutcome(recorded.bucket(), recorded.key(), recorded.versionId(), recorded.sequencer(),
                "summarized", id1, null, null, "2026-12-07T10:00:00Z", "0.0.0-other");
        assertThat(store.recordObject(redo, without, "2026-12-01T10:00:00Z")).isEqualTo(SummaryStore.Recorded.STORED);

        assertThat(groupedClaims(id1)).isEmpty();
        assertThat(appearanceItems(group)).isEmpty();
        assertThat(call("GET", "/quotes/" + group, Map.of()).get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void postedArticlesJoinTheGroupOnceAndNameVariantsAreNoConflict() throws Exception {
        String quote = "\u201cThe new bridge will carry trams, bicycles and people on foot, but never lorries,\u201d";
        String stored = store("quotes/bridge-1.txt", port("The city council voted on Monday.", quote,
                "Mayor Lena Haugen told reporters."), "2026-12-01T11:00:00Z");
        String posted = "Bridge vote\n\nThe plan passed easily. \"The new bridge will carry trams, bicycles and people on foot"
                + " -- but never lorries,\" Haugen said after the vote.";
        ObjectNode event = Events.json("api-post-summary.json");
        event.put("body", posted);
        event.put("isBase64Encoded", false);
        ((ObjectNode) event.get("headers")).put("content-type", "text/plain; charset=utf-8");
        JsonNode created = json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
        assertThat(created.get("statusCode").asInt()).isEqualTo(201);
        JsonNode summary = json.readTree(created.get("body").asText());
        String id = groupedClaims(stored).get(0).get("quoteId").asText();
        List<String> ids = new ArrayList<>();
        summary.get("claims").forEach(c -> ids.add(c.path("quoteId").asText(null)));
        assertThat(ids).contains(id);

        JsonNode repost = json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
        assertThat(repost.get("statusCode").asInt()).isEqualTo(200);

        assertThat(appearanceItems(id)).containsExactly(stored, summary.get("id").asText());
        JsonNode whole = group(id);
        assertThat(whole.get("conflict").asBoolean()).isFalse();
        assertThat(whole.get("speakers")).hasSize(1);
        assertThat(whole.get("speakers").get(0).get("appearances").asInt()).isEqualTo(2);
    }

    @Test
    void aLongerFormBridgingTwoGroupsMergesThemAndAnyEightWordsOfAFormFindTheGroup() throws Exception {
        String opening = "Every tram on the eastern line will run through the night from the first of March";
        String closing = "and no passenger will pay more for a ticket than they pay today on the buses";
        String first = store("quotes/tram-1.txt", port("The transport board met on Monday.", "\u201c" + opening + ",\u201d",
                "board chair Sofia Lindqvist said."), "2026-12-01T09:00:00Z");
        String second = store("quotes/tram-2.txt", port("Fares were the main question.", "\u201c" + closing + ",\u201d",
                "Sofia Lindqvist said."), "2026-12-02T09:00:00Z");
        String older = groupedClaims(first).get(0).get("quoteId").asText();
        String younger = groupedClaims(second).get(0).get("quoteId").asText();
        assertThat(younger).isNotEqualTo(older);

        // Eight words from the end of a form, without the window its group is named by, find the group.
        List<String> closingWords = dev.newsclaims.quotes.QuoteWords.of(closing);
        List<String> tail = closingWords.subList(closingWords.size() - 8, closingWords.size());
        assertThat(dev.newsclaims.quotes.QuoteMatch.windows(tail)).doesNotContain(younger);
        assertThat(search(String.join(" ", tail)).get("quotes")).extracting(q -> q.get("id").asText()).containsExactly(younger);

        String bridge = store("quotes/tram-3.txt", port("The plan was published on Wednesday.",
                "\u201c" + opening + ", " + closing + ",\u201d", "Sofia Lindqvist told the council."), "2026-12-03T09:00:00Z");
        assertThat(groupedClaims(bridge).get(0).get("quoteId").asText()).isEqualTo(older);
        for (String id : List.of(older, younger)) {
            JsonNode whole = group(id);
            assertThat(whole.get("id").asText()).as("the merged group answers as the older").isEqualTo(older);
            List<String> order = new ArrayList<>();
            whole.get("appearances").forEach(a -> order.add(a.get("articleId").asText()));
            assertThat(order).containsExactly(first, second, bridge);
        }
        assertThat(search(String.join(" ", tail)).get("quotes")).extracting(q -> q.get("id").asText()).containsExactly(older);

        remove("quotes/tram-3.txt");
        assertThat(group(older).get("count").asInt()).isEqualTo(2);
    }

    /** The fingerprint postings in the table. */
    private int postings() {
        return db.scan(b -> b.tableName(LocalAws.TABLE).filterExpression("begins_with(pk, :qf)")
                .expressionAttributeValues(Map.of(":qf", AttributeValue.fromS("QF#"))).consistentRead(true)).count();
    }

    @Test
    void aQuotationRepeatedInManyArticlesPostsItsFingerprintsOnceAndWritesOneAppearanceEach() throws Exception {
        String quote = "\u201cEvery school on the coast will have a heat pump and solar panels on its roof before the next winter,\u201d";
        int before = postings();
        String first = store("quotes/school-1.txt", port("The ministry set out its plan on Monday.", quote,
                "Education Minister Hana Berg said."), "2026-12-01T10:00:00Z");
        String id = groupedClaims(first).get(0).get("quoteId").asText();
        List<String> fingerprints = dev.newsclaims.quotes.QuoteMatch.fingerprints(dev.newsclaims.quotes.QuoteWords.of(quote));
        assertThat(postings() - before).isEqualTo(fingerprints.size());
        for (String fp : fingerprints) {
            var posting = db.getItem(b -> b.tableName(LocalAws.TABLE).consistentRead(true)
                    .key(Map.of("pk", AttributeValue.fromS("QF#" + fp), "sk", AttributeValue.fromS("F")))).item();
            assertThat(posting.get("group").s()).isEqualTo(id);
            assertThat(posting).containsOnlyKeys("pk", "sk", "group");
        }
        List<String> articles = new ArrayList<>(List.of(first));
        for (int day = 2; day <= 6; day++) {
            articles.add(store("quotes/school-" + day + ".txt", port("Schools reacted on day " + day + ".", quote,
                    "Hana Berg said."), "2026-12-0" + day + "T10:00:00Z"));
        }
        assertThat(postings() - before).as("a repeated quotation posts nothing more").isEqualTo(fingerprints.size());
        assertThat(appearanceItems(id)).containsExactlyElementsOf(articles);
    }

    @Test
    void searchesOfFewerThanSixWordsUnknownIdsAndOtherMethodsAreProblems() throws Exception {
        problem(call("GET", "/quotes", Map.of("text", "only five words right here")), 400, OURS + "invalid-query");
        problem(call("GET", "/quotes", Map.of()), 400, OURS + "invalid-query");
        problem(call("GET", "/quotes", Map.of("text", "\u201c...  \u2014 !\u201d")), 400, OURS + "invalid-query");
        problem(call("GET", "/quotes/0123456789abcdef0123", Map.of()), 404, "about:blank");
        problem(call("GET", "/quotes/not-a-quotation", Map.of()), 404, "about:blank");
        JsonNode post = problem(call("POST", "/quotes", Map.of("text", "a b c d e f")), 405, "about:blank");
        assertThat(post.get("status").asInt()).isEqualTo(405);
        assertThat(search("words nobody has ever quoted in any article").get("quotes")).isEmpty();
    }
}
