package dev.newsclaims.language.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a parser model: drops the feature rows whose largest absolute weight is below a threshold (separately
 * for the transition and the label table).
 *
 * <pre>
 * ModelPruner IN.model.gz OUT.model.gz TRANSITION_THRESHOLD LABEL_THRESHOLD
 * </pre>
 */
public final class ModelPruner {
    private ModelPruner() {
    }

    public static void main(String[] args) throws IOException {
        ParserModel model;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            model = ParserModel.read(in);
        }
        byte[] out = prune(model, Float.parseFloat(args[2]), Float.parseFloat(args[3])).bytes();
        Files.write(Path.of(args[1]), out);
        System.out.printf("%s: %d bytes%n", args[1], out.length);
    }

    static ParserModel prune(ParserModel model, float transitionThreshold, float labelThreshold) {
        WeightTable t = prune(model.transitions, transitionThreshold);
        WeightTable l = prune(model.labels, labelThreshold);
        System.out.printf("kept %d of %d transition rows, %d of %d label rows%n", t.rows(),
                model.transitions.rows(), l.rows(), model.labels.rows());
        return new ParserModel(t, l, model.labelNames);
    }

    private static WeightTable prune(WeightTable table, float threshold) {
        List<Map.Entry<Long, float[]>> kept = new ArrayList<>();
        table.forEach((key, weights) -> {
            float max = 0;
            for (float w : weights) {
                max = Math.max(max, Math.abs(w));
            }
            if (max >= threshold && max > 0) {
                kept.add(Map.entry(key, weights));
            }
        });
        kept.sort(Comparator.comparing(Map.Entry::getKey));
        int c = table.classes();
        long[] keys = new long[kept.size()];
        float[] weights = new float[kept.size() * c];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = kept.get(i).getKey();
            System.arraycopy(kept.get(i).getValue(), 0, weights, i * c, c);
        }
        return WeightTable.build(c, keys, weights);
    }
}
