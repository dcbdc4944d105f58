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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The speaker routes through the API function (API Gateway v2 events built from the events/ fixtures),
 * over articles stored through the S3 path (S3Proxy, dynalite) with chosen event times, corrected and
 * deleted as uploads and removals do.
 */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class ApiSpeakersTest {

    private static final String OURS = "https://newsclaims.dev/problems/";
    private static final AtomicLong SEQUENCERS = new AtomicLong(0x5000);

    @Inject
    ObjectMapper json;

    @Inject
    ArticleProcessor processor;

    @Inject
    S3Client s3;

    /** Uploads an article and runs the event S3 would send for it, dated {@code eventTime}. */
    private String store(String key, String text, String eventTime) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var put = s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
        var result = processor.process(new S3ObjectRef(LocalAws.BUCKET, key, null, put.eTag().replace("\"", ""), bytes.length,
                Long.toHexString(SEQUENCERS.incrementAndGet()), eventTime));
        assertThat(result.outcome()).isEqualTo("summarized");
        return result.summaryId();
    }

    private void remove(String key) {
        s3.deleteObject(b -> b.bucket(LocalAws.BUCKET).key(key));
        var result = processor.remove(new S3ObjectRef(LocalAws.BUCKET, key, null, null, 0,
                Long.toHexString(SEQUENCERS.incrementAndGet()), "2026-11-30T12:00:00Z"), false);
        assertThat(result.outcome()).isEqualTo("deleted");
    }

    private static String harbour(String mayor) {
        return "Harbour plan approved\n\nThe council approved the harbour plan on Monday. \u201cWe will build the new quay this year,\u201d"
                + " Mayor " + mayor + " told reporters. " + last(mayor) + " believes that the costs will fall next year. She said the"
                + " work would start in May.";
    }

    private static String fishing(String minister) {
        return "Fishing quotas cut\n\nThe ministry cut the cod quota on Tuesday. \u201cThe stocks are too low,\u201d Fisheries Minister "
                + minister + " said in a statement.";
    }

    private static String alliance(String name, String words) {
        return "Alliance to expand\n\n\u201c" + words + ",\u201d NATO Secretary General " + name + " told reporters in Brussels.";
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private JsonNode get(String fixture, String rawPath, Map<String, String> query) throws Exception {
        ObjectNode event = Events.json(fixture);
        event.put("rawPath", rawPath);
        ((ObjectNode) event.get("requestContext").get("http")).put("method", "GET").put("path", rawPath);
        ObjectNode params = event.putObject("queryStringParameters");
        query.forEach(params::put);
        event.remove("pathParameters");
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    private JsonNode search(Map<String, String> query) throws Exception {
        return get("api-get-speakers.json", "/speakers", query);
    }

    private JsonNode claims(String name, Map<String, String> query) throws Exception {
        return get("api-get-speaker-claims.json", "/speakers/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "/claims", query);
    }

    private JsonNode ok(JsonNode response) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/json");
        return json.readTree(response.get("body").asText());
    }

    private JsonNode problem(JsonNode response, int status, String type) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.get("body").asText());
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        return problem;
    }

    private List<String> claimTexts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("claims").forEach(c -> texts.add(c.at("/claim/text").asText()));
        return texts;
    }

    @Test
    void theFixtureSearchFindsAPrefixOfTheSurnameWithoutCaseOrAccents() throws Exception {
        store("speakers/nato-1.txt", alliance("Jens Stoltenberg", "Our alliance stands ready to defend every ally"), "2026-11-02T08:00:00Z");
        store("speakers/nato-2.txt", alliance("Jens Stoltenberg", "We will send more ships to the Baltic"), "2026-11-05T08:00:00Z");

        JsonNode fixture = ok(json.readTree(given().contentType("application/json").body(Events.read("api-get-speakers.json"))
                .when().post().then().statusCode(200).extract().asString()));

        assertThat(fixture.get("query").asText()).isEqualTo("stolt");
        assertThat(fixture.get("speakers")).hasSize(1);
        JsonNode jens = fixture.get("speakers").get(0);
        assertThat(jens.get("name").asText()).isEqualTo("Jens Stoltenberg");
        assertThat(jens.get("claims").asInt()).isEqualTo(2);
        assertThat(jens.get("articles").asInt()).isEqualTo(2);
        assertThat(jens.get("latest").asText()).isEqualTo("2026-11-05T08:00:00.000Z");
        assertThat(fixture.get("next").isNull()).isTrue();
        for (String q : List.of("STOLT", "ST\u00d8LT", "St\u00f6ltenberg", "jens", "jens st", "  Stolt  ")) {
            assertThat(ok(search(Map.of("q", q))).get("speakers")).as(q).containsExactly(jens);
        }
    }

    @Test
    void aSurnameResolvesToItsSpeakerAndASharedSurnameIsA300WithTheCandidates() throws Exception {
        store("speakers/solberg-harbour.txt", harbour("Ingrid Solberg"), "2026-11-03T09:00:00Z");
        store("speakers/solberg-fish.txt", fishing("Nils Solberg"), "2026-11-04T09:00:00Z");
        store("speakers/nato-3.txt", alliance("Mark Rutte", "The summit will be held in June"), "2026-11-06T08:00:00Z");

        JsonNode rutte = ok(claims("Rutte", Map.of()));
        assertThat(rutte.get("speaker").asText()).isEqualTo("Mark Rutte");
        assertThat(rutte.get("requested").asText()).isEqualTo("Rutte");
        assertThat(claimTexts(rutte)).containsExactly("\u201cThe summit will be held in June,\u201d");
        assertThat(ok(claims("M. Rutte", Map.of())).get("speaker").asText()).isEqualTo("Mark Rutte");
        assertThat(ok(claims("RUTTE, Mark", Map.of())).get("speaker").asText()).isEqualTo("Mark Rutte");

        JsonNode ambiguous = problem(claims("Solberg", Map.of()), 300, OURS + "ambiguous-speaker");
        assertThat(ambiguous.get("title").asText()).isEqualTo("Ambiguous speaker");
        JsonNode candidates = ambiguous.get("candidates");
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).get("name").asText()).isEqualTo("Nils Solberg");
        assertThat(candidates.get(0).get("href").asText()).isEqualTo("/speakers/Nils%20Solberg/claims");
        assertThat(candidates.get(1).get("name").asText()).isEqualTo("Ingrid Solberg");
        assertThat(candidates.get(1).get("claims").asInt()).isEqualTo(3);
        assertThat(candidates.get(1).get("articles").asInt()).isEqualTo(1);

        JsonNode ingrid = ok(claims(candidates.get(1).get("name").asText(), Map.of()));
        assertThat(ingrid.get("speaker").asText()).isEqualTo("Ingrid Solberg");
        assertThat(ingrid.has("requested")).isFalse();
        assertThat(claimTexts(ingrid)).hasSize(3);
        assertThat(ok(claims("Ingrid SOLBERG", Map.of())).get("claims")).hasSize(3);
    }

    @Test
    void claimsAreFilteredBySinceUntilActAndKind() throws Exception {
        store("speakers/lie-1.txt", harbour("Kari Lie"), "2026-10-01T09:00:00Z");
        store("speakers/lie-2.txt", harbour("Kari Lie").replace("new quay", "ferry terminal"), "2026-10-03T09:00:00Z");

        assertThat(claimTexts(ok(claims("Kari Lie", Map.of())))).hasSize(6);
        assertThat(claimTexts(ok(claims("Kari Lie", Map.of("since", "2026-10-02")))))
                .containsExactly("\u201cWe will build the ferry terminal this year,\u201d", "that the costs will fall next year",
                        "the work would start in May");
        assertThat(claimTexts(ok(claims("Kari Lie", Map.of("until", "2026-10-01T23:59:59Z")))))
                .first().isEqualTo("\u201cWe will build the new quay this year,\u201d");
        assertThat(claimTexts(ok(claims("Lie", Map.of("act", "thought")))))
                .containsExactly("that the costs will fall next year", "that the costs will fall next year");
        assertThat(claimTexts(ok(claims("Kari Lie", Map.of("act", "speech", "kind", "indirect")))))
                .containsExactly("the work would start in May", "the work would start in May");
        assertThat(claimTexts(ok(claims("Kari Lie", Map.of("kind", "direct", "since", "2026-10-01", "until", "2026-10-01")))))
                .containsExactly("\u201cWe will build the new quay this year,\u201d");

        JsonNode first = ok(claims("Kari Lie", Map.of("act", "thought", "limit", "1")));
        assertThat(first.get("claims")).hasSize(1);
        JsonNode second = ok(claims("Kari Lie", Map.of("act", "thought", "limit", "1", "cursor", first.get("next").asText())));
        assertThat(second.get("claims").get(0).get("createdAt").asText()).isEqualTo("2026-10-01T09:00:00.000Z");
    }

    @Test
    void countsStayTrueAfterACorrectionAndAfterADeletion() throws Exception {
        store("speakers/tveit-a.txt", fishing("Ragnhild Tveit"), "2026-09-01T09:00:00Z");
        store("speakers/tveit-b.txt", fishing("Ragnhild Tveit").replace("too low", "far too low"), "2026-09-02T09:00:00Z");
        assertThat(tveit()).isEqualTo(List.of(2, 2));

        store("speakers/tveit-a.txt", harbour("Ragnhild Tveit"), "2026-09-05T09:00:00Z");
        JsonNode corrected = ok(search(Map.of("q", "tveit"))).get("speakers").get(0);
        assertThat(tveit()).as("the corrected version's 3 claims replace the first version's 1").isEqualTo(List.of(4, 2));
        assertThat(corrected.get("latest").asText()).isEqualTo("2026-09-05T09:00:00.000Z");

        remove("speakers/tveit-a.txt");
        JsonNode afterDelete = ok(search(Map.of("q", "tveit"))).get("speakers").get(0);
        assertThat(tveit()).isEqualTo(List.of(1, 1));
        assertThat(afterDelete.get("latest").asText()).isEqualTo("2026-09-02T09:00:00.000Z");
        assertThat(claimTexts(ok(claims("Tveit", Map.of())))).containsExactly("\u201cThe stocks are far too low,\u201d");

        remove("speakers/tveit-b.txt");
        assertThat(ok(search(Map.of("q", "tveit"))).get("speakers")).isEmpty();
        JsonNode none = ok(claims("Tveit", Map.of()));
        assertThat(none.get("claims")).isEmpty();
        assertThat(none.get("speaker").asText()).isEqualTo("Tveit");
    }

    private List<Integer> tveit() throws Exception {
        JsonNode speakers = ok(search(Map.of("q", "ragnhild t"))).get("speakers");
        assertThat(speakers).hasSize(1);
        return List.of(speakers.get(0).get("claims").asInt(), speakers.get(0).get("articles").asInt());
    }
    @Test
    void claimsAreFilteredByTheirCheckworthiness() throws Exception {
        store("speakers/aune-1.txt", "Ferry fares rise\n\n\u201cFares on the island ferry rose by 18 percent in 2025, the steepest"
                + " increase since 2011,\u201d Transport Minister Petra Aune told reporters. \u201cI think this is a wonderful time to"
                + " visit the islands,\u201d Aune said.", "2026-10-07T09:00:00Z");

        JsonNode all = ok(claims("Petra Aune", Map.of()));
        assertThat(claimTexts(all)).hasSize(2);
        double fares = all.get("claims").get(0).at("/claim/checkworthiness").asDouble(-1);
        double visit = all.get("claims").get(1).at("/claim/checkworthiness").asDouble(-1);
        assertThat(all.get("claims").get(0).at("/claim/text").asText()).startsWith("\u201cFares");
        assertThat(fares).isBetween(0.0, 1.0);
        assertThat(visit).isBetween(0.0, 1.0).isLessThan(fares);

        String between = Double.toString((fares + visit) / 2);
        assertThat(claimTexts(ok(claims("Petra Aune", Map.of("minCheckworthiness", between)))))
                .singleElement().asString().startsWith("\u201cFares");
        assertThat(claimTexts(ok(claims("Petra Aune", Map.of("minCheckworthiness", "0"))))).hasSize(2);
        assertThat(claimTexts(ok(claims("Petra Aune", Map.of("minCheckworthiness", Double.toString(visit)))))).hasSize(2);
    }

    @Test
    void badSearchesAndFiltersAreClearProblems() throws Exception {
        problem(search(Map.of()), 400, OURS + "invalid-query");
        problem(search(Map.of("q", "s")), 400, OURS + "invalid-query");
        problem(search(Map.of("q", "\u00b7 \u2014")), 400, OURS + "invalid-query");
        problem(search(Map.of("q", "x".repeat(201))), 400, OURS + "invalid-query");
        problem(search(Map.of("q", "stolt", "limit", "0")), 400, OURS + "invalid-limit");
        problem(search(Map.of("q", "stolt", "limit", "many")), 400, OURS + "invalid-limit");
        problem(search(Map.of("q", "stolt", "cursor", "bm90LW91cnM")), 400, OURS + "invalid-cursor");
        problem(search(Map.of("q", "stolt", "cursor", "%%%")), 400, OURS + "invalid-cursor");
        problem(claims("Kari Lie", Map.of("cursor", "MjAyNi0xMC0wMQ")), 400, OURS + "invalid-cursor");
        problem(claims("Kari Lie", Map.of("since", "yesterday")), 400, OURS + "invalid-date");
        problem(claims("Kari Lie", Map.of("until", "2026-02-30")), 400, OURS + "invalid-date");
        problem(claims("Kari Lie", Map.of("since", "2026-10-05", "until", "2026-10-01")), 400, OURS + "invalid-date");
        problem(claims("Kari Lie", Map.of("act", "shouted")), 400, OURS + "invalid-filter");
        problem(claims("Kari Lie", Map.of("kind", "statement")), 400, OURS + "invalid-filter");
        problem(claims("Kari Lie", Map.of("minCheckworthiness", "high")), 400, OURS + "invalid-filter");
        problem(claims("Kari Lie", Map.of("minCheckworthiness", "1.5")), 400, OURS + "invalid-filter");
        problem(claims("Kari Lie", Map.of("minCheckworthiness", "-0.1")), 400, OURS + "invalid-filter");
        ObjectNode post = Events.json("api-get-speakers.json");
        ((ObjectNode) post.get("requestContext").get("http")).put("method", "POST");
        JsonNode notAllowed = json.readTree(given().contentType("application/json").body(post.toString()).when().post().then()
                .statusCode(200).extract().asString());
        problem(notAllowed, 405, "about:blank");
        assertThat(notAllowed.get("headers").get("Allow").asText()).isEqualTo("GET");
    }
}
