package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.ArticleVariants;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.local.SummarizeCli;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API reads a posted body as the S3 function and the command line read the same bytes: the stored
 * summary of every format and encoding (and of a JSON body holding the text) equals the command line's.
 */
@QuarkusTest
@TestProfile(ApiProfile.class)
@QuarkusTestResource(LocalAwsResource.class)
class ApiIngestPathTest {

    private static Map<String, JsonNode> cli;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    private static synchronized Map<String, JsonNode> cliSummaries() throws Exception {
        if (cli == null) {
            cli = SummarizeCli.summaries(ArticleVariants.all());
        }
        return cli;
    }

    static List<ArticleVariants.Variant> bodies() {
        List<ArticleVariants.Variant> all = new ArrayList<>(ArticleVariants.all());
        return all;
    }

    static List<ArticleVariants.Variant> jsonBodies() {
        return ArticleVariants.jsonBodies();
    }

    /**
     * A POST as API Gateway delivers it: a UTF-8 text body as a string, anything else base64-encoded.
     */
    private JsonNode post(byte[] body, String contentType, boolean asString) throws Exception {
        ObjectNode event = Events.json("api-post-summary.json");
        ((ObjectNode) event.get("headers")).put("content-type", contentType);
        event.put("body", asString ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", !asString);
        return json.readTree(given().contentType("application/json").body(event.toString()).when().post().then()
                .statusCode(200).extract().asString());
    }

    private static boolean apiGatewaySendsAsString(ArticleVariants.Variant v) {
        return v.encoding() == ArticleVariants.Encoding.UTF_8 || v.encoding() == ArticleVariants.Encoding.DECLARED_CHARSET_LIES;
    }

    private JsonNode stored(JsonNode response) throws Exception {
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isIn(200, 201);
        String id = response.get("headers").get("Location").asText().replace("/summaries/", "");
        return json.readTree(store.find(id).orElseThrow().json());
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void thePostedBodyIsSummarisedAsTheCommandLineSummarisesTheSameBytes(ArticleVariants.Variant variant) throws Exception {
        JsonNode stored = stored(post(variant.bytes(), variant.contentType(), apiGatewaySendsAsString(variant)));

        assertThat(SummarizeCli.withoutIdAndSource(stored)).isEqualTo(cliSummaries().get(variant.fileName()));
        assertThat(stored.at("/claims/0/text").asText()).isEqualTo(ArticleVariants.QUOTE);
    }

    @ParameterizedTest
    @MethodSource("jsonBodies")
    void aJsonBodyInAnyEncodingGivesThePlainTextSummary(ArticleVariants.Variant variant) throws Exception {
        String contentType = variant.encoding().declaredCharset == null ? "application/json"
                : "application/json; charset=" + variant.encoding().declaredCharset;

        JsonNode stored = stored(post(variant.bytes(), contentType, apiGatewaySendsAsString(variant)));

        String plainText = new ArticleVariants.Variant(ArticleVariants.Format.TEXT, ArticleVariants.Encoding.UTF_8, new byte[0])
                .fileName();
        assertThat(SummarizeCli.withoutIdAndSource(stored)).isEqualTo(cliSummaries().get(plainText));
    }

    @Test
    void anArticleInAnotherLanguageIsA422ProblemAndNothingIsStored() throws Exception {
        String german = "Die Br\u00fccke wird im Mai wieder ge\u00f6ffnet, sagte die B\u00fcrgermeisterin am Dienstag vor"
                + " Journalisten. Die Arbeiten haben vier Millionen Euro gekostet und wurden fr\u00fcher als geplant abgeschlossen.";

        JsonNode response = post(german.getBytes(StandardCharsets.UTF_8), "text/plain", true);

        assertThat(response.get("statusCode").asInt()).isEqualTo(422);
        assertThat(response.get("headers").get("Content-Type").asText()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.get("body").asText());
        assertThat(problem.get("type").asText()).isEqualTo("https://newsclaims.dev/problems/unsupported-language");
        assertThat(problem.get("title").asText()).isEqualTo("Unsupported language");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("language").asText()).isEqualTo("de");
        assertThat(problem.get("detail").asText()).contains("German (de)");
        assertThat(store.find(ArticleIds.forPostedText(null, german))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Come on, come on, give me a break.", "Hello there!",
        "\"Per se, no,\" the judge replied.",
        "The port will close at noon.", "Who said that?"})
    void aShortEnglishPostIsSummarisedNotRefused(String line) throws Exception {
        JsonNode response = post(line.getBytes(StandardCharsets.UTF_8), "text/plain", true);

        assertThat(response.get("statusCode").asInt()).as(response.toString()).isIn(200, 201);
        JsonNode stored = stored(response);
        assertThat(stored.get("language").asText()).isIn("en", "und");
        assertThat(stored.get("summary").toString()).contains(line.replace("\"", "\\\""));
    }
}
