package dev.newsclaims.bench.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start of the API function when its first request is the viewer page ({@code GET /}) against one
 * that reads the table ({@code GET /summaries/{id}}, a 404 after a DynamoDB read), alternating, each in a
 * fresh JVM from target/function.zip with the event queued before the JVM starts (as in Lambda); then the
 * page's script ({@code GET /page/app.js}) warm. Wall time JVM start → first answer and the process's CPU.
 *
 * <pre>./mvnw -o -Pbench package -Dbench.main=dev.newsclaims.bench.coldstart.PageColdStart [-Dbench.runs=5]</pre>
 */
public final class PageColdStart {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        Path root = LocalPaths.projectRoot();
        Path target = root.resolve("target");
        Path taskRoot = FunctionProcess.unzip(target.resolve("function.zip"), target.resolve("bench/page-function"));
        Map<String, List<long[]>> results = new HashMap<>();
        try (LocalAws aws = LocalAws.startTransient()) {
            Map<String, String> env = new HashMap<>(aws.functionEnvironment());
            env.put("QUARKUS_LAMBDA_HANDLER", "api");
            for (int i = 0; i <= runs; i++) {
                for (String first : List.of("page", "summary")) {
                    long[] r = once(taskRoot, target.resolve("lambda-runtime"), env, first);
                    if (i > 0) { // the first round warms the page cache
                        results.computeIfAbsent(first, k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n| first request | cold: JVM start → answer, median ms | CPU ms, median | then GET /page/app.js warm, median ms |%n");
        System.out.printf("| --- | --- | --- | --- |%n");
        for (String first : List.of("page", "summary")) {
            List<long[]> rs = results.get(first);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", first.equals("page") ? "GET /" : "GET /summaries/{id} (404)",
                    median(rs, 0), median(rs, 1), median(rs, 2));
        }
    }

    private static long median(List<long[]> rs, int field) {
        long[] v = rs.stream().mapToLong(r -> r[field]).sorted().toArray();
        return v[v.length / 2];
    }

    private static String event(String path) {
        ObjectNode e = Events.json("api-get-page.json");
        e.put("rawPath", path);
        ((ObjectNode) e.get("requestContext").get("http")).put("path", path);
        return e.toString();
    }

    private static long[] once(Path taskRoot, Path runtimeJars, Map<String, String> env, String first) throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
            String firstEvent = first.equals("page") ? event("/") : event("/summaries/" + "0".repeat(32));
            Path log = Files.createTempFile("page-cold", ".log");
            try (FunctionProcess fn = FunctionProcess.start(taskRoot, runtimeJars, runtime.address(), env, List.of(), log)) {
                LambdaRuntimeApi.Result answer = runtime.invoke(firstEvent, Duration.ofSeconds(120));
                long coldMs = (System.nanoTime() - fn.startedNanos()) / 1_000_000;
                long cpu = ColdStartBench.cpuMs(fn.pid());
                int status = JSON.readTree(answer.body()).path("statusCode").asInt();
                if (answer.error() || status != (first.equals("page") ? 200 : 404)) {
                    throw new IllegalStateException("unexpected answer " + answer.body() + "\n" + Files.readString(log));
                }
                long warmStart = System.nanoTime();
                runtime.invoke(event("/page/app.js"), Duration.ofSeconds(30));
                long warmMs = (System.nanoTime() - warmStart) / 1_000_000;
                return new long[] {coldMs, cpu, warmMs};
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }
}
