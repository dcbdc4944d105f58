package dev.newsclaims.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Source;
import dev.newsclaims.process.ArticleIds;
import dev.newsclaims.process.Timestamps;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A burst of S3 events through the deployable S3 function: one warm process, sequential invocations
 * through the local Runtime API, one object per event (as S3 notifications arrive), against S3Proxy
 * and dynalite. Reports articles/s and where the time goes:
 * <ul>
 * <li>per invocation, seen by the harness (Runtime API round trip) vs the function's own
 * {@code DurationMs} from its per-object log line (read + decode + extract + store), the rest being
 * the Lambda runtime (event and response JSON, HTTP to the Runtime API);</li>
 * <li>inside {@code DurationMs}: the same phases as ArticleProcessor, replayed and timed one by one in
 * this JVM with the product's classes on a sample of the same objects (outcome lookup GetItem, S3
 * GetObject, decode, extract, summary PutItems, outcome PutItem).</li>
 * </ul>
 * System properties: {@code bench.events} (1000), {@code bench.warmupEvents} (50, not counted),
 * {@code bench.phaseSample} (300), {@code bench.javaToolOptions} (none: JVM defaults),
 * {@code corpus} (default ../shared/eval/data/polnear_train.jsonl, else events/articles/*.txt),
 * {@code bench.out}.
 */
public final class BurstBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 1000);
        int warmupEvents = Integer.getInteger("bench.warmupEvents", 50);
        int phaseSample = Integer.getInteger("bench.phaseSample", 300);
        String toolOptions = System.getProperty("bench.javaToolOptions", "");
        Path root = LocalPaths.projectRoot();
        Path target = root.resolve("target");
        Path work = target.resolve("bench");
        Files.createDirectories(work);
        Path out = System.getProperty("bench.out") == null ? null : root.resolve(System.getProperty("bench.out"));
        Corpus corpus = Corpus.load(root);
        System.out.printf("corpus %s: %d articles%n", corpus.source, corpus.texts.size());

        Path taskRoot = FunctionProcess.unzip(target.resolve("function.zip"), work.resolve("function-e2e"));
        try (LocalAws aws = LocalAws.startTransient(); S3Client s3 = aws.s3Client(); DynamoDbClient db = aws.dynamoDbClient()) {
            // Objects: warm-up ones, then the burst; texts from the corpus in turn.
            int total = warmupEvents + events;
            String[] keys = new String[total];
            long[] sizes = new long[total];
            long burstBytes = 0;
            long uploadStart = System.nanoTime();
            for (int i = 0; i < total; i++) {
                byte[] bytes = corpus.texts.get(i % corpus.texts.size()).getBytes(StandardCharsets.UTF_8);
                keys[i] = (i < warmupEvents ? "warmup/" : "burst/") + String.format("%05d.txt", i);
                sizes[i] = bytes.length;
                if (i >= warmupEvents) {
                    burstBytes += bytes.length;
                }
                String key = keys[i];
                s3.putObject(b -> b.bucket(LocalAws.BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(bytes));
            }
            System.out.printf("uploaded %d objects in %d ms%n", total, (System.nanoTime() - uploadStart) / 1_000_000);

            Map<String, String> env = new HashMap<>(aws.functionEnvironment());
            env.put("QUARKUS_LAMBDA_HANDLER", "s3");
            if (!toolOptions.isBlank()) {
                env.put("JAVA_TOOL_OPTIONS", toolOptions);
            }
            Path log = work.resolve("e2e-function.log");
            Files.deleteIfExists(log);
            long[] roundTripNs = new long[events];
            long burstNs;
            long rssKb;
            try (LambdaRuntimeApi runtime = new LambdaRuntimeApi();
                    FunctionProcess fn = FunctionProcess.start(taskRoot, target.resolve("lambda-runtime"), runtime.address(), env, List.of(), log)) {
                for (int i = 0; i < warmupEvents; i++) {
                    invoke(runtime, keys[i], sizes[i], i, log);
                }
                long burstStart = System.nanoTime();
                for (int i = 0; i < events; i++) {
                    long t = System.nanoTime();
                    invoke(runtime, keys[warmupEvents + i], sizes[warmupEvents + i], warmupEvents + i, log);
                    roundTripNs[i] = System.nanoTime() - t;
                }
                burstNs = System.nanoTime() - burstStart;
                rssKb = fn.peakRssKb();
            }
            // The function's own per-object DurationMs (ms resolution) for the burst objects.
            long functionMsSum = 0;
            int functionLines = 0;
            try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("{\"_aws\"") && line.contains("\"burst/")) {
                        JsonNode node = JSON.readTree(line);
                        functionMsSum += node.path("DurationMs").asLong();
                        functionLines++;
                    }
                }
            }

            double seconds = burstNs / 1e9;
            double perEventMs = burstNs / 1e6 / events;
            double functionMs = functionLines == 0 ? Double.NaN : (double) functionMsSum / functionLines;
            long[] sorted = roundTripNs.clone();
            Arrays.sort(sorted);

            Map<String, double[]> phases = phases(aws, s3, db, keys, warmupEvents, Math.min(phaseSample, events));

            StringBuilder md = new StringBuilder();
            md.append(String.format(Locale.ROOT, "## End-to-end burst: %d S3 events through one warm S3 function process%n%n", events));
            md.append(String.format(Locale.ROOT, "Sequential invocations via the local Runtime API, one object per event, S3Proxy + dynalite (Node) on the same machine; "
                    + "%d warm-up events first (not counted). Corpus `%s` (%d articles, cycled); burst %.2f MB. JAVA_TOOL_OPTIONS: `%s`.%n%n",
                    warmupEvents, corpus.source, corpus.texts.size(), burstBytes / 1e6, toolOptions.isBlank() ? "(none)" : toolOptions));
            md.append(String.format(Locale.ROOT, "| articles/s | MB/s | ms/event mean | p50 | p90 | p99 | max | function DurationMs mean | peak RSS MB |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
            md.append(String.format(Locale.ROOT, "| %.1f | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f (%d lines) | %d |%n%n",
                    events / seconds, burstBytes / 1e6 / seconds, perEventMs, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                    sorted[sorted.length - 1] / 1e6, functionMs, functionLines, rssKb / 1024));
            md.append(String.format(Locale.ROOT, "### Where the time goes (mean ms per article)%n%n| part | ms | share of the invocation |%n|---|---:|---:|%n"));
            md.append(String.format(Locale.ROOT, "| whole invocation (harness round trip) | %.2f | 100%% |%n", perEventMs));
            md.append(String.format(Locale.ROOT, "| Lambda runtime: event/response JSON, Runtime API HTTP (round trip − DurationMs) | %.2f | %.0f%% |%n",
                    perEventMs - functionMs, 100 * (perEventMs - functionMs) / perEventMs));
            md.append(String.format(Locale.ROOT, "| function DurationMs (ArticleProcessor.process) | %.2f | %.0f%% |%n", functionMs, 100 * functionMs / perEventMs));
            double phaseSum = phases.values().stream().mapToDouble(v -> v[0]).sum();
            md.append(String.format(Locale.ROOT, "%nThe phases of `process`, replayed in the harness JVM with the product classes on %d of the burst objects "
                    + "(after a warm-up; a fresh table; C2 in the harness JVM), scaled to the function's DurationMs by their shares:%n%n"
                    + "| phase | ms replayed | share | ≈ ms in the function |%n|---|---:|---:|---:|%n", Math.min(phaseSample, events)));
            for (var e : phases.entrySet()) {
                double ms = e.getValue()[0];
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.0f%% | %.2f |%n", e.getKey(), ms, 100 * ms / phaseSum, functionMs * ms / phaseSum));
            }
            md.append(String.format(Locale.ROOT, "| sum | %.3f | 100%% | %.2f |%n%n", phaseSum, functionMs));
            System.out.print(md);
            if (out != null) {
                Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    private static void invoke(LambdaRuntimeApi runtime, String key, long size, int i, Path log) throws Exception {
        String event = Events.s3Put(key, size, String.format("%018X", 0x100000L + i));
        LambdaRuntimeApi.Result r = runtime.invoke(event, Duration.ofSeconds(60));
        String outcome = r.error() ? "error" : JSON.readTree(r.body()).at("/results/0/outcome").asText();
        if (!outcome.equals("summarized")) {
            throw new IllegalStateException("event " + i + " (" + key + "): " + outcome + ": " + r.body() + "\nlog: " + log);
        }
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Mean ms per object of each phase of ArticleProcessor.process, timed one by one here. */
    static Map<String, double[]> phases(LocalAws aws, S3Client s3, DynamoDbClient db, String[] keys, int first, int sample) {
        String table = "bench-phases-" + System.nanoTime();
        db.createTable(SummaryStore.tableDefinition(table));
        SummaryStore store = new SummaryStore(db, table, JSON);
        ArticleDecoder decoder = new ArticleDecoder();
        Extractor extractor = new Extractor();
        String[] names = {"DynamoDB GetItem (outcome lookup)", "S3 GetObject + read", "decode (bytes → text)", "extract",
                "DynamoDB record: claim the key, summary, speaker claims, final outcome (recordObject)"};
        long[] ns = new long[names.length];
        int warm = Math.min(100, sample);
        for (int pass = 0; pass < 2; pass++) {
            int n = pass == 0 ? warm : sample;
            Arrays.fill(ns, 0);
            for (int j = 0; j < n; j++) {
                String key = keys[first + (pass == 0 ? j : (keys.length - first - 1 - j) % (keys.length - first))];
                long t0 = System.nanoTime();
                store.objectOutcome(LocalAws.BUCKET, key + "#" + pass);
                long t1 = System.nanoTime();
                var obj = s3.getObjectAsBytes(b -> b.bucket(LocalAws.BUCKET).key(key));
                byte[] bytes = obj.asByteArray();
                long t2 = System.nanoTime();
                IngestedArticle article = decoder.decode(bytes, obj.response().contentType(), key);
                long t3 = System.nanoTime();
                String id = ArticleIds.forObject(LocalAws.BUCKET, key + "#" + pass, null, obj.response().eTag());
                ArticleSummary summary = extractor.extract(id, article.text(), null).withIdAndSource(id,
                        new Source(LocalAws.BUCKET, key, null, obj.response().eTag(), obj.response().contentType(), bytes.length));
                long t4 = System.nanoTime();
                String now = Timestamps.format(Instant.now());
                store.recordObject(new ObjectOutcome(LocalAws.BUCKET, key + "#" + pass, null, "1", "summarized", id, null,
                        article.format(), now, Extractor.ENGINE.version()), summary, now);
                long t5 = System.nanoTime();
                long[] t = {t0, t1, t2, t3, t4, t5};
                for (int k = 0; k < names.length; k++) {
                    ns[k] += t[k + 1] - t[k];
                }
            }
        }
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            out.put(names[k], new double[] {ns[k] / 1e6 / sample});
        }
        return out;
    }

    /** The corpus: -Dcorpus (a JSON Lines file with "text"), default ../shared/eval/data/polnear_train.jsonl, else events/articles/*.txt. */
    public record Corpus(Path source, List<String> texts) {
        public static Corpus load(Path root) throws Exception {
            String configured = System.getProperty("corpus");
            Path file = root.resolve(configured != null ? configured : "../shared/eval/data/polnear_train.jsonl").normalize();
            List<String> texts = new ArrayList<>();
            if (Files.isRegularFile(file)) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        JsonNode text = line.isBlank() ? null : JSON.readTree(line).get("text");
                        if (text != null && !text.asText().isBlank()) {
                            texts.add(text.asText());
                        }
                    }
                }
                return new Corpus(file, texts);
            }
            if (configured != null) {
                throw new IllegalArgumentException("-Dcorpus=" + configured + ": no such file " + file);
            }
            Path dir = root.resolve("events/articles");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            return new Corpus(dir, texts);
        }
    }
}
