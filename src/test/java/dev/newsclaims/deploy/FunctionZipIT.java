package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.EventSourceMapping;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.local.LocalSqs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    void theZipDrainsTheQueueThatTheBackfillCommandFills() throws Exception {
        LocalSqs queue = aws.startQueue(0, 30, 3);
        int objects = 30;
        try (var s3 = aws.s3Client(); var db = aws.dynamoDbClient(); var sqs = queue.client();
                var runtime = new LambdaRuntimeApi()) {
            for (int i = 0; i < objects; i++) {
                String text = "Dock report " + i + "\n\nThe harbour board approved crane " + i
                        + " on Monday, chair Nadia Kovac said. \u201cIt arrives in June,\u201d she told reporters.";
                s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("backlog/" + UUID.randomUUID() + ".txt"),
                        RequestBody.fromString(text));
            }
            Path root = LocalPaths.projectRoot();
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", root.resolve("target/newsclaims-queue.jar").toString(), "backfill", "--bucket", LocalAws.BUCKET,
                    "--prefix", "backlog/", "--queue-url", queue.queueUrl(), "--region", LocalAws.REGION,
                    "--endpoint", queue.endpoint(), "--s3-endpoint", aws.s3Endpoint())
                    .redirectErrorStream(true);
            command.environment().put("AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY);
            command.environment().put("AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_KEY);
            command.environment().put("AWS_SESSION_TOKEN", LocalAws.SESSION_TOKEN);
            Process backfill = command.start();
            String printed = new String(backfill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(backfill.waitFor()).as(printed).isZero();
            assertThat(printed).contains("enqueued " + objects + " messages in 3 SendMessageBatch requests");

            Path log = Files.createTempFile("function-sqs", ".log");
            try (FunctionProcess function = start(runtime, "sqs", log);
                    EventSourceMapping mapping = new EventSourceMapping(sqs, queue.queueUrl(), 10, Duration.ZERO, 1, event -> {
                        LambdaRuntimeApi.Result result = runtime.invoke(event, Duration.ofSeconds(90));
                        if (result.error()) {
                            throw new IllegalStateException(result.body());
                        }
                        return result.body();
                    }).start()) {
                assertThat(mapping.awaitDrained(Duration.ofMinutes(3))).as("log:\n%s", Files.readString(log)).isTrue();
                assertThat(mapping.stats().messages.get()).isEqualTo(objects);
                assertThat(mapping.stats().failedInvocations.get()).isZero();
                assertThat(mapping.stats().reportedFailures.get()).isZero();
            }
            var store = new dev.newsclaims.store.SummaryStore(db, LocalAws.TABLE, JSON);
            int summarized = 0;
            for (var object : s3.listObjectsV2(b -> b.bucket(LocalAws.BUCKET).prefix("backlog/")).contents()) {
                var outcome = store.objectOutcome(LocalAws.BUCKET, object.key()).orElseThrow();
                assertThat(outcome.outcome()).isEqualTo("summarized");
                assertThat(JSON.readTree(store.find(outcome.summaryId()).orElseThrow().json()).at("/source/key").asText())
                        .isEqualTo(object.key());
                summarized++;
            }
            assertThat(summarized).isEqualTo(objects);
        }
    }

    @Test
    void theZipAnswersS3BatchOperationsInBothSchemas() throws Exception {
        try (var s3 = aws.s3Client(); var runtime = new LambdaRuntimeApi()) {
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("incoming/nato-eastern-europe.txt").contentType("text/plain"),
                    RequestBody.fromBytes(Events.article("nato-eastern-europe.txt")));
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("batch/scan 1.pdf"),
                    RequestBody.fromString("%PDF-1.7 a scanned page, not an article"));
            Path log = Files.createTempFile("function-batch", ".log");
            try (FunctionProcess function = start(runtime, "batch", log)) {
                LambdaRuntimeApi.Result v2 = runtime.invoke(Events.read("s3-batch-operations.json"), Duration.ofSeconds(90));
                assertThat(v2.error()).as("function error: %s\nlog:\n%s", v2.body(), Files.readString(log)).isFalse();
                JsonNode answer = JSON.readTree(v2.body());
                assertThat(answer.get("invocationSchemaVersion").asText()).isEqualTo("2.0");
                assertThat(answer.get("invocationId").asText()).isEqualTo(Events.json("s3-batch-operations.json").get("invocationId").asText());
                assertThat(answer.at("/results/0/taskId").asText()).isEqualTo("dGFza2lkZ29lc2hlcmUK");
                assertThat(answer.at("/results/0/resultCode").asText()).isEqualTo("Succeeded");

                var v1 = JSON.createObjectNode();
                v1.put("invocationSchemaVersion", "1.0").put("invocationId", "inv-1");
                v1.putObject("job").put("id", "job-1");
                var tasks = v1.putArray("tasks");
                tasks.addObject().put("taskId", "t1").put("s3Key", "batch/scan+1.pdf").putNull("s3VersionId")
                        .put("s3BucketArn", "arn:aws:s3:::" + LocalAws.BUCKET);
                tasks.addObject().put("taskId", "t2").put("s3Key", "batch/gone.txt").putNull("s3VersionId")
                        .put("s3BucketArn", "arn:aws:s3:::" + LocalAws.BUCKET);
                tasks.addObject().put("taskId", "t3").put("s3Key", "incoming/nato-eastern-europe.txt").putNull("s3VersionId")
                        .put("s3BucketArn", "arn:aws:s3:::" + LocalAws.BUCKET);
                JsonNode results = JSON.readTree(runtime.invoke(v1.toString(), Duration.ofSeconds(60)).body()).get("results");
                assertThat(results.get(0).get("resultCode").asText()).isEqualTo("PermanentFailure");
                assertThat(results.get(0).get("resultString").asText()).startsWith("unsupported");
                assertThat(results.get(1).get("resultCode").asText()).isEqualTo("PermanentFailure");
                assertThat(results.get(1).get("resultString").asText()).startsWith("not_found");
                assertThat(results.get(2).get("resultCode").asText()).isEqualTo("Succeeded");
                assertThat(results.get(2).get("resultString").asText()).as("the same object again").matches("(duplicate|superseded).*");
                try (var db = aws.dynamoDbClient()) {
                    var store = new dev.newsclaims.store.SummaryStore(db, LocalAws.TABLE, JSON);
                    assertThat(store.objectOutcome(LocalAws.BUCKET, "batch/scan 1.pdf").orElseThrow().outcome()).isEqualTo("unsupported");
                }

                aws.stopS3();
                try {
                    JsonNode down = JSON.readTree(runtime.invoke(v1.toString(), Duration.ofSeconds(90)).body()).get("results");
                    assertThat(down.get(0).get("resultCode").asText()).isEqualTo("TemporaryFailure");
                    assertThat(down.get(1).get("resultCode").asText()).isEqualTo("TemporaryFailure");
                    assertThat(down.get(1).get("resultString").asText()).startsWith("s3_unavailable");
                    assertThat(down.get(2).get("resultCode").asText()).as("done before, S3 not needed").isEqualTo("Succeeded");
                } finally {
                    aws.restartS3();
                }
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

                var search = Events.json("api-get-speakers.json");
                ((ObjectNode) search.get("queryStringParameters")).put("q", "CLARK");
                JsonNode found = JSON.readTree(runtime.invoke(search.toString(), Duration.ofSeconds(30)).body());
                assertThat(found.get("statusCode").asInt()).as(found.toString()).isEqualTo(200);
                JsonNode speaker = JSON.readTree(found.get("body").asText()).at("/speakers/0");
                assertThat(speaker.get("name").asText()).isEqualTo("Anna Clarke");
                assertThat(speaker.get("articles").asInt()).isEqualTo(1);
                System.out.printf("function.zip API path: JVM start -> first response %d ms, peak RSS %d MB%n",
                        coldMs, function.peakRssKb() / 1024);
            }
        }
    }
}
