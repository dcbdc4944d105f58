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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who is who in a stored summary, posted through the API function and read back from DynamoDB (dynalite): a role
 * and an organisation from the words before a name, a document credited to the organisation that issued it, an
 * unnamed spokesperson of a department, and a pronoun after a place that still refers to the person quoted.
 */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class ApiParticipantsTest {

    private static final String ARTICLE = "Ferry terminal plan divides Port Aldwyn\n\n"
            + "Harbour Board chief executive Linda Osei said on Tuesday that the new terminal would open in the spring.\n\n"
            + "The Port Aldwyn Residents Association said in a statement that the vote had been rushed. The statement "
            + "also said the association would ask for a review.\n\n"
            + "A spokesperson for the province's transport department said the permits were still being assessed.\n\n"
            + "Osei toured the old quay on Elm Street in Port Aldwyn on Wednesday. \u201cEvery boat will still dock "
            + "here,\u201d she said.";

    @Inject
    ObjectMapper json;

    private JsonNode invoke(ObjectNode event) throws Exception {
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    @Test
    void aStoredSummaryNamesEachParticipantWithRoleOrganisationAndType() throws Exception {
        ObjectNode post = Events.json("api-post-summary.json");
        post.put("body", json.createObjectNode().put("text", ARTICLE).toString());
        JsonNode created = invoke(post);
        assertThat(created.get("statusCode").asInt()).isIn(200, 201);
        String location = created.get("headers").get("Location").asText();

        ObjectNode get = Events.json("api-get-summary.json");
        get.put("rawPath", location);
        ((ObjectNode) get.get("requestContext").get("http")).put("method", "GET").put("path", location);
        JsonNode read = invoke(get);
        assertThat(read.get("statusCode").asInt()).isEqualTo(200);
        JsonNode summary = json.readTree(read.get("body").asText());

        Map<String, JsonNode> speakers = new HashMap<>();
        summary.get("speakers").forEach(s -> speakers.put(s.get("name").asText(), s));
        JsonNode osei = speakers.get("Linda Osei");
        assertThat(osei).as(summary.get("speakers").toString()).isNotNull();
        assertThat(osei.get("role").asText()).isEqualTo("Chief Executive");
        assertThat(osei.get("organization").asText()).isEqualTo("Harbour Board");
        assertThat(osei.get("type").asText()).isEqualTo("person");
        assertThat(speakers.get("Port Aldwyn Residents Association").get("type").asText()).isEqualTo("organization");
        assertThat(summary.get("speakers")).noneMatch(s -> s.get("type").asText().equals("person")
                && !s.get("name").asText().equals("Linda Osei"));
        assertThat(summary.get("speakers")).anyMatch(s -> s.get("role").asText("").equals("Spokesperson")
                && s.get("organization").asText("").equals("the province's transport department"));

        Map<String, JsonNode> claims = new HashMap<>();
        summary.get("claims").forEach(c -> claims.put(c.get("text").asText(), c));
        JsonNode review = claims.get("the association would ask for a review");
        assertThat(review).as(summary.get("claims").toString()).isNotNull();
        assertThat(review.get("speaker").asText()).isEqualTo("Port Aldwyn Residents Association");
        assertThat(review.get("mention").get("text").asText()).isEqualTo("The statement");
        JsonNode dock = claims.get("\u201cEvery boat will still dock here,\u201d");
        assertThat(dock.get("speaker").asText()).isEqualTo("Linda Osei");
        assertThat(dock.get("mention").get("text").asText()).isEqualTo("she");
    }
}
