package dev.newsclaims.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.backfill.QueueFeeder;
import dev.newsclaims.local.EventSourceMapping;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.local.LocalSqs;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.SummaryStore;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A burst of N uploads through the queue, as deployed: N objects in S3Proxy, their N S3 notifications
 * on the ElasticMQ queue, drained by {@link EventSourceMapping} (batch size, maximum concurrency) into
 * C deployable-zip function processes (one per concurrent batch, as Lambda runs one invocation per
 * environment) with the SQS handler, against dynalite. Reports throughput, the poller's phases (receive,
 * invoke, delete), the function's own per-article time and its replayed phases, the concurrency seen,
 * and checks: every object summarised exactly once (one outcome, distinct summary ids, each summary
 * stored), no message left in the queue or the dead-letter queue, no duplicate processing.
 *
 * <p>System properties: {@code bench.events} (N, 1000), {@code bench.concurrency} (C, 2),
 * {@code bench.batchSize} (10), {@code bench.warmupEvents} (50 per function process),
 * {@code bench.phaseSample} (300), {@code bench.javaToolOptions}, {@code corpus}, {@code bench.out}.
 */
public final class QueueBurstBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1000);
        int concurrency = Integer.getInteger("bench.concurrency", 2);
        int batchSize = Integer.getInteger("bench.batchSize", 10);
        int warmupEvents = Integer.getInteger("bench.warmupEvents", 50) * concurrency;
        int phaseSample = Integer.getInteger("bench.phaseSample", 300);
        String toolOptions = System.getProperty("bench.javaToolOptions", "");
        Path root = LocalPaths.projectRoot();
        Path target = root.resolve("target");
        Path work = target.resolve("bench");
        Files.createDirectories(work);
        Path out = System.getProperty("bench.out") == null ? null : root.resolve(System.getProperty("bench.out"));
        BurstBench.Corpus corpus = BurstBench.Corpus.load(root);
        System.out.printf("corpus %s: %d articles%n", corpus.source(), corpus.texts().size());

        Path taskRoot = FunctionProcess.unzip(target.resolve("function.zip"), work.resolve("function-queue"));
        try (LocalAws aws = LocalAws.startTransient(); S3Client s3 = aws.s3Client(); DynamoDbClient db = aws.dynamoDbClient()) {
            LocalSqs queue = aws.startQueue(0, 360, 3);
            int total = warmupEvents + events;
            String[] keys = new String[total];
            long burstBytes = 0;
            long uploadStart = System.nanoTime();
            ExecutorService uploads = Executors.newFixedThreadPool(4);
            List<Future<?>> pendingUploads = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                byte[] bytes = corpus.texts().get(i % corpus.texts().size()).getBytes(StandardCharsets.UTF_8);
                keys[i] = (i < warmupEvents ? "warmup/" : "burst/") + String.format("%05d.txt", i);
                if (i >= warmupEvents) {
                    burstBytes += bytes.length;
                }
                String key = keys[i];
                pendingUploads.add(uploads.submit(() -> s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key)
                        .contentType("text/plain"), RequestBody.fromBytes(bytes))));
            }
            for (Future<?> f : pendingUploads) {
                f.get();
            }
            uploads.shutdown();
            long uploadMs = (System.nanoTime() - uploadStart) / 1_000_000;
            System.out.printf("uploaded %d objects in %d ms%n", total, uploadMs);

            Map<String, String> env = new HashMap<>(aws.functionEnvironment());
            env.put("QUARKUS_LAMBDA_HANDLER", "sqs");
            if (!toolOptions.isBlank()) {
                env.put("JAVA_TOOL_OPTIONS", toolOptions);
            }
            List<Path> logs = new ArrayList<>();
            List<FunctionProcess> functions = new ArrayList<>();
            long rssKb = 0;
            EventSourceMapping.Stats stats;
            long enqueueMs;
            long drainNs;
            try (SqsClient sqs = queue.client(); LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
                QueueFeeder feeder = new QueueFeeder(sqs, queue.queueUrl(), JSON);
                for (int c = 0; c < concurrency; c++) {
                    Path log = work.resolve("queue-function-" + c + ".log");
                    Files.deleteIfExists(log);
                    logs.add(log);
                    functions.add(FunctionProcess.start(taskRoot, target.resolve("lambda-runtime"), runtime.address(), env,
                            List.of(), log));
                }
                EventSourceMapping.Function invoke = event -> {
                    LambdaRuntimeApi.Result r = runtime.invoke(event, Duration.ofMinutes(2));
                    if (r.error()) {
                        throw new IllegalStateException(r.body());
                    }
                    return r.body();
                };
                // Warm-up: every function process summarises some objects first (not counted).
                enqueue(feeder, keys, 0, warmupEvents, 0);
                try (EventSourceMapping warm = new EventSourceMapping(sqs, queue.queueUrl(), batchSize, Duration.ZERO,
                        concurrency, invoke).start()) {
                    if (!warm.awaitDrained(Duration.ofMinutes(10))) {
                        throw new IllegalStateException("warm-up not drained");
                    }
                }
                // The burst: all notifications on the queue (as S3 would send them during a bulk upload), then drained.
                long enqueueStart = System.nanoTime();
                enqueue(feeder, keys, warmupEvents, total, warmupEvents);
                enqueueMs = (System.nanoTime() - enqueueStart) / 1_000_000;
                long drainStart = System.nanoTime();
                try (EventSourceMapping mapping = new EventSourceMapping(sqs, queue.queueUrl(), batchSize, Duration.ZERO,
                        concurrency, invoke).start()) {
                    if (!mapping.awaitDrained(Duration.ofHours(2))) {
                        throw new IllegalStateException("burst not drained");
                    }
                    drainNs = System.nanoTime() - drainStart;
                    stats = mapping.stats();
                }
                for (FunctionProcess f : functions) {
                    rssKb = Math.max(rssKb, f.peakRssKb());
                    f.close();
                }
                if (LocalSqs.depth(sqs, queue.queueUrl()) != 0 || LocalSqs.depth(sqs, queue.deadLetterQueueUrl()) != 0) {
                    throw new IllegalStateException("messages left in the queue or the dead-letter queue");
                }
            }

            // The function's own log lines for the burst objects: outcomes and DurationMs.
            Map<String, Integer> outcomes = new HashMap<>();
            long functionMsSum = 0;
            int functionLines = 0;
            for (Path log : logs) {
                try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("{\"_aws\"") && line.contains("\"burst/")) {
                            JsonNode node = JSON.readTree(line);
                            outcomes.merge(node.path("outcome").asText(), 1, Integer::sum);
                            functionMsSum += node.path("DurationMs").asLong();
                            functionLines++;
                        }
                    }
                }
            }
            // Read back: one summarised outcome per object, one stored summary each, no two objects sharing one.
            SummaryStore store = new SummaryStore(db, LocalAws.TABLE, JSON);
            Set<String> summaryIds = new HashSet<>();
            int missing = 0;
            for (int i = warmupEvents; i < total; i++) {
                var outcome = store.objectOutcome(LocalAws.BUCKET, keys[i]);
                if (outcome.isEmpty() || !"summarized".equals(outcome.get().outcome()) || store.find(outcome.get().summaryId()).isEmpty()) {
                    missing++;
                } else {
                    summaryIds.add(outcome.get().summaryId());
                }
            }
            boolean exact = missing == 0 && summaryIds.size() == events && outcomes.getOrDefault("summarized", 0) == events
                    && functionLines == events;

            double seconds = drainNs / 1e9;
            double functionMs = functionLines == 0 ? Double.NaN : (double) functionMsSum / functionLines;
            Map<String, double[]> phases = BurstBench.phases(aws, s3, db, keys, warmupEvents, Math.min(phaseSample, events));

            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "## Queue burst: %d uploads through SQS (ElasticMQ) into %d function processes%n%n", events, concurrency));
            md.append(String.format(Locale.ROOT, "The deployable zip with `QUARKUS_LAMBDA_HANDLER=sqs`, %d processes under the Lambda runtime client; "
                    + "the event source mapping stand-in with batch size %d, no batching window, maximum concurrency %d; S3Proxy, ElasticMQ "
                    + "(in the harness JVM) and dynalite (Node) on the same machine. %d warm-up objects first (not counted). Corpus `%s` "
                    + "(%d articles, cycled); burst %.2f MB. JAVA_TOOL_OPTIONS: `%s`.%n%n",
                    concurrency, batchSize, concurrency, warmupEvents, corpus.source(), corpus.texts().size(), burstBytes / 1e6,
                    toolOptions.isBlank() ? "(none)" : toolOptions));
            md.append("| articles/s | MB/s | drain s | batches | articles/batch | peak concurrent batches (cap) | reported failures | failed invocations | lost | processed twice | exactly once |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            md.append(String.format(Locale.ROOT, "| %.1f | %.3f | %.1f | %d | %.2f | %d (%d) | %d | %d | %d | %d | %s |%n%n",
                    events / seconds, burstBytes / 1e6 / seconds, seconds, stats.batches.get(),
                    (double) stats.messages.get() / stats.batches.get(), stats.peakConcurrency.get(), concurrency,
                    stats.reportedFailures.get(), stats.failedInvocations.get(), missing,
                    Math.max(0, functionLines - events), exact ? "yes" : "**no**"));
            md.append(String.format(Locale.ROOT, "Outcomes logged by the function for the burst objects: %s. Distinct summaries: %d. "
                    + "Uploads to S3Proxy (4 threads, not part of the burst): %d ms for %d objects. Enqueueing the %d notifications "
                    + "(SendMessageBatch of 10): %d ms. Peak RSS of a function process: %d MB.%n%n",
                    outcomes, summaryIds.size(), uploadMs, total, events, enqueueMs, rssKb / 1024));
            double batches = stats.batches.get();
            md.append("### Where the time goes\n\nPer batch, summed over the pollers (each poller works one batch at a time):\n\n"
                    + "| phase | calls | ms per call | ms per article |\n|---|---:|---:|---:|\n");
            md.append(String.format(Locale.ROOT, "| ReceiveMessage (long poll, up to 10) | %d | %.2f | %.2f |%n", stats.receiveCalls.get(),
                    stats.receiveNanos.get() / 1e6 / stats.receiveCalls.get(), stats.receiveNanos.get() / 1e6 / stats.messages.get()));
            md.append(String.format(Locale.ROOT, "| invoke (Runtime API round trip: event JSON, function, response) | %d | %.2f | %.2f |%n",
                    stats.batches.get(), stats.invokeNanos.get() / 1e6 / batches, stats.invokeNanos.get() / 1e6 / stats.messages.get()));
            md.append(String.format(Locale.ROOT, "| DeleteMessageBatch | %d | %.2f | %.2f |%n", stats.deleteCalls.get(),
                    stats.deleteNanos.get() / 1e6 / Math.max(1, stats.deleteCalls.get()), stats.deleteNanos.get() / 1e6 / stats.messages.get()));
            md.append(String.format(Locale.ROOT, "| inside the function: DurationMs per article (read, decode, extract, store) | %d | | %.2f |%n%n",
                    functionLines, functionMs));
            double phaseSum = phases.values().stream().mapToDouble(v -> v[0]).sum();
            md.append(String.format(Locale.ROOT, "The phases inside DurationMs, replayed in the harness JVM with the product classes on %d of the burst "
                    + "objects (after a warm-up; a fresh table), scaled to the function's DurationMs by their shares:%n%n"
                    + "| phase | ms replayed | share | ≈ ms in the function |%n|---|---:|---:|---:|%n", Math.min(phaseSample, events)));
            for (var e : phases.entrySet()) {
                double ms = e.getValue()[0];
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.0f%% | %.2f |%n", e.getKey(), ms, 100 * ms / phaseSum, functionMs * ms / phaseSum));
            }
            md.append(String.format(Locale.ROOT, "%nSQS requests for the burst: %d SendMessageBatch + %d ReceiveMessage + %d DeleteMessageBatch "
                    + "= %.3f per article (S3 itself sends one SendMessage per upload: add 1).%n%n",
                    (events + 9) / 10, stats.receiveCalls.get(), stats.deleteCalls.get(),
                    ((events + 9) / 10 + stats.receiveCalls.get() + stats.deleteCalls.get()) / (double) events));
            System.out.print(md);
            if (out != null) {
                Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (!exact) {
                throw new IllegalStateException("not exactly once: see the report");
            }
        }
    }

    private static void enqueue(QueueFeeder feeder, String[] keys, int from, int to, int offset) {
        List<S3ObjectRef> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            // A real sequencer per upload, as S3 gives: rising with the upload order.
            batch.add(new S3ObjectRef(LocalAws.BUCKET, keys[i], null, null, 0, String.format("%018X", 0x100000L + i),
                    Instant.now().toString()));
            if (batch.size() == 10) {
                feeder.send(batch, "ObjectCreated:Put");
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            feeder.send(batch, "ObjectCreated:Put");
        }
    }
}
