package dev.newsclaims.extract.checkworthiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the check-worthiness model on the ClaimBuster sentences ({@code claimbuster_train.jsonl}), fits its Platt
 * scaling on 5-fold cross-validated margins of the same sentences, and prints the dev scores
 * ({@code claimbuster_dev.jsonl}): F1 of the check-worthy class, and per 0.1 band of probability the observed rate.
 *
 * <pre>
 * ./mvnw -o -Ptrain process-test-classes -Dtrain.main=dev.newsclaims.extract.checkworthiness.TrainCheckworthiness \
 *     -Dtrain.out=src/main/resources/dev/newsclaims/extract/checkworthiness
 * </pre>
 *
 * Deterministic: fixed shuffling seeds. {@code -Dtrain.epochs=}, {@code -Dtrain.prune=} and
 * {@code -Dtrain.context=true} (the measured experiment with the previous sentence's words) change the defaults.
 */
public final class TrainCheckworthiness {

    static final int EPOCHS = Integer.getInteger("train.epochs", 12);
    /** Averaged weights smaller than this (in update units) are dropped: size against accuracy, see the card. */
    static final float PRUNE = Float.parseFloat(System.getProperty("train.prune", "0.05"));
    static final int FOLDS = 5;
    /** The update size of a missed check-worthy sentence (1: as a missed other one). */
    static final double POSITIVE_STEP = Double.parseDouble(System.getProperty("train.positiveStep", "1"));
    /** Perceptrons trained on differently shuffled passes, their weights averaged into one model. */
    static final int SEEDS = Integer.getInteger("train.seeds", 1);
    static final boolean LOGISTIC = Boolean.getBoolean("train.logistic");
    static final double L2 = Double.parseDouble(System.getProperty("train.l2", "1.0"));
    static final long SEED = 20261207L;

    record Sentence(long id, String text, boolean checkworthy, int[] features) {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/data");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/dev/newsclaims/extract/checkworthiness");
        List<Sentence> train = read(data.resolve("claimbuster_train.jsonl"));
        List<Sentence> dev = read(data.resolve("claimbuster_dev.jsonl"));
        System.out.printf("train %d sentences (%d check-worthy), dev %d (%d)%n", train.size(),
                train.stream().filter(Sentence::checkworthy).count(), dev.size(),
                dev.stream().filter(Sentence::checkworthy).count());
        if (Boolean.getBoolean("train.context")) {
            ContextExperiment.run(train);
        }
        if (Boolean.getBoolean("train.pos")) {
            PosExperiment.run(train, dev);
            return;
        }

        double[] folded = crossValidatedMargins(train, EPOCHS);
        boolean[] trainLabels = labels(train);
        double[] platt = fitPlatt(folded, trainLabels);
        System.out.printf("cross-validated on train: F1 %.3f at margin 0; Platt slope %.4f intercept %.4f%n",
                f1(folded, trainLabels, 0), platt[0], platt[1]);

        Perceptron model = Perceptron.train(train, EPOCHS, SEED);
        byte[] bytes = model.write(PRUNE, (float) platt[0], (float) platt[1]);
        Files.createDirectories(out);
        Files.write(out.resolve(CheckworthinessModel.RESOURCE), bytes);
        CheckworthinessModel shipped = CheckworthinessModel.read(ByteBuffer.wrap(bytes));
        System.out.printf("model: %d bytes, %d features%n", bytes.length, model.size());

        double[] p = new double[dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            String t = dev.get(i).text();
            p[i] = shipped.probability(t, 0, t.length());
        }
        boolean[] devLabels = labels(dev);
        report("dev", p, devLabels);
        double[] pTrain = new double[train.size()];
        for (int i = 0; i < folded.length; i++) {
            pTrain[i] = shipped.probabilityOf(folded[i]);
        }
        report("train, cross-validated", pTrain, trainLabels);
        throughput(shipped, dev);
    }

    static void report(String name, double[] p, boolean[] y) {
        System.out.printf("%s: at p >= 0.5 %s%n", name, prf(p, y, 0.5));
        double bestF = 0;
        double bestT = 0;
        for (int t = 5; t < 100; t += 5) {
            double f = f1(p, y, t / 100.0);
            if (f > bestF) {
                bestF = f;
                bestT = t / 100.0;
            }
        }
        System.out.printf("%s: best threshold %.2f: %s%n", name, bestT, prf(p, y, bestT));
        for (double t : new double[] {0.6, 0.7, 0.8, 0.9}) {
            System.out.printf("%s: at p >= %.1f %s%n", name, t, prf(p, y, t));
        }
        StringBuilder bands = new StringBuilder(name + " calibration (band: n, observed rate):");
        for (int b = 0; b < 10; b++) {
            int n = 0;
            int pos = 0;
            for (int i = 0; i < p.length; i++) {
                if (Math.min(9, (int) (p[i] * 10)) == b) {
                    n++;
                    pos += y[i] ? 1 : 0;
                }
            }
            bands.append(String.format(" %.1f-%.1f: %d, %s;", b / 10.0, (b + 1) / 10.0, n,
                    n == 0 ? "-" : String.format("%.2f", pos / (double) n)));
        }
        System.out.println(bands);
    }

    static String prf(double[] p, boolean[] y, double t) {
        int[] c = counts(p, y, t);
        double pr = c[0] / (double) Math.max(1, c[0] + c[1]);
        double re = c[0] / (double) Math.max(1, c[0] + c[2]);
        return String.format("F1 %.3f (P %.3f, R %.3f)", 2 * pr * re / Math.max(1e-9, pr + re), pr, re);
    }

    static double f1(double[] p, boolean[] y, double t) {
        int[] c = counts(p, y, t);
        return 2.0 * c[0] / Math.max(1, 2 * c[0] + c[1] + c[2]);
    }

    /** True positives, false positives and false negatives at threshold {@code t}. */
    private static int[] counts(double[] p, boolean[] y, double t) {
        int[] c = new int[3];
        for (int i = 0; i < p.length; i++) {
            boolean yes = p[i] >= t;
            c[0] += yes && y[i] ? 1 : 0;
            c[1] += yes && !y[i] ? 1 : 0;
            c[2] += !yes && y[i] ? 1 : 0;
        }
        return c;
    }

    static boolean[] labels(List<Sentence> s) {
        boolean[] y = new boolean[s.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = s.get(i).checkworthy();
        }
        return y;
    }

    /** Each training sentence's margin from a model trained on the other folds. */
    static double[] crossValidatedMargins(List<Sentence> train, int epochs) {
        double[] margins = new double[train.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Sentence> in = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (i % FOLDS != f) {
                    in.add(train.get(i));
                }
            }
            Perceptron m = Perceptron.train(in, epochs, SEED + f);
            for (int i = f; i < train.size(); i += FOLDS) {
                margins[i] = m.margin(train.get(i).features());
            }
        }
        return margins;
    }

    /**
     * Platt scaling: the slope and intercept of a logistic curve over the margin, fitted by Newton's method with
     * each class weighted to half of the total, so that the probability is that of a set half check-worthy (as the
     * benchmark's dev set is) rather than the quarter of the debates' transcripts.
     */
    static double[] fitPlatt(double[] m, boolean[] y) {
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        double wPos = y.length / (2.0 * pos);
        double wNeg = y.length / (2.0 * (y.length - pos));
        double a = 1;
        double b = 0;
        double scale = 0;
        for (double x : m) {
            scale = Math.max(scale, Math.abs(x));
        }
        a = 1 / Math.max(1e-9, scale / 4);
        for (int it = 0; it < 100; it++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < m.length; i++) {
                double w = y[i] ? wPos : wNeg;
                double p = 1 / (1 + Math.exp(-(a * m[i] + b)));
                double d = w * (p - (y[i] ? 1 : 0));
                double h = w * p * (1 - p) + 1e-12;
                ga += d * m[i];
                gb += d;
                haa += h * m[i] * m[i];
                hab += h * m[i];
                hbb += h;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-8) {
                break;
            }
        }
        return new double[] {a, b};
    }

    static void throughput(CheckworthinessModel model, List<Sentence> sentences) {
        double sink = 0;
        for (int warm = 0; warm < 50; warm++) {
            for (Sentence s : sentences) {
                sink += model.margin(s.text(), 0, s.text().length());
            }
        }
        long t0 = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - t0 < 2_000_000_000L) {
            for (Sentence s : sentences) {
                sink += model.margin(s.text(), 0, s.text().length());
            }
            n += sentences.size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("throughput: %.0f sentences/s on one thread (dev sentences, %s)%n", n / seconds,
                sink == 0 ? "-" : "warm");
    }

    static List<Sentence> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        CheckworthinessFeatures features = new CheckworthinessFeatures();
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                String text = r.get("text").asText();
                String id = r.get("id").asText();
                int n = features.extract(text, 0, text.length());
                out.add(new Sentence(Long.parseLong(id.substring(id.lastIndexOf('-') + 1)), text,
                        r.get("label").asInt() == 1, Arrays.copyOf(features.features(), n)));
            }
        }
        return out;
    }

    /** A binary averaged perceptron over dense indices of the feature keys seen in training. */
    static final class Perceptron {
        final Map<Integer, Integer> index = new HashMap<>();
        int[] keys = new int[0];
        double[] weights = new double[0];

        static Perceptron train(List<Sentence> sentences, int epochs, long seed) {
            if (SEEDS <= 1) {
                return trainOne(sentences, epochs, seed);
            }
            Perceptron first = trainOne(sentences, epochs, seed);
            for (int k = 1; k < SEEDS; k++) {
                Perceptron other = trainOne(sentences, epochs, seed * 31 + k);
                for (int i = 0; i < first.keys.length; i++) {
                    first.weights[i] += other.weights[other.index.get(first.keys[i])];
                }
            }
            for (int i = 0; i < first.keys.length; i++) {
                first.weights[i] /= SEEDS;
            }
            return first;
        }

        static Perceptron trainOne(List<Sentence> sentences, int epochs, long seed) {
            Perceptron p = new Perceptron();
            if (LOGISTIC) {
                return p.logistic(sentences, epochs, seed);
            }
            for (Sentence s : sentences) {
                for (int k : s.features()) {
                    p.index.computeIfAbsent(k, x -> p.index.size());
                }
            }
            int n = p.index.size();
            p.keys = new int[n];
            p.index.forEach((k, i) -> p.keys[i] = k);
            double[] w = new double[n];
            double[] u = new double[n]; // sum of updates times their time, for the average
            List<Sentence> order = new ArrayList<>(sentences);
            Random random = new Random(seed);
            long c = 1;
            for (int e = 0; e < epochs; e++) {
                java.util.Collections.shuffle(order, random);
                for (Sentence s : order) {
                    double m = 0;
                    for (int k : s.features()) {
                        m += w[p.index.get(k)];
                    }
                    int y = s.checkworthy() ? 1 : -1;
                    if (y * m <= 0) {
                        double step = s.checkworthy() ? POSITIVE_STEP : 1;
                        for (int k : s.features()) {
                            int i = p.index.get(k);
                            w[i] += y * step;
                            u[i] += y * step * c;
                        }
                    }
                    c++;
                }
            }
            p.weights = new double[n];
            for (int i = 0; i < n; i++) {
                p.weights[i] = w[i] - u[i] / c;
            }
            return p;
        }

        /** The alternative measured in the card: L2-regularised logistic regression by stochastic gradient descent. */
        Perceptron logistic(List<Sentence> sentences, int epochs, long seed) {
            for (Sentence s : sentences) {
                for (int k : s.features()) {
                    index.computeIfAbsent(k, x -> index.size());
                }
            }
            int n = index.size();
            keys = new int[n];
            index.forEach((k, i) -> keys[i] = k);
            double[] w = new double[n];
            List<Sentence> order = new ArrayList<>(sentences);
            Random random = new Random(seed);
            double lambda = L2 / sentences.size();
            long t = 0;
            for (int e = 0; e < epochs; e++) {
                java.util.Collections.shuffle(order, random);
                for (Sentence s : order) {
                    double eta = 0.1 / (1 + t++ * 1e-5);
                    double m = 0;
                    for (int k : s.features()) {
                        m += w[index.get(k)];
                    }
                    double g = (s.checkworthy() ? 1 : 0) - 1 / (1 + Math.exp(-m));
                    for (int k : s.features()) {
                        int i = index.get(k);
                        w[i] += eta * (g - lambda * w[i]);
                    }
                }
            }
            weights = w;
            return this;
        }

        double margin(int[] features) {
            double m = 0;
            for (int k : features) {
                Integer i = index.get(k);
                if (i != null) {
                    m += weights[i];
                }
            }
            return m;
        }

        int size() {
            return keys.length;
        }

        byte[] write(float prune, float slope, float intercept) {
            int[] order = java.util.stream.IntStream.range(0, keys.length)
                    .filter(i -> Math.abs(weights[i]) >= prune).boxed()
                    .sorted((a, b) -> Integer.compare(keys[a], keys[b])).mapToInt(Integer::intValue).toArray();
            int[] k = new int[order.length];
            float[][] w = new float[order.length][];
            for (int j = 0; j < order.length; j++) {
                k[j] = keys[order[j]];
                w[j] = new float[] {0, (float) weights[order[j]]};
            }
            return CheckworthinessModel.write(k, w, slope, intercept);
        }
    }
}
