package dev.newsclaims.extract.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.language.perceptron.PerceptronModel;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Trains {@code pronouns-en.bin}, the ranking of a pronoun's candidate antecedents ({@link PronounModel}).
 *
 * <p>The extractor runs over each training article with {@link PronounModel#WATCHER} set, which hands over every
 * pronoun source it resolves with its candidates and their features. A pronoun is kept when the article's own
 * annotation names it as a source (PolNeAR's source spans) and CoreNLP's coreference puts it in a chain; the
 * candidates whose last name word the chain's names contain are the right ones. An averaged perceptron learns to
 * rank a right candidate first. Prints the accuracy on the dev articles (the same labels), against the nearest
 * candidate.
 *
 * <p>usage: TrainPronounModel DATA_DIR OUT_DIR (DATA_DIR holds polnear_{train,dev}.jsonl and their _corenlp.jsonl.gz)
 */
public final class TrainPronounModel {

    /** Only pronouns the annotators marked as a source (the extractor's own false sources left out). */
    private static final boolean SOURCES_ONLY = Boolean.parseBoolean(System.getProperty("train.pronoun.sources-only", "true"));
    /** Also every "he" and "she" CoreNLP chains to a name that names no source: many more examples of who "he" is. */
    private static final boolean EVERY_PRONOUN = Boolean.parseBoolean(System.getProperty("train.pronoun.every", "true"));
    private static final int ROUNDS = Integer.getInteger("train.pronoun.rounds", 2);
    private static final int EPOCHS = Integer.getInteger("train.pronoun.epochs", 8);
    /** Words of a coreference mention that name no one. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "his", "her", "him", "i", "the", "mr", "mrs",
            "ms", "dr", "a", "an", "of", "and", "'s", "me", "my", "we", "they", "it", "who");

    record Example(int[][] features, boolean[] right, boolean source) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]).getParent().resolve("extract/speakers");
        if (args.length > 2) {
            out = Path.of(args[2]);
        }
        // round 1 ranks by nearness while the examples are read; later rounds read them again with the model
        // just trained, so the speakers seen before a pronoun are the ones the model itself would have resolved
        PronounModel model = null;
        Map<Integer, Float> weights = null;
        List<Example> train = null;
        List<Example> dev = null;
        for (int round = 1; round <= ROUNDS; round++) {
            train = examples(data.resolve("polnear_train.jsonl"), data.resolve("polnear_train_corenlp.jsonl.gz"), model,
                    EVERY_PRONOUN);
            // dev is measured on the pronouns that name a source, the ones the product resolves
            dev = examples(data.resolve("polnear_dev.jsonl"), data.resolve("polnear_dev_corenlp.jsonl.gz"), model, false);
            weights = train(train);
            model = PronounModel.of(PerceptronModel.read(ByteBuffer.wrap(bytes(weights))));
            System.out.printf("round %d: examples train %d (%d sources), dev %d; dev model %.1f%%, nearest %.1f%%%n",
                    round, train.size(), train.stream().filter(Example::source).count(), dev.size(),
                    100 * accuracy(dev, weights), 100 * accuracy(dev, null));
        }
        System.out.printf("train: model %.1f%%, nearest %.1f%%%n", 100 * accuracy(train, weights), 100 * accuracy(train, null));
        System.out.printf("dev:   model %.1f%%, nearest %.1f%%%n", 100 * accuracy(dev, weights), 100 * accuracy(dev, null));
        write(weights, out.resolve(PronounModel.RESOURCE));
    }

    static List<Example> examples(Path articles, Path corenlp, PronounModel model, boolean everyPronoun)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> gold = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    gold.put(node.get("id").asText(), node);
                }
            }
        }
        Extractor extractor = new Extractor();
        List<Example> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corenlp), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                JsonNode article = gold.get(node.get("id").asText());
                if (article == null) {
                    continue;
                }
                String text = article.get("text").asText();
                Map<Integer, Set<String>> chainNames = chainNamesByMentionStart(node, text);
                List<int[]> sources = sourceSpans(article);
                List<PronounModel.Choice> choices = new ArrayList<>();
                PronounModel.WATCHER.set(new PronounModel.Watcher(model, choices::add, everyPronoun));
                try {
                    extractor.extract(node.get("id").asText(), text, null);
                } finally {
                    PronounModel.WATCHER.remove();
                }
                for (PronounModel.Choice c : choices) {
                    Set<String> names = chainNames.get(c.position());
                    boolean source = c.source() && (!SOURCES_ONLY || isSource(sources, c.position()));
                    if (names == null || names.isEmpty() || !source && !(everyPronoun && !c.source())) {
                        continue;
                    }
                    boolean[] right = new boolean[c.names().size()];
                    int rights = 0;
                    for (int k = 0; k < right.length; k++) {
                        right[k] = names.contains(lastWord(c.names().get(k)));
                        rights += right[k] ? 1 : 0;
                    }
                    if (rights > 0 && rights < right.length) {
                        out.add(new Example(c.features(), right, source));
                    }
                }
            }
        }
        return out;
    }

    /** For each coreference mention's first character, the lower-cased name words of its chain. */
    private static Map<Integer, Set<String>> chainNamesByMentionStart(JsonNode node, String text) {
        Map<Integer, Set<String>> out = new HashMap<>();
        JsonNode sentences = node.get("sentences");
        for (JsonNode chain : node.path("coref")) {
            Set<String> names = new HashSet<>();
            List<Integer> starts = new ArrayList<>();
            for (JsonNode m : chain) {
                JsonNode toks = sentences.get(m.get("sentence").asInt() - 1).get("tokens");
                int first = m.get("start").asInt() - 1;
                int last = m.get("end").asInt() - 2;
                if (first < 0 || last >= toks.size() || last < first) {
                    continue;
                }
                starts.add(toks.get(first).get(0).asInt());
                for (int t = first; t <= last; t++) {
                    JsonNode tok = toks.get(t);
                    String pos = tok.get(4).asText();
                    if (pos.startsWith("NNP")) {
                        String w = text.substring(tok.get(0).asInt(), tok.get(1).asInt()).toLowerCase(Locale.ROOT);
                        if (!NOT_NAMES.contains(w)) {
                            names.add(w);
                        }
                    }
                }
            }
            for (int s : starts) {
                out.put(s, names);
            }
        }
        return out;
    }

    private static List<int[]> sourceSpans(JsonNode article) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode q : article.path("quotes")) {
            for (JsonNode s : q.path("speaker_spans")) {
                out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
            }
        }
        return out;
    }

    private static boolean isSource(List<int[]> sources, int position) {
        for (int[] s : sources) {
            if (s[0] <= position && position < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        String w = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    /** Averaged perceptron ranking: when a wrong candidate outscores every right one, move towards the best right one. */
    static Map<Integer, Float> train(List<Example> examples) {
        Map<Integer, float[]> w = new HashMap<>(); // key → {weight, total, last update step}
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(17);
        int step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                step++;
                int predicted = best(e, w, false);
                if (e.right()[predicted]) {
                    continue;
                }
                int target = best(e, w, true);
                update(w, e.features()[target], 1, step);
                update(w, e.features()[predicted], -1, step);
            }
        }
        Map<Integer, Float> averaged = new HashMap<>();
        for (Map.Entry<Integer, float[]> entry : w.entrySet()) {
            float[] v = entry.getValue();
            float total = v[1] + v[0] * (step - v[2]);
            if (total != 0) {
                averaged.put(entry.getKey(), total / step);
            }
        }
        return averaged;
    }

    private static void update(Map<Integer, float[]> w, int[] features, float delta, int step) {
        for (int f : features) {
            float[] v = w.computeIfAbsent(f, k -> new float[3]);
            v[1] += v[0] * (step - v[2]);
            v[2] = step;
            v[0] += delta;
        }
    }

    private static int best(Example e, Map<Integer, float[]> w, boolean rightOnly) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < e.features().length; c++) {
            if (rightOnly && !e.right()[c]) {
                continue;
            }
            float s = 0;
            for (int f : e.features()[c]) {
                float[] v = w.get(f);
                s += v == null ? 0 : v[0];
            }
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** The share of examples whose first-ranked candidate is right; {@code weights} null ranks the nearest first. */
    static double accuracy(List<Example> examples, Map<Integer, Float> weights) {
        int right = 0;
        for (Example e : examples) {
            int best = 0;
            if (weights != null) {
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < e.features().length; c++) {
                    float s = 0;
                    for (int f : e.features()[c]) {
                        s += weights.getOrDefault(f, 0f);
                    }
                    if (s > bestScore) {
                        best = c;
                        bestScore = s;
                    }
                }
            }
            right += e.right()[best] ? 1 : 0;
        }
        return examples.isEmpty() ? 0 : (double) right / examples.size();
    }

    private static byte[] bytes(Map<Integer, Float> weights) throws IOException {
        int[] keys = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[][] w = new float[keys.length][];
        for (int k = 0; k < keys.length; k++) {
            w[k] = new float[] {weights.get(keys[k])};
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(o)) {
            PerceptronModel.write(data, new String[] {"antecedent"}, keys, w);
        }
        return o.toByteArray();
    }

    private static void write(Map<Integer, Float> weights, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(weights));
        int[] keys = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
        System.out.printf("wrote %s: %d features, %d bytes%n", file, keys.length, Files.size(file));
    }
}
