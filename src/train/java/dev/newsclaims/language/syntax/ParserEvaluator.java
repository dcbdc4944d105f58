package dev.newsclaims.language.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a parser model against CoreNLP-annotated articles: attachment with and without punctuation, per gold
 * relation and per sentence length, and parsing speed.
 *
 * <pre>
 * ParserEvaluator DATA_DIR [MODEL_DIR]   (as the train profile calls it: the dev split, the bundled tagger's tags)
 * ParserEvaluator [--model parser.model.gz] [--dev DEV_corenlp.jsonl.gz] [--repeat 3]
 *                 [--predicted-tags DEV_TEXTS.jsonl]   (tag the gold tokens with the bundled tagger first)
 * </pre>
 */
public final class ParserEvaluator {
    private ParserEvaluator() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new TreeMap<>();
        int first = 0;
        if (args.length >= 1 && !args[0].startsWith("--")) {
            // as the train profile calls it: DATA_DIR [MODEL_DIR], scored with the bundled tagger's tags
            options.put("--dev", Path.of(args[0], "polnear_dev_corenlp.jsonl.gz").toString());
            options.put("--predicted-tags", Path.of(args[0], "polnear_dev.jsonl").toString());
            first = args.length >= 2 && !args[1].startsWith("--") ? 2 : 1;
        }
        for (int i = first; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path devFile = Path.of(options.getOrDefault("--dev", "../shared/eval/data/polnear_dev_corenlp.jsonl.gz"));
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        DependencyParser parser;
        String model = options.get("--model");
        if (model == null) {
            parser = DependencyParser.standard();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(model))) {
                parser = DependencyParser.read(in);
            }
        }
        long t1 = System.nanoTime();
        long c1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf("model loaded in %.1f ms wall, %.1f ms CPU%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6);
        List<TreebankReader.Sentence> dev = TreebankReader.read(devFile);
        if (options.containsKey("--predicted-tags")) {
            dev = PredictedTags.retag(dev, Path.of(options.get("--predicted-tags")));
        }
        int repeat = Integer.parseInt(options.getOrDefault("--repeat", "3"));

        Map<String, long[]> byRelation = new TreeMap<>();
        Map<Integer, long[]> byLength = new TreeMap<>();
        long[] all = new long[3];
        long[] words = new long[3];
        for (TreebankReader.Sentence s : dev) {
            DependencyTree tree = parser.parse(s.words(), s.tags());
            for (int i = 0; i < s.size(); i++) {
                boolean head = tree.head(i) + 1 == s.heads()[i + 1];
                boolean both = head && tree.label(i).equals(s.relations()[i + 1]);
                String relation = s.relations()[i + 1];
                add(all, head, both);
                if (!relation.equals("punct")) {
                    add(words, head, both);
                }
                add(byRelation.computeIfAbsent(relation, r -> new long[3]), head, both);
                int bucket = Math.min(s.size() / 10 * 10, 60);
                add(byLength.computeIfAbsent(bucket, b -> new long[3]), head, both);
            }
        }
        System.out.printf("all tokens: UAS %.2f LAS %.2f (%d)%n", pct(all[1], all[0]), pct(all[2], all[0]), all[0]);
        System.out.printf("without punctuation: UAS %.2f LAS %.2f (%d)%n", pct(words[1], words[0]),
                pct(words[2], words[0]), words[0]);
        byRelation.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf("  %-14s %6d  UAS %6.2f  LAS %6.2f%n", e.getKey(), e.getValue()[0],
                        pct(e.getValue()[1], e.getValue()[0]), pct(e.getValue()[2], e.getValue()[0])));
        byLength.forEach((k, v) -> System.out.printf("  length %2d+  %6d  UAS %6.2f%n", k, v[0], pct(v[1], v[0])));

        // thread CPU time as well as wall time: on a shared machine the wall clock counts other work too
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            tokens = 0;
            for (TreebankReader.Sentence s : dev) {
                tokens += parser.parse(s.words(), s.tags()).size();
            }
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - startCpu);
        }
        System.out.printf("speed: %d tokens in %.1f ms wall, %.1f ms CPU (best of %d) = %.0f tokens/s wall, "
                + "%.0f tokens/s CPU%n", tokens, best / 1e6, bestCpu / 1e6, repeat, tokens / (best / 1e9),
                tokens / (bestCpu / 1e9));
    }

    private static void add(long[] counts, boolean head, boolean both) {
        counts[0]++;
        if (head) {
            counts[1]++;
        }
        if (both) {
            counts[2]++;
        }
    }

    private static double pct(long a, long b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }
}
