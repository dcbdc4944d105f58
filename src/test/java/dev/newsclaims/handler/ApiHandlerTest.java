package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.process.ArticlePipeline;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The HTTP API function, fed API Gateway v2 events built from the events/ fixtures. */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class ApiHandlerTest {

    @Inject
    ObjectMapper json;

    private JsonNode invoke(ObjectNode event) throws Exception {
        String body = given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString();
        return json.readTree(body);
    }

    private ObjectNode request(String fixture, String method, String rawPath) {
        ObjectNode event = Events.json(fixture);
        event.put("rawPath", rawPath);
        ((ObjectNode) event.get("requestContext").get("http")).put("method", method).put("path", rawPath);
        return event;
    }

    private static JsonNode body(ObjectMapper json, JsonNode response) throws Exception {
        return json.readTree(response.get("body").asText());
    }

    @Test
    void postThenReadASummary() throws Exception {
        JsonNode created = invoke(Events.json("api-post-summary.json"));

        assertThat(created.get("statusCode").asInt()).isEqualTo(201);
        String location = created.get("headers").get("Location").asText();
        JsonNode summary = body(json, created);
        assertThat(location).isEqualTo("/summaries/" + summary.get("id").asText());
        assertThat(summary.get("title").asText()).isEqualTo("Minister announces rail budget");

        JsonNode read = invoke(request("api-get-summary.json", "GET", location));
        assertThat(read.get("statusCode").asInt()).isEqualTo(200);
        assertThat(body(json, read).get("id").asText()).isEqualTo(summary.get("id").asText());

        JsonNode again = invoke(Events.json("api-post-summary.json"));
        assertThat(again.get("statusCode").asInt()).as("the same article posted twice is stored once").isEqualTo(200);
        assertThat(body(json, again).get("id").asText()).isEqualTo(summary.get("id").asText());
    }

    @Test
    void aSpeakersClaimsAcrossArticlesNewestFirst() throws Exception {
        ObjectNode first = Events.json("api-post-summary.json");
        first.put("body", "{\"text\": \"Finance Minister Omar Haddad said the deficit fell to 3 percent in 2025.\"}");
        invoke(first);
        ObjectNode second = Events.json("api-post-summary.json");
        second.put("body", "{\"text\": \"Finance Minister Omar Haddad said on Friday that taxes will not rise next year.\"}");
        invoke(second);

        JsonNode page = body(json, invoke(request("api-get-speaker-claims.json", "GET", "/speakers/Omar%20Haddad/claims")));

        assertThat(page.get("claims")).hasSize(2);
        assertThat(page.get("claims").get(0).get("claim").get("text").asText()).contains("taxes will not rise");
        assertThat(page.get("claims").get(1).get("claim").get("text").asText()).contains("deficit fell");

        ObjectNode paged = request("api-get-speaker-claims.json", "GET", "/speakers/omar%20haddad/claims");
        ((ObjectNode) paged.get("queryStringParameters")).put("limit", "1");
        JsonNode firstPage = body(json, invoke(paged));
        assertThat(firstPage.get("claims")).hasSize(1);
        assertThat(firstPage.get("next").isTextual()).isTrue();
        ((ObjectNode) paged.get("queryStringParameters")).put("cursor", firstPage.get("next").asText());
        JsonNode secondPage = body(json, invoke(paged));
        assertThat(secondPage.get("claims").get(0).get("claim").get("text").asText()).contains("deficit fell");
    }

    @Test
    void unknownSummaryIsAProblem404() throws Exception {
        JsonNode response = invoke(Events.json("api-get-summary.json"));

        problem(response, 404, "about:blank", "Not Found");
    }

    /** Asserts the status and problem document of a response; returns the problem. */
    private JsonNode problem(JsonNode response, int status, String type, String title) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        JsonNode problem = body(json, response);
        assertThat(problem.get("type").asText()).isEqualTo(type);
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
        return problem;
    }

    private static final String OURS = "https://newsclaims.dev/problems/";

    @Test
    void badRequestsGetClearProblems() throws Exception {
        ObjectNode wrongType = Events.json("api-post-summary.json");
        ((ObjectNode) wrongType.get("headers")).put("content-type", "application/pdf");
        problem(invoke(wrongType), 415, "about:blank", "Unsupported Media Type");

        ObjectNode badJson = Events.json("api-post-summary.json");
        badJson.put("body", "{\"text\": ");
        problem(invoke(badJson), 400, OURS + "invalid-json", "Invalid JSON");

        ObjectNode noText = Events.json("api-post-summary.json");
        noText.put("body", "{\"title\": \"only a title\"}");
        problem(invoke(noText), 400, OURS + "invalid-article", "Invalid article");

        ObjectNode empty = Events.json("api-post-summary.json");
        empty.put("body", "{\"text\": \"   \"}");
        problem(invoke(empty), 400, OURS + "empty-article", "Empty article");

        ObjectNode binary = Events.json("api-post-summary.json");
        ((ObjectNode) binary.get("headers")).put("content-type", "text/plain");
        binary.put("body", java.util.Base64.getEncoder().encodeToString("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        binary.put("isBase64Encoded", true);
        problem(invoke(binary), 422, OURS + "not-an-article", "Not an article");

        problem(invoke(request("api-get-summary.json", "GET", "/summaries/..%2F..%2Fetc")), 400, OURS + "invalid-id",
                "Invalid summary id");
        JsonNode delete = invoke(request("api-get-summary.json", "DELETE", "/summaries/00000000000000000000000000000000"));
        problem(delete, 405, "about:blank", "Method Not Allowed");
        assertThat(delete.get("headers").get("Allow").asText()).isEqualTo("GET");
        JsonNode getPost = invoke(request("api-get-summary.json", "GET", "/summaries"));
        problem(getPost, 405, "about:blank", "Method Not Allowed");
        assertThat(getPost.get("headers").get("Allow").asText()).isEqualTo("POST");
        problem(invoke(request("api-get-summary.json", "GET", "/admin")), 404, "about:blank", "Not Found");

        problem(invoke(request("api-get-speaker-claims.json", "GET", "/speakers/" + "a".repeat(300) + "/claims")), 400,
                OURS + "invalid-speaker", "Invalid speaker name");
        problem(invoke(request("api-get-speaker-claims.json", "GET", "/speakers/a%00b/claims")), 400,
                OURS + "invalid-speaker", "Invalid speaker name");
        ObjectNode badCursor = request("api-get-speaker-claims.json", "GET", "/speakers/Omar%20Haddad/claims");
        ((ObjectNode) badCursor.get("queryStringParameters")).put("cursor", "not-a-cursor");
        problem(invoke(badCursor), 400, OURS + "invalid-cursor", "Invalid cursor");
        ObjectNode badLimit = request("api-get-speaker-claims.json", "GET", "/speakers/Omar%20Haddad/claims");
        ((ObjectNode) badLimit.get("queryStringParameters")).put("limit", "1000");
        problem(invoke(badLimit), 400, OURS + "invalid-limit", "Invalid limit");

        ObjectNode tooBig = Events.json("api-post-summary.json");
        ((ObjectNode) tooBig.get("headers")).put("content-type", "text/plain");
        tooBig.put("body", "a".repeat(1_048_577));
        problem(invoke(tooBig), 413, "about:blank", "Content Too Large");

        // Under the byte limit but more tokens than the function's memory can analyse: one quotation mark a token.
        ObjectNode tooManyTokens = Events.json("api-post-summary.json");
        ((ObjectNode) tooManyTokens.get("headers")).put("content-type", "text/plain");
        tooManyTokens.put("body", "Our made-up story begins. " + "\"".repeat(ArticlePipeline.MAX_TOKENS + 1));
        assertThat(tooManyTokens.get("body").asText().length()).isLessThan(1_048_576);
        assertThat(problem(invoke(tooManyTokens), 413, "about:blank", "Content Too Large").get("detail").asText())
                .contains(String.valueOf(ArticlePipeline.MAX_TOKENS)).contains("words and marks");
    }
}
