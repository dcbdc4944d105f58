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

/** The API function under the template's COGNITO settings: the page learns where and how to sign in. */
@QuarkusTest
@TestProfile(SignInProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class PageSignInTest {

    @Inject
    ObjectMapper json;

    private JsonNode get(String rawPath) throws Exception {
        ObjectNode event = Events.json("api-get-page-file.json");
        event.put("rawPath", rawPath);
        event.remove("pathParameters");
        ((ObjectNode) event.get("requestContext").get("http")).put("path", rawPath);
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    @Test
    void thePageIsToldItsHostedSignInClientAndScope() throws Exception {
        JsonNode answer = get(PageSignIn.PATH);

        assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.at("/headers/Cache-Control").asText()).isEqualTo("no-cache");
        JsonNode settings = json.readTree(answer.get("body").asText());
        assertThat(settings.get("signIn").asText()).isEqualTo("cognito");
        assertThat(settings.get("authorizeUrl").asText()).isEqualTo(SignInProfile.SIGN_IN + "/oauth2/authorize");
        assertThat(settings.get("tokenUrl").asText()).isEqualTo(SignInProfile.SIGN_IN + "/oauth2/token");
        assertThat(settings.get("clientId").asText()).isEqualTo(SignInProfile.CLIENT_ID);
        assertThat(settings.get("redirectUri").asText()).isEqualTo(SignInProfile.PAGE);
        assertThat(settings.get("scope").asText()).isEqualTo("openid newsclaims/api");
        assertThat(answer.get("body").asText()).as("a public client: nothing secret").doesNotContainIgnoringCase("secret");
    }

    /** The page posts the code to the token endpoint with fetch: its origin, and no other, joins connect-src. */
    @Test
    void thePagesPolicyLetsItFetchOnlyFromTheApiAndTheSignInsOrigin() throws Exception {
        JsonNode page = get("/");

        assertThat(page.get("statusCode").asInt()).isEqualTo(200);
        String policy = page.at("/headers/Content-Security-Policy").asText();
        assertThat(policy).contains("connect-src 'self' " + SignInProfile.SIGN_IN + ";")
                .contains("script-src 'self';").contains("default-src 'none'");
        assertThat(policy.replace("connect-src 'self' " + SignInProfile.SIGN_IN, "connect-src 'self'"))
                .isEqualTo(PageFiles.CONTENT_SECURITY_POLICY);
    }
}
