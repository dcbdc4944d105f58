package dev.newsclaims.handler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.ArticleVariants;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalAwsResource;
import dev.newsclaims.local.SummarizeCli;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.store.SummaryStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 function reads every format and encoding as the command line does: the stored summary of an
 * object equals the command line's summary of the same bytes in a file of the same type.
 */
@QuarkusTest
@QuarkusTestResource(LocalAwsResource.class)
class S3IngestPathTest {

    private static final AtomicInteger SEQUENCER = new AtomicInteger(0x5000);
    private static Map<String, JsonNode> cli;

    @Inject
    S3Client s3;

    @Inject
    SummaryStore store;

    @Inject
    ObjectMapper json;

    static List<ArticleVariants.Variant> variants() {
        return ArticleVariants.all();
    }

    private static synchronized Map<String, JsonNode> cliSummaries() throws Exception {
        if (cli == null) {
            cli = SummarizeCli.summaries(ArticleVariants.all());
        }
        return cli;
    }

    private JsonNode invoke(String key, byte[] bytes, String contentType) throws Exception {
        s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        String event = Events.s3Put(encoded, bytes.length, String.format("%016X", SEQUENCER.incrementAndGet()));
        return json.readTree(given().contentType("application/json").body(event).when().post().then().statusCode(200)
                .extract().asString()).get("results").get(0);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theStoredSummaryIsTheOneTheCommandLineGivesForTheSameBytes(ArticleVariants.Variant variant) throws Exception {
        JsonNode result = invoke("variants/" + variant.fileName(), variant.bytes(), variant.contentType());

        assertThat(result.get("outcome").asText()).isEqualTo("summarized");
        JsonNode stored = json.readTree(store.find(result.get("summaryId").asText()).orElseThrow().json());
        assertThat(stored.at("/source/contentType").asText()).isEqualTo(variant.contentType());
        assertThat(SummarizeCli.withoutIdAndSource(stored)).isEqualTo(cliSummaries().get(variant.fileName()));
        assertThat(stored.at("/claims/0/text").asText()).isEqualTo(ArticleVariants.QUOTE);
    }

    @Test
    void anArticleInAnotherLanguageIsRecordedAsSuchAndNotSummarised() throws Exception {
        String key = "incoming/\u043c\u043e\u0441\u0442.txt";
        byte[] russian = ("\u041c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435\n\n"
                + "\u00ab\u041c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435\u00bb,"
                + " \u2014 \u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a"
                + " \u043c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0436\u0443\u0440\u043d\u0430\u043b\u0438\u0441\u0442\u0430\u043c.")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode result = invoke(key, russian, "text/plain");

        assertThat(result.get("outcome").asText()).isEqualTo("unsupported_language");
        var recorded = store.objectOutcome(LocalAws.BUCKET, key).orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("unsupported_language");
        assertThat(recorded.detectedType()).isEqualTo("ru");
        assertThat(recorded.reason()).contains("Russian (ru)");
        assertThat(recorded.summaryId()).isNull();
        String wouldBeId = ArticleIds.forObject(LocalAws.BUCKET, key, null, null);
        assertThat(store.find(wouldBeId)).isEmpty();
    }

    @Test
    void anEnglishSummarySaysEnglish() throws Exception {
        JsonNode result = invoke("incoming/english.txt", ArticleVariants.Format.TEXT.source.getBytes(StandardCharsets.UTF_8),
                "text/plain");

        JsonNode stored = json.readTree(store.find(result.get("summaryId").asText()).orElseThrow().json());
        assertThat(stored.get("language").asText()).isEqualTo("en");
    }
}
