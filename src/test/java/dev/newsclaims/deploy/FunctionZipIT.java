package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The deployable artifact itself: target/function.zip unzipped and run under the AWS Lambda runtime
 * interface client in a fresh JVM, against S3Proxy and dynalite, fed the events/ fixtures.
 */
class FunctionZipIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalAws aws;
    private static Path taskRoot;

    @BeforeAll
    static void startLocalAws() throws Exception {
        aws = LocalAws.startTransient();
        Path target = LocalPaths.projectRoot().resolve("target");
        taskRoot = FunctionProcess.unzip(target.resolve("function.zip"), target.resolve("function-it"));
    }

    @AfterAll
    static void stopLocalAws() throws Exception {
        aws.close();
    }

    private FunctionProcess start(LambdaRuntimeApi runtime, String handler, Path log) throws Exception {
        Map<String, String> env = new HashMap<>(aws.functionEnvironment());
        env.put("QUARKUS_LAMBDA_HANDLER", handler);
        env.put("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return FunctionProcess.start(taskRoot, LocalPaths.projectRoot().resolve("target/lambda-runtime"), runtime.address(),
                env, List.of("-Xmx512m"), log);
    }

    @Test
    void theZipSummarisesTheSampleUploadIntoDynamoDb() throws Exception {
        try (var s3 = aws.s3Client(); var db = aws.dynamoDbClient(); var runtime = new LambdaRuntimeApi()) {
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("incoming/nato-eastern-europe.txt").contentType("text/plain"),
                    RequestBody.fromBytes(Events.article("nato-eastern-europe.txt")));
            Path log = Files.createTempFile("function-s3", ".log");
            try (FunctionProcess function = start(runtime, "s3", log)) {
                LambdaRuntimeApi.Result first = runtime.invoke(Events.read("s3-put.json"), Duration.ofSeconds(90));
                long coldMs = (System.nanoTime() - function.startedNanos()) / 1_000_000;
                assertThat(first.error()).as("function error: %s\nlog:\n%s", first.body(), Files.readString(log)).isFalse();
                JsonNode report = JSON.readTree(first.body());
                JsonNode result = report.get("results").get(0);
                assertThat(result.get("outcome").asText()).isEqualTo("summarized");

                var store = new dev.newsclaims.store.SummaryStore(db, LocalAws.TABLE, JSON);
                JsonNode summary = JSON.readTree(store.find(result.get("summaryId").asText()).orElseThrow().json());
                assertThat(summary.get("title").asText()).startsWith("NATO declares");
                assertThat(summary.at("/source/bucket").asText()).isEqualTo("articles");

                long warmStart = System.nanoTime();
                LambdaRuntimeApi.Result second = runtime.invoke(Events.read("s3-put.json"), Duration.ofSeconds(30));
                long warmMs = (System.nanoTime() - warmStart) / 1_000_000;
                assertThat(JSON.readTree(second.body()).at("/results/0/outcome").asText()).isEqualTo("duplicate");
                System.out.printf("function.zip S3 path: JVM start -> summary stored %d ms, warm duplicate %d ms, peak RSS %d MB%n",
                        coldMs, warmMs, function.peakRssKb() / 1024);
            }
        }
    }

    @Test
    void theZipCarriesNoNativeCodeSoItRunsOnArm64() throws Exception {
        java.util.List<String> natives = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipFile(LocalPaths.projectRoot().resolve("target/function.zip").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (isNative(entry.getName())) {
                    natives.add(entry.getName());
                }
                if (entry.getName().endsWith(".jar")) {
                    try (var jar = new java.util.zip.ZipInputStream(zip.getInputStream(entry))) {
                        for (var inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (isNative(inner.getName())) {
                                natives.add(entry.getName() + "!" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        assertThat(natives).isEmpty();
    }

    private static boolean isNative(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    @Test
    void theZipServesTheApi() throws Exception {
        try (var runtime = new LambdaRuntimeApi()) {
            Path log = Files.createTempFile("function-api", ".log");
            try (FunctionProcess function = start(runtime, "api", log)) {
                LambdaRuntimeApi.Result posted = runtime.invoke(Events.read("api-post-summary.json"), Duration.ofSeconds(90));
                long coldMs = (System.nanoTime() - function.startedNanos()) / 1_000_000;
                assertThat(posted.error()).as("function error: %s\nlog:\n%s", posted.body(), Files.readString(log)).isFalse();
                JsonNode response = JSON.readTree(posted.body());
                assertThat(response.get("statusCode").asInt()).isEqualTo(201);
                String location = response.at("/headers/Location").asText();

                var get = Events.json("api-get-summary.json");
                get.put("rawPath", location);
                JsonNode read = JSON.readTree(runtime.invoke(get.toString(), Duration.ofSeconds(30)).body());
                assertThat(read.get("statusCode").asInt()).isEqualTo(200);
                System.out.printf("function.zip API path: JVM start -> first response %d ms, peak RSS %d MB%n",
                        coldMs, function.peakRssKb() / 1024);
            }
        }
    }
}
