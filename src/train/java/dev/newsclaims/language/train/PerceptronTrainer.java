package dev.newsclaims.language.train;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains an averaged perceptron (Collins 2002; the averaging done lazily, per weight, as in Honnibal's tagger) over
 * hashed feature keys, and writes the averaged weights in {@link PerceptronModel}'s format.
 */
final class PerceptronTrainer {

    private final String[] classes;
    private final Map<Integer, Integer> index = new HashMap<>();
    private final List<float[]> weights = new ArrayList<>();
    private final List<double[]> totals = new ArrayList<>();
    private final List<int[]> stamps = new ArrayList<>();
    private int instances;

    PerceptronTrainer(String[] classes) {
        this.classes = classes;
    }

    int classCount() {
        return classes.length;
    }

    /** Current (not averaged) scores, for decoding during training. */
    void score(int[] features, int n, float[] scores) {
        Arrays.fill(scores, 0f);
        for (int k = 0; k < n; k++) {
            Integer f = index.get(features[k]);
            if (f != null) {
                float[] w = weights.get(f);
                for (int c = 0; c < w.length; c++) {
                    scores[c] += w[c];
                }
            }
        }
    }

    /** One training instance: moves the weights toward {@code truth} and away from {@code guess} if they differ. */
    void update(int[] features, int n, int truth, int guess) {
        instances++;
        if (truth == guess) {
            return;
        }
        for (int k = 0; k < n; k++) {
            int f = index.computeIfAbsent(features[k], key -> {
                weights.add(new float[classes.length]);
                totals.add(new double[classes.length]);
                stamps.add(new int[classes.length]);
                return weights.size() - 1;
            });
            change(f, truth, 1f);
            change(f, guess, -1f);
        }
    }

    private void change(int f, int c, float delta) {
        float[] w = weights.get(f);
        double[] t = totals.get(f);
        int[] s = stamps.get(f);
        t[c] += (double) (instances - s[c]) * w[c];
        s[c] = instances;
        w[c] += delta;
    }

    /**
     * Writes the averaged weights, dropping features whose every averaged weight is below {@code minWeight} in
     * absolute value (they change no decision worth keeping and cost space).
     */
    void write(DataOutputStream out, float minWeight) throws IOException {
        int[] keys = index.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Integer> kept = new ArrayList<>();
        List<float[]> averaged = new ArrayList<>();
        for (int key : keys) {
            int f = index.get(key);
            float[] w = weights.get(f);
            double[] t = totals.get(f);
            int[] s = stamps.get(f);
            float[] avg = new float[classes.length];
            boolean keep = false;
            for (int c = 0; c < avg.length; c++) {
                double total = t[c] + (double) (instances - s[c]) * w[c];
                avg[c] = (float) (total / instances);
                if (Math.abs(avg[c]) < minWeight) {
                    avg[c] = 0;
                } else {
                    keep = true;
                }
            }
            if (keep) {
                kept.add(key);
                averaged.add(avg);
            }
        }
        PerceptronModel.write(out, classes, kept.stream().mapToInt(Integer::intValue).toArray(),
                averaged.toArray(new float[0][]));
        System.out.printf("  %d features kept of %d%n", kept.size(), keys.length);
    }
}
