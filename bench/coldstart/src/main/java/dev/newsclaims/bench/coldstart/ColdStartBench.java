package dev.newsclaims.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.Events;
import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LambdaRuntimeApi;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.store.SummaryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Cold start of the deployable zip, the way Lambda runs it: each run is a fresh JVM running the AWS
 * Lambda runtime interface client on the unzipped function, polling a local Runtime API, against
 * S3Proxy and dynalite. Functions: {@code s3} (target/function.zip, QUARKUS_LAMBDA_HANDLER=s3,
 * events/s3-put.json after uploading the sample article), {@code api} (the same zip as the API
 * function, events/api-post-summary.json) and {@code floor} (bench/coldstart/minimal-lambda: Quarkus
 * Lambda with no AWS clients, echoing the S3 event).
 *
 * <p>Per run: JVM start → first poll of /invocation/next (init), JVM start → first response (cold,
 * the event is queued before the JVM starts, as in Lambda), the second invocation (warm), peak RSS
 * (VmHWM), and Quarkus's own "started in" from the function's log. Each run gets its own DynamoDB
 * table, so every first S3 event is a real summary and every first POST a 201.
 *
 * <p>System properties: {@code bench.runs} (5), {@code bench.warmupRuns} (1 untimed run per variant
 * and function first: page cache, CDS/AOT training), {@code bench.functions} (s3,api,floor),
 * {@code bench.variants} ({@code name=JAVA_TOOL_OPTIONS;name@other.zip=...}, where {@code @other.zip} runs
 * another build of the product, such as one with another HTTP client or SDK version; in the options {@code {archive}} is
 * replaced by a per-variant, per-function file under target/bench/, deleted before the warm-up runs;
 * {@code training|measured} gives different options to the warm-up runs), {@code bench.floorZip},
 * {@code bench.out} (a Markdown file to append to), {@code bench.keepLogs}, {@code bench.classes} (count the classes
 * loaded before the first poll and during the invocations, with -Xlog:class+load).
 */
