package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAwsResource;
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

        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        assertThat(body(json, response).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void badRequestsGetClearProblems() throws Exception {
        ObjectNode wrongType = Events.json("api-post-summary.json");
        ((ObjectNode) wrongType.get("headers")).put("content-type", "application/pdf");
        assertThat(invoke(wrongType).get("statusCode").asInt()).isEqualTo(415);

        ObjectNode badJson = Events.json("api-post-summary.json");
        badJson.put("body", "{\"text\": ");
        JsonNode invalid = invoke(badJson);
        assertThat(invalid.get("statusCode").asInt()).isEqualTo(400);
        assertThat(body(json, invalid).get("title").asText()).isEqualTo("Invalid JSON");

        ObjectNode empty = Events.json("api-post-summary.json");
        empty.put("body", "{\"text\": \"   \"}");
        assertThat(invoke(empty).get("statusCode").asInt()).isEqualTo(400);

        assertThat(invoke(request("api-get-summary.json", "GET", "/summaries/..%2F..%2Fetc")).get("statusCode").asInt())
                .isEqualTo(400);
        assertThat(invoke(request("api-get-summary.json", "DELETE", "/summaries/00000000000000000000000000000000"))
                .get("statusCode").asInt()).isEqualTo(405);
        JsonNode unknown = invoke(request("api-get-summary.json", "GET", "/admin"));
        assertThat(unknown.get("statusCode").asInt()).isEqualTo(404);
        assertThat(unknown.get("body").asText()).doesNotContain("Exception").doesNotContain("at dev.");

        JsonNode longName = invoke(request("api-get-speaker-claims.json", "GET", "/speakers/" + "a".repeat(300) + "/claims"));
        assertThat(longName.get("statusCode").asInt()).isEqualTo(400);
        JsonNode controlChars = invoke(request("api-get-speaker-claims.json", "GET", "/speakers/a%00b/claims"));
        assertThat(controlChars.get("statusCode").asInt()).isEqualTo(400);
        ObjectNode badCursor = request("api-get-speaker-claims.json", "GET", "/speakers/Omar%20Haddad/claims");
        ((ObjectNode) badCursor.get("queryStringParameters")).put("cursor", "not-a-cursor");
        assertThat(invoke(badCursor).get("statusCode").asInt()).isEqualTo(400);

        ObjectNode tooBig = Events.json("api-post-summary.json");
        ((ObjectNode) tooBig.get("headers")).put("content-type", "text/plain");
        tooBig.put("body", "a".repeat(1_048_577));
        assertThat(invoke(tooBig).get("statusCode").asInt()).isEqualTo(413);
    }
}
