package dev.newsclaims.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run as {@code ./mvnw -Plocal package -Dlocal.queue.concurrency=3} starts it (three
 * article-function processes and the API function, started at the same moment, from target/function.zip),
 * on free ports and a temporary data folder: every process comes up and answers, and one that dies is
 * reported and replaced. The timeouts are runaway guards for a loaded two-core machine.
 */
class LocalStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER = Duration.ofMinutes(2);

    @TempDir
    Path data;

    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();

    private LocalStack start(int concurrency) throws Exception {
        Path root = LocalPaths.projectRoot();
        PrintStream console = new PrintStream(new OutputStream() {
            @Override
            public synchronized void write(int b) {
                consoleBytes.write(b);
                System.out.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                consoleBytes.write(b, off, len);
                System.out.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        return LocalStack.start(new LocalStack.Settings(root.resolve("target/function.zip"), data.resolve("function"),
                root.resolve("target/lambda-runtime"), data, 0, 0, 0, 0, 10, concurrency, LocalApiGateway.INTEGRATION_TIMEOUT,
                console));
    }

    private String console() {
        synchronized (consoleBytes) {
            return consoleBytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** An empty SQS batch: the article function answers it with no failures. */
    private static void answersAnEmptyBatch(WatchedFunction function) throws Exception {
        LambdaRuntimeApi.Result result = function.endpoint().invoke("{\"Records\":[]}", ANSWER);
        assertThat(result.error()).as(function.name() + ": " + result.body()).isFalse();
        assertThat(JSON.readTree(result.body()).get("batchItemFailures")).as(function.name() + ": " + result.body()).isEmpty();
    }

    private static HttpResponse<String> get(LocalStack stack, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.apiPort() + path))
                    .timeout(ANSWER).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private List<Path> crashReports() throws Exception {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList();
        }
    }

    @RepeatedTest(3)
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void fourFunctionProcessesStartedTogetherAllComeUpAndServe() throws Exception {
        try (LocalStack stack = start(3)) {
            assertThat(stack.whole()).as(console()).isTrue();
            List<WatchedFunction> all = new ArrayList<>(stack.articleFunctions());
            all.add(stack.apiFunction());
            assertThat(all).hasSize(4).allSatisfy(f -> assertThat(f.process().isAlive()).as(f.name()).isTrue());

            for (WatchedFunction article : stack.articleFunctions()) {
                answersAnEmptyBatch(article);
            }
            HttpResponse<String> speakers = get(stack, "/speakers?q=nobody");
            assertThat(speakers.statusCode()).as(speakers.body()).isEqualTo(200);
            assertThat(stack.apiFunction().endpoint().answered()).isEqualTo(1);

            assertThat(all).as(console()).allSatisfy(f -> {
                assertThat(f.process().isAlive()).as(f.name()).isTrue();
                assertThat(f.starts()).as(f.name() + " started once").isEqualTo(1);
            });
            assertThat(console()).doesNotContain("exited with code");
            assertThat(crashReports()).isEmpty();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aFunctionProcessThatDiesIsReportedWithItsLogAndStartedAgain() throws Exception {
        try (LocalStack stack = start(1)) {
            assertThat(stack.whole()).as(console()).isTrue();
            WatchedFunction article = stack.articleFunctions().get(0);
            FunctionProcess first = article.process();
            answersAnEmptyBatch(article);
            List<String> logLines = Files.readAllLines(article.log());
            String logEnd = logLines.isEmpty() ? "(the log is empty)" : logLines.getLast();

            ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
            first.onExit().get(1, TimeUnit.MINUTES);

            // The console names the function, its exit and the end of its log; a new process takes its place.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (article.process() == first && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(article.process()).isNotSameAs(first);
            assertThat(console()).contains("The article function 0 (pid " + first.pid() + ") exited with code")
                    .contains(article.log().toString()).contains(logEnd);
            assertThat(article.awaitUp(LocalStack.START_TIMEOUT)).as(console()).isTrue();
            answersAnEmptyBatch(article);
            assertThat(article.starts()).isEqualTo(2);

            // The API function, untouched, still answers through the gateway.
            assertThat(get(stack, "/speakers?q=nobody").statusCode()).isEqualTo(200);
        }
    }
}
