package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the API answers when something underneath fails: a defect is a 500, an unreachable store a 503 with Retry-After. */
@QuarkusTest
@TestProfile(ApiFaultProfile.class)
class ApiFaultsTest {

    @Inject
    ObjectMapper json;

    private JsonNode invoke(String event) throws Exception {
        return json.readTree(given().contentType("application/json").body(event).when().post().then().statusCode(200)
                .extract().asString());
    }

    private JsonNode problem(JsonNode response) throws Exception {
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        return json.readTree(response.get("body").asText());
    }

    @Test
    void aPermanentStorageErrorIsA500AndAnUnreachableStoreA503WithRetryAfter() throws Exception {
        LocalAws aws = LocalAwsResource.aws();
        String get = Events.read("api-get-summary.json");
        assertThat(invoke(get).get("statusCode").asInt()).as("the store works before it is broken").isEqualTo(404);

        // A table that is not there: DynamoDB answers 400 ResourceNotFound, which no retry will cure.
        try (DynamoDbClient db = aws.dynamoDbClient()) {
            db.deleteTable(b -> b.tableName(LocalAws.TABLE));
        }
        JsonNode defect = invoke(get);

        assertThat(defect.get("statusCode").asInt()).isEqualTo(500);
        assertThat(defect.get("headers").has("Retry-After")).isFalse();
        JsonNode internal = problem(defect);
        assertThat(internal.get("type").asText()).isEqualTo("about:blank");
        assertThat(internal.get("title").asText()).isEqualTo("Internal Server Error");
        assertThat(internal.get("detail").asText()).doesNotContain("ResourceNotFound").doesNotContain("Exception");

        aws.killDynamoDb();
        try {
            JsonNode down = invoke(get);

            assertThat(down.get("statusCode").asInt()).isEqualTo(503);
            assertThat(down.get("headers").get("Retry-After").asText()).isEqualTo("5");
            JsonNode unavailable = problem(down);
            assertThat(unavailable.get("type").asText()).isEqualTo("about:blank");
            assertThat(unavailable.get("title").asText()).isEqualTo("Service Unavailable");
            assertThat(unavailable.get("status").asInt()).isEqualTo(503);
        } finally {
            aws.restartDynamoDb();
        }
        assertThat(invoke(get).get("statusCode").asInt()).as("the store works again").isEqualTo(404);
    }
}
