package dev.newsclaims.bench.extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the four extractor benchmarks and prints (and appends to {@code --out FILE}) a Markdown report
 * with the derived figures JMH does not print: MB/s, bytes allocated per article, ns per KB at each
 * length, start-up median/min/max.
 *
 * <pre>
 * java [-Dcorpus=FILE.jsonl] -jar bench/extractor/target/benchmarks.jar [--smoke] [--out FILE]
 *      [--only throughput,alloc,scaling,startup,parser,parserstartup,language,language-startup] [--forks N] [--warmup N] [--iterations N] [--time SECONDS]
 *      [--startup-forks N] [--jvm-args "..."]
 * </pre>
 * Plain JMH stays available: {@code java -cp benchmarks.jar org.openjdk.jmh.Main CorpusBench -prof gc}.
 */
public final class ExtractorBenchMain {

    public static void main(String[] args) throws Exception {
        int forks = 2, warmup = 5, iterations = 5, time = 5, startupForks = 20;
        Path out = null;
        Set<String> only = Set.of("throughput", "alloc", "scaling", "startup", "language", "language-startup");
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> { forks = 1; warmup = 2; iterations = 3; time = 1; startupForks = 3; }
                case "--forks" -> forks = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--time" -> time = Integer.parseInt(args[++i]);
                case "--startup-forks" -> startupForks = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--jvm-args" -> jvmArgs.addAll(List.of(args[++i].trim().split("\\s+")));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        // Forks get the host's -D options (corpus, bench.root) plus the heap settings below.
        List<String> forkArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Dcorpus=") || a.startsWith("-Dbench.root=")) {
                forkArgs.add(a);
            }
        }
        forkArgs.addAll(jvmArgs);

        Corpus corpus = Corpus.load();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Extractor (JMH 1.37, single thread)%n%n"));
        md.append(String.format(Locale.ROOT, "Corpus: `%s`: %d articles, %d bytes (%.2f MB), mean %.0f bytes/article.%n",
                Corpus.repoRoot().relativize(corpus.source), corpus.texts.size(), corpus.totalBytes, corpus.totalBytes / 1e6, corpus.meanBytes()));
        md.append(String.format(Locale.ROOT, "Settings: forks %d, warm-up %d × %d s, measurement %d × %d s; start-up forks %d; fork JVM args `%s`.%n%n",
                forks, warmup, time, iterations, time, startupForks, String.join(" ", forkArgs)));
        flush(md, out);

        if (only.contains("throughput")) {
            RunResult r = single(run(base(forks, warmup, iterations, time, forkArgs).include(CorpusBench.class.getName())));
            Result p = r.getPrimaryResult();
            double mbs = p.getScore() * corpus.meanBytes() / 1e6;
            double mbsErr = p.getScoreError() * corpus.meanBytes() / 1e6;
            md.append(String.format(Locale.ROOT, "### (a) Throughput over the corpus%n%n| articles/s | MB/s | µs/article |%n|---:|---:|---:|%n"));
            md.append(String.format(Locale.ROOT, "| %.1f ± %.1f | %.2f ± %.2f | %.1f |%n%n", p.getScore(), err(p), mbs,
                    Double.isNaN(mbsErr) ? 0 : mbsErr, 1e6 / p.getScore()));
            flush(md, out);
        }
        if (only.contains("alloc")) {
            RunResult r = single(run(base(1, warmup, iterations, time, forkArgs).include(CorpusBench.class.getName())
                    .addProfiler(GCProfiler.class)));
            Result norm = secondary(r, "gc.alloc.rate.norm");
            Result rate = secondary(r, "gc.alloc.rate");
            Result count = secondary(r, "gc.count");
            md.append(String.format(Locale.ROOT, "### (b) Allocation per article (`-prof gc`, 1 fork)%n%n| bytes/article | KB/article | alloc rate MB/s | GCs in run | articles/s (with profiler) |%n|---:|---:|---:|---:|---:|%n"));
            md.append(String.format(Locale.ROOT, "| %.0f | %.1f | %.1f | %s | %.1f |%n%n",
                    norm == null ? Double.NaN : norm.getScore(), norm == null ? Double.NaN : norm.getScore() / 1024,
                    rate == null ? Double.NaN : rate.getScore(), count == null ? "?" : String.format(Locale.ROOT, "%.0f", count.getScore()),
                    r.getPrimaryResult().getScore()));
            md.append(String.format(Locale.ROOT, "Corpus mean is %.0f bytes/article: allocation is %.1f× the input size.%n%n",
                    corpus.meanBytes(), norm == null ? Double.NaN : norm.getScore() / corpus.meanBytes()));
            flush(md, out);
        }
        if (only.contains("scaling")) {
            Collection<RunResult> rs = run(base(forks, warmup, iterations, time, forkArgs).include(ScalingBench.class.getName()));
            md.append(String.format(Locale.ROOT, "### (c) Scaling with article length (real paragraphs concatenated)%n%n| target | exact bytes | µs/article | ns/KB | ns/KB ÷ ns/KB at 1 KB |%n|---:|---:|---:|---:|---:|%n"));
            double base = Double.NaN;
            List<RunResult> sorted = new ArrayList<>(rs);
            sorted.sort((a, b) -> Integer.compare(Integer.parseInt(a.getParams().getParam("sizeKb")), Integer.parseInt(b.getParams().getParam("sizeKb"))));
            for (RunResult r : sorted) {
                int kb = Integer.parseInt(r.getParams().getParam("sizeKb"));
                long bytes = Corpus.bytes(corpus.synthetic(kb * 1024));
                double us = r.getPrimaryResult().getScore();
                double nsPerKb = us * 1000 / (bytes / 1024.0);
                if (Double.isNaN(base)) {
                    base = nsPerKb;
                }
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f ± %.1f | %.0f | %.2f |%n", kb >= 1024 ? kb / 1024 + " MB" : kb + " KB",
                        bytes, us, err(r.getPrimaryResult()), nsPerKb, nsPerKb / base));
            }
            md.append(String.format(Locale.ROOT, "%n"));
            flush(md, out);
        }
        if (only.contains("parser")) {
            double[] stats = ParserBench.stats();
            Collection<RunResult> rs = run(base(forks, warmup, iterations, time, forkArgs).include(ParserBench.class.getName()));
            md.append(String.format(Locale.ROOT, "### (e) Dependency parser alone (first %d corpus articles, tokenised and tagged beforehand)%n%n"
                    + "Mean per article: %.0f tokens, %.0f of them in sentences with a quotation mark or a speech verb, %.0f bytes.%n%n"
                    + "| benchmark | articles/s | tokens/s | MB/s of article text |%n|---|---:|---:|---:|%n", ParserBench.ARTICLES, stats[0], stats[1], stats[2]));
            for (RunResult r : rs) {
                String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
                double ops = r.getPrimaryResult().getScore();
                double tokens = name.equals("parseArticle") ? stats[0] : stats[1];
                md.append(String.format(Locale.ROOT, "| `%s` | %.1f ± %.1f | %.0f | %.2f |%n", name, ops, err(r.getPrimaryResult()),
                        ops * tokens, ops * stats[2] / 1e6));
            }
            md.append(String.format(Locale.ROOT, "%n"));
            flush(md, out);
        }
        if (only.contains("parserstartup")) {
            Collection<RunResult> rs = run(new OptionsBuilder().include(ParserStartupBench.class.getName()).forks(startupForks)
                    .warmupIterations(0).measurementIterations(1).jvmArgs(forkArgs.toArray(String[]::new))
                    .shouldFailOnError(true));
            md.append(String.format(Locale.ROOT, "### (f) Parser model load in a fresh JVM (SingleShotTime, one call per fork, %d forks)%n%n| measured call | median ms | min ms | max ms |%n|---|---:|---:|---:|%n", startupForks));
            for (RunResult r : rs) {
                Statistics s = r.getPrimaryResult().getStatistics();
                md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f |%n", r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                        s.getPercentile(50), s.getMin(), s.getMax()));
            }
            md.append(String.format(Locale.ROOT, "%n"));
            flush(md, out);
        }
        if (only.contains("startup")) {
            Collection<RunResult> rs = run(new OptionsBuilder().include(StartupBench.class.getName()).forks(startupForks)
                    .warmupIterations(0).measurementIterations(1).jvmArgs(forkArgs.toArray(String[]::new))
                    .shouldFailOnError(true));
            md.append(String.format(Locale.ROOT, "### (d) Extractor start-up in a fresh JVM (SingleShotTime, one call per fork, %d forks)%n%n| measured call | median ms | min ms | max ms |%n|---|---:|---:|---:|%n", startupForks));
            for (RunResult r : rs) {
                Statistics s = r.getPrimaryResult().getStatistics();
                md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f |%n", r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                        s.getPercentile(50), s.getMin(), s.getMax()));
            }
            md.append(String.format(Locale.ROOT, "%n"));
            flush(md, out);
        }
        language(only, corpus, forks, warmup, iterations, time, startupForks, forkArgs, md, out);
    }

    /** The language layer: throughput (articles/s, tokens/s, MB/s) and model loading in a fresh JVM. */
    private static void language(Set<String> only, Corpus corpus, int forks, int warmup, int iterations, int time,
            int startupForks, List<String> forkArgs, StringBuilder md, Path out) throws Exception {
        if (only.contains("language")) {
            long tokens = 0;
            var pipeline = dev.newsclaims.language.LanguagePipeline.standard();
            for (String text : corpus.texts) {
                tokens += pipeline.analyze(text).size();
            }
            double meanTokens = (double) tokens / corpus.texts.size();
            RunResult r = single(run(base(forks, warmup, iterations, time, forkArgs).include(LanguageBench.class.getName())));
            Result p = r.getPrimaryResult();
            md.append(String.format(Locale.ROOT, "### (e) Language layer throughput (tokens, sentences, POS, names; syntax if the standard pipeline has it)%n%n"
                    + "| articles/s | tokens/s | MB/s | µs/article |%n|---:|---:|---:|---:|%n"));
            md.append(String.format(Locale.ROOT, "| %.1f ± %.1f | %.0f | %.2f | %.1f |%n%n", p.getScore(), err(p),
                    p.getScore() * meanTokens, p.getScore() * corpus.meanBytes() / 1e6, 1e6 / p.getScore()));
            md.append(String.format(Locale.ROOT, "Mean %.0f tokens/article.%n%n", meanTokens));
            flush(md, out);
        }
        if (only.contains("language-startup")) {
            Collection<RunResult> rs = run(new OptionsBuilder().include(LanguageStartupBench.class.getName()).forks(startupForks)
                    .warmupIterations(0).measurementIterations(1).jvmArgs(forkArgs.toArray(String[]::new))
                    .shouldFailOnError(true));
            md.append(String.format(Locale.ROOT, "### (f) Language models loaded in a fresh JVM (SingleShotTime, one call per fork, %d forks)%n%n| measured call | median ms | min ms | max ms |%n|---|---:|---:|---:|%n", startupForks));
            for (RunResult r : rs) {
                Statistics s = r.getPrimaryResult().getStatistics();
                md.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f |%n", r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                        s.getPercentile(50), s.getMin(), s.getMax()));
            }
            md.append(String.format(Locale.ROOT, "%n"));
            flush(md, out);
        }
    }

    private static ChainedOptionsBuilder base(int forks, int warmup, int iterations, int time, List<String> forkArgs) {
        return new OptionsBuilder().forks(forks).warmupIterations(warmup).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(time)).measurementTime(TimeValue.seconds(time)).threads(1)
                .jvmArgs(forkArgs.toArray(String[]::new)).shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH produced no results (see its output above)");
        }
        return results;
    }

    private static RunResult single(Collection<RunResult> results) {
        return results.iterator().next();
    }

    private static Result secondary(RunResult r, String name) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().replace("·", "").equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static double err(Result r) {
        return Double.isNaN(r.getScoreError()) ? 0 : r.getScoreError();
    }

    private static void flush(StringBuilder md, Path out) throws IOException {
        System.out.print(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        md.setLength(0);
    }
}