public final class ColdStartBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");

    static final String DEFAULT_VARIANTS = "default=;c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** zip: the product zip this variant runs (null: target/function.zip); the floor is the same for every variant. */
    record Variant(String name, String zip, String training, String measured) {}

    /** classesAtInit/classesAfter: classes loaded before the first poll / during the two invocations (-1 when not counted). */
    record Run(long initMs, long coldMs, long warmMs, long rssKb, double quarkusStartedMs, long classesAtInit, long classesAfter, long cpuMs) {}

    private static final Pattern CLASS_LOAD = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] \\S+ source:");

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        int warmupRuns = Integer.getInteger("bench.warmupRuns", 1);
        List<String> functions = List.of(System.getProperty("bench.functions", "s3,api,floor").split(","));
        List<Variant> variants = parseVariants(System.getProperty("bench.variants", DEFAULT_VARIANTS));
        Path root = LocalPaths.projectRoot();
        Path target = root.resolve("target");
        Path work = target.resolve("bench");
        Files.createDirectories(work);
        Path runtimeJars = target.resolve("lambda-runtime");
        Path floorZip = root.resolve(System.getProperty("bench.floorZip", "bench/coldstart/minimal-lambda/target/function.zip"));
        Path out = System.getProperty("bench.out") == null ? null : root.resolve(System.getProperty("bench.out"));
        boolean keepLogs = Boolean.getBoolean("bench.keepLogs");
        boolean countClasses = Boolean.getBoolean("bench.classes");

        Map<String, Path> taskRoots = new HashMap<>();
        if (functions.contains("s3") || functions.contains("api")) {
            for (Variant v : variants) {
                if (v.zip() == null) {
                    taskRoots.putIfAbsent("product", FunctionProcess.unzip(target.resolve("function.zip"), work.resolve("function")));
                } else {
                    Path zip = root.resolve(v.zip());
                    if (!Files.exists(zip)) {
                        throw new IllegalStateException("no " + zip + " for variant " + v.name() + " (bench/coldstart/variant-zip.sh builds one)");
                    }
                    taskRoots.put("product@" + v.name(), FunctionProcess.unzip(zip, work.resolve("function-" + v.name())));
                }
            }
        }
        if (functions.contains("floor")) {
            if (!Files.exists(floorZip)) {
                throw new IllegalStateException("no " + floorZip + ": build bench/coldstart/minimal-lambda first (bench/run-coldstart.sh does)");
            }
            taskRoots.put("floor", FunctionProcess.unzip(floorZip, work.resolve("minimal-lambda")));
        }

        try (LocalAws aws = LocalAws.startTransient(); var s3 = aws.s3Client(); var db = aws.dynamoDbClient()) {
            byte[] article = Events.article("nato-eastern-europe.txt");
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("incoming/nato-eastern-europe.txt").contentType("text/plain"),
                    RequestBody.fromBytes(article));
            s3.putObject(b -> b.bucket(LocalAws.BUCKET).key("incoming/warm/nato-eastern-europe.txt").contentType("text/plain"),
                    RequestBody.fromBytes(article));
            String s3Event = Events.read("s3-put.json");
            String s3WarmEvent = Events.s3Put("incoming/warm/nato-eastern-europe.txt", article.length, "0067443A1C8E3B1F2B");
            String apiEvent = Events.read("api-post-summary.json");

            int[] tableCounter = {0};
            Map<String, List<Run>> results = new LinkedHashMap<>();
            for (Variant v : variants) {
                for (String f : functions) {
                    results.put(v.name() + "/" + f, new ArrayList<>());
                    Files.deleteIfExists(archive(work, v, f));
                }
            }
            for (int run = -warmupRuns; run < runs; run++) {
                boolean measured = run >= 0;
                for (Variant v : variants) {
                    for (String f : functions) {
                        String options = (measured ? v.measured() : v.training()).replace("{archive}", archive(work, v, f).toString());
                        Map<String, String> env = new HashMap<>();
                        Path taskRoot;
                        if (f.equals("floor")) {
                            taskRoot = taskRoots.get("floor");
                        } else {
                            taskRoot = taskRoots.get(v.zip() == null ? "product" : "product@" + v.name());
                            String table = "bench-" + (++tableCounter[0]);
                            db.createTable(SummaryStore.tableDefinition(table));
                            env.putAll(aws.functionEnvironment());
                            env.put("NEWSCLAIMS_TABLE", table);
                            env.put("QUARKUS_LAMBDA_HANDLER", f);
                        }
                        Path log = work.resolve("coldstart-" + v.name() + "-" + f + "-" + (measured ? "run" + (run + 1) : "warmup" + (-run)) + ".log");
                        Files.deleteIfExists(log);
                        Path classLog = countClasses ? Path.of(log + ".classes") : null;
                        if (classLog != null) {
                            Files.deleteIfExists(classLog);
                            options = (options + " -Xlog:class+load=info:file=" + classLog + ":uptime").trim();
                        }
                        if (!options.isBlank()) {
                            env.put("JAVA_TOOL_OPTIONS", options);
                        }
                        String first = f.equals("api") ? apiEvent : s3Event;
                        Run r = once(taskRoot, runtimeJars, env, log, f, first, f.equals("s3") ? s3WarmEvent : f.equals("api") ? null : s3Event);
                        if (classLog != null) {
                            r = countClasses(r, classLog);
                            if (!keepLogs) {
                                Files.deleteIfExists(classLog);
                            }
                        }
                        System.out.printf(Locale.ROOT, "%-10s %-6s %-8s init %5d ms  cold %5d ms  cpu %5d ms  warm %4d ms  rss %4d MB  quarkus %s%s%n",
                                v.name(), f, measured ? "run " + (run + 1) : "warm-up", r.initMs(), r.coldMs(), r.cpuMs(), r.warmMs(), r.rssKb() / 1024,
                                Double.isNaN(r.quarkusStartedMs()) ? "?" : String.format(Locale.ROOT, "%.0f ms", r.quarkusStartedMs()),
                                r.classesAtInit() < 0 ? "" : "  classes " + r.classesAtInit() + " + " + r.classesAfter());
                        if (measured) {
                            results.get(v.name() + "/" + f).add(r);
                        }
                        if (!keepLogs) {
                            Files.deleteIfExists(log);
                        }
                    }
                }
                if (run == -1) {
                    for (Variant v : variants) {
                        for (String f : functions) {
                            if (v.training().contains("{archive}") && !Files.exists(archive(work, v, f))) {
                                System.out.println("WARNING: variant " + v.name() + " did not create " + archive(work, v, f));
                            }
                        }
                    }
                }
            }
            report(results, variants, functions, runs, warmupRuns, out);
        }
    }

    private static Path archive(Path work, Variant v, String function) {
        return work.resolve("archive-" + v.name() + "-" + function + ".jsa");
    }

    static List<Variant> parseVariants(String spec) {
        List<Variant> out = new ArrayList<>();
        for (String part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = part.substring(0, eq).trim();
            String zip = null;
            int at = name.indexOf('@');
            if (at >= 0) {
                zip = name.substring(at + 1).trim();
                name = name.substring(0, at).trim();
            }
            String opts = part.substring(eq + 1).trim();
            int bar = opts.indexOf('|');
            out.add(bar < 0 ? new Variant(name, zip, opts, opts) : new Variant(name, zip, opts.substring(0, bar).trim(), opts.substring(bar + 1).trim()));
        }
        return out;
    }

    /** One fresh JVM: the first event queued before start, then a second (warm) one; null warm event: GET the posted summary. */
    private static Run once(Path taskRoot, Path runtimeJars, Map<String, String> env, Path log, String function,
            String firstEvent, String warmEvent) throws Exception {
        try (LambdaRuntimeApi runtime = new LambdaRuntimeApi()) {
            try (FunctionProcess fn = FunctionProcess.start(taskRoot, runtimeJars, runtime.address(), env, List.of(), log)) {
                LambdaRuntimeApi.Result first = runtime.invoke(firstEvent, Duration.ofSeconds(120));
                long firstDone = System.nanoTime();
                long cpu = cpuMs(fn.pid());
                check(function, first, log, true);
                long init = runtime.firstPoll().getNow(firstDone) - fn.startedNanos();
                String second = warmEvent;
                if (second == null) {
                    var get = Events.json("api-get-summary.json");
                    get.put("rawPath", JSON.readTree(first.body()).at("/headers/Location").asText());
                    second = get.toString();
                }
                long warmStart = System.nanoTime();
                LambdaRuntimeApi.Result warm = runtime.invoke(second, Duration.ofSeconds(60));
                long warmNs = System.nanoTime() - warmStart;
                check(function, warm, log, false);
                long rss = fn.peakRssKb();
                fn.close();
                double started = Double.NaN;
                Matcher m = QUARKUS_STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    started = Double.parseDouble(m.group(1)) * 1000;
                }
                return new Run(init / 1_000_000, (firstDone - fn.startedNanos()) / 1_000_000, warmNs / 1_000_000, rss, started, -1, -1, cpu);
            }
        }
    }

    /**
     * CPU time (user + system, all threads) the process has used so far, from /proc/PID/stat in clock ticks
     * (100 per second on Linux); -1 when unknown. Read right after the first response: the work the cold start
     * took, which other load on the machine does not inflate the way it does the wall time.
     */
    static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Splits -Xlog:class+load (uptime-stamped) at the first poll: JVM uptime ≈ time since the harness started the process. */
    private static Run countClasses(Run r, Path classLog) throws Exception {
        long atInit = 0, after = 0;
        double initSeconds = r.initMs() / 1000.0;
        for (String line : Files.readAllLines(classLog, StandardCharsets.UTF_8)) {
            Matcher m = CLASS_LOAD.matcher(line);
            if (m.find()) {
                if (Double.parseDouble(m.group(1)) <= initSeconds) {
                    atInit++;
                } else {
                    after++;
                }
            }
        }
        return new Run(r.initMs(), r.coldMs(), r.warmMs(), r.rssKb(), r.quarkusStartedMs(), atInit, after, r.cpuMs());
    }

    private static void check(String function, LambdaRuntimeApi.Result result, Path log, boolean first) throws Exception {
        String problem = null;
        if (result.error()) {
            problem = "function error: " + result.body();
        } else if (function.equals("s3")) {
            String outcome = JSON.readTree(result.body()).at("/results/0/outcome").asText();
            if (!outcome.equals("summarized")) {
                problem = "S3 outcome " + outcome + ": " + result.body();
            }
        } else if (function.equals("api")) {
            int status = JSON.readTree(result.body()).path("statusCode").asInt();
            if (status != (first ? 201 : 200)) {
                problem = "API status " + status + ": " + result.body();
            }
        }
        if (problem != null) {
            throw new IllegalStateException(problem + "\nfunction log (" + log + "):\n" + Files.readString(log));
        }
    }

    static final class Stats {
        final double median, min, max;

        Stats(List<Double> values) {
            List<Double> v = values.stream().filter(d -> !Double.isNaN(d)).sorted().toList();
            if (v.isEmpty()) {
                median = min = max = Double.NaN;
                return;
            }
            int n = v.size();
            median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
            min = v.get(0);
            max = v.get(n - 1);
        }

        String cell() {
            return Double.isNaN(median) ? "?" : String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", median, min, max);
        }
    }

    private static Stats stats(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        return new Stats(runs.stream().map(r -> f.applyAsDouble(r)).toList());
    }

    private static void report(Map<String, List<Run>> results, List<Variant> variants, List<String> functions, int runs,
            int warmupRuns, Path out) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Cold start (function.zip under the Lambda runtime interface client, fresh JVM per run)%n%n"));
        md.append(String.format(Locale.ROOT, "%d measured runs per row (after %d untimed warm-up run(s) each), interleaved; figures are median (min–max).%n", runs, warmupRuns));
        md.append(String.format(Locale.ROOT, "cold = JVM start → first response (S3: summary stored in DynamoDB; API: 201 to the POST; floor: echo); "
                + "init = JVM start → the runtime's first poll of /invocation/next; CPU = the process's CPU time (user + system, all threads, 10 ms ticks) at the first response; Quarkus = its own \"started in\"; "
                + "warm = the second invocation (S3: a second object, full path; API: GET of the posted summary; floor: echo); RSS = VmHWM at the end.%n%n"));
        boolean classes = results.values().stream().flatMap(List::stream).anyMatch(r -> r.classesAtInit() >= 0);
        for (Variant v : variants) {
            if (v.zip() != null) {
                md.append(String.format(Locale.ROOT, "Variant %s runs %s (%.1f MB) instead of target/function.zip (%.1f MB).%n%n", v.name(), v.zip(),
                        Files.size(LocalPaths.projectRoot().resolve(v.zip())) / 1e6, Files.size(LocalPaths.projectRoot().resolve("target/function.zip")) / 1e6));
            }
        }
        md.append(String.format(Locale.ROOT, "| variant | JAVA_TOOL_OPTIONS | function | cold ms | init ms | CPU ms at cold | Quarkus started ms | warm ms | peak RSS MB |%s%n|---|---|---|---:|---:|---:|---:|---:|---:|%s%n",
                classes ? " classes loaded by init | classes loaded in the 2 invocations |" : "", classes ? "---:|---:|" : ""));
        for (Variant v : variants) {
            for (String f : functions) {
                List<Run> rs = results.get(v.name() + "/" + f);
                md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %s | %s | %s | %s |%s%n", v.name(),
                        v.measured().isBlank() ? "(none)" : v.measured().replace("|", "\\|"), f,
                        stats(rs, Run::coldMs).cell(), stats(rs, Run::initMs).cell(), stats(rs, Run::cpuMs).cell(),
                        stats(rs, Run::quarkusStartedMs).cell(),
                        stats(rs, Run::warmMs).cell(), stats(rs, r -> r.rssKb() / 1024.0).cell(),
                        classes ? " " + stats(rs, Run::classesAtInit).cell() + " | " + stats(rs, Run::classesAfter).cell() + " |" : ""));
            }
        }
        if (functions.contains("floor")) {
            md.append(String.format(Locale.ROOT, "%n### Our cold start as a multiple of the floor (minimal Quarkus Lambda, same variant; ratio of medians)%n%n| variant | S3 cold ÷ floor | API cold ÷ floor | S3 cold − floor ms | floor cold ms | S3 CPU ÷ floor CPU | API CPU ÷ floor CPU |%n|---|---:|---:|---:|---:|---:|---:|%n"));
            for (Variant v : variants) {
                double floor = stats(results.get(v.name() + "/floor"), Run::coldMs).median;
                double s3 = functions.contains("s3") ? stats(results.get(v.name() + "/s3"), Run::coldMs).median : Double.NaN;
                double api = functions.contains("api") ? stats(results.get(v.name() + "/api"), Run::coldMs).median : Double.NaN;
                double floorCpu = stats(results.get(v.name() + "/floor"), Run::cpuMs).median;
                double s3Cpu = functions.contains("s3") ? stats(results.get(v.name() + "/s3"), Run::cpuMs).median : Double.NaN;
                double apiCpu = functions.contains("api") ? stats(results.get(v.name() + "/api"), Run::cpuMs).median : Double.NaN;
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f |%n", v.name(), s3 / floor, api / floor, s3 - floor, floor,
                        s3Cpu / floorCpu, apiCpu / floorCpu));
            }
        }
        md.append(String.format(Locale.ROOT, "%n"));
        System.out.print(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
