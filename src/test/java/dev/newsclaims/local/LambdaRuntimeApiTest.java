package dev.newsclaims.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local Runtime API and API Gateway over HTTP, with a client that polls as the runtime interface
 * client does (GET /invocation/next, POST /invocation/{id}/response).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LambdaRuntimeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Polled(String requestId, String event) {}

    private CompletableFuture<Polled> poll(LambdaRuntimeApi.Environment environment) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://" + environment.address() + "/2018-06-01/runtime/invocation/next"))
                .build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Polled(r.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow(), r.body()));
    }

    private void respond(LambdaRuntimeApi.Environment environment, Polled polled, String body) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create("http://" + environment.address() + "/2018-06-01/runtime/invocation/"
                + polled.requestId() + "/response")).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void anInvocationNoProcessTakesEndsWithNoAnswerAndIsWithdrawn() throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
            LambdaRuntimeApi.Environment environment = runtime.environment("late");

            assertThatThrownBy(() -> runtime.invoke("{\"n\":1}", Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(LambdaRuntimeApi.NoAnswer.class, e -> assertThat(e.taken()).isFalse());

            // A process that comes later gets the next invocation, not the withdrawn one.
            CompletableFuture<Polled> polled = poll(environment);
            CompletableFuture<LambdaRuntimeApi.Result> second = CompletableFuture.supplyAsync(() -> invoke(runtime, "{\"n\":2}"));
            assertThat(polled.get().event()).isEqualTo("{\"n\":2}");
            respond(environment, polled.get(), "{\"ok\":true}");
            assertThat(second.get().body()).isEqualTo("{\"ok\":true}");
            assertThat(environment.answered()).isEqualTo(1);
        }
    }

    private static LambdaRuntimeApi.Result invoke(LambdaRuntimeApi runtime, String event) {
        try {
            return runtime.invoke(event, Duration.ofMinutes(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInvocationForOneEnvironmentGoesToItsProcessAlone() throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
            LambdaRuntimeApi.Environment a = runtime.environment("a");
            LambdaRuntimeApi.Environment b = runtime.environment("b");
            long before = System.nanoTime();
            CompletableFuture<Polled> pollA = poll(a);
            assertThat(a.awaitPoll(before, Duration.ofMinutes(1))).isTrue();
            CompletableFuture<Polled> pollB = poll(b);

            CompletableFuture<LambdaRuntimeApi.Result> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return b.invoke("{\"for\":\"b\"}", Duration.ofMinutes(1));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Polled polled = pollB.get();
            respond(b, polled, "{\"from\":\"b\"}");

            assertThat(result.get().body()).isEqualTo("{\"from\":\"b\"}");
            assertThat(pollA).isNotDone();
            assertThat(b.answered()).isEqualTo(1);
            assertThat(a.answered()).isZero();
        }
    }

    @Test
    void theInvocationAnEndedProcessHeldFailsAtOnceAsLambdaReportsIt() throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
            LambdaRuntimeApi.Environment environment = runtime.environment("dies");
            CompletableFuture<Polled> polled = poll(environment);
            CompletableFuture<LambdaRuntimeApi.Result> result = CompletableFuture.supplyAsync(() -> invoke(runtime, "{}"));
            polled.get();

            environment.processExited("the process exited with code 134");

            assertThat(result.get(30, TimeUnit.SECONDS).error()).isTrue();
            JsonNode error = JSON.readTree(result.get().body());
            assertThat(error.get("errorType").asText()).isEqualTo("Runtime.ExitError");
            assertThat(error.get("errorMessage").asText()).contains("code 134");
        }
    }

    @Test
    void anApiRequestNoFunctionProcessTakesAnswers504WithAProblemBody() throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi();
                LocalApiGateway api = new LocalApiGateway(runtime, 0, Duration.ofSeconds(1))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/speakers?q=x"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(504);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(504);
            assertThat(problem.get("title").asText()).isEqualTo("Gateway Timeout");
            assertThat(problem.get("detail").asText()).contains("No API function process took the request within 1 s");
        }
    }

    @Test
    void aFunctionErrorIsA502WithAProblemBodyAndAnAnswerIsPassedOn() throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi();
                LocalApiGateway api = new LocalApiGateway(runtime, 0, Duration.ofMinutes(1))) {
            LambdaRuntimeApi.Environment environment = runtime.environment("api");
            URI uri = URI.create("http://127.0.0.1:" + api.port() + "/summaries/abc");

            CompletableFuture<HttpResponse<String>> first = http.sendAsync(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            Polled polled = poll(environment).get();
            assertThat(JSON.readTree(polled.event()).get("rawPath").asText()).isEqualTo("/summaries/abc");
            respond(environment, polled, "{\"statusCode\":404,\"headers\":{\"Content-Type\":\"application/problem+json\"},"
                    + "\"body\":\"{\\\"status\\\":404}\"}");
            assertThat(first.get().statusCode()).isEqualTo(404);
            assertThat(first.get().body()).isEqualTo("{\"status\":404}");

            CompletableFuture<HttpResponse<String>> second = http.sendAsync(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            poll(environment).get();
            environment.processExited("the process exited with code 1");
            assertThat(second.get().statusCode()).isEqualTo(502);
            assertThat(second.get().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(second.get().body()).get("detail").asText()).contains("Runtime.ExitError");
        }
    }
}
