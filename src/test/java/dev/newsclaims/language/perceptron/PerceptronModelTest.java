package dev.newsclaims.language.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A model read back from its file scores exactly as the weights written: features voting for few classes (kept
 * sparse) and for many (kept as dense rows), repeated and unknown features, across class counts.
 */
class PerceptronModelTest {

    @Test
    void scoresAreTheSumsOfTheWrittenWeightsForSparseAndDenseFeatures() throws IOException {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int classCount = 2 + random.nextInt(60);
            TreeMap<Integer, float[]> table = new TreeMap<>();
            int features = 1 + random.nextInt(400);
            while (table.size() < features) {
                float[] weights = new float[classCount];
                int voting = random.nextInt(10) == 0 ? classCount : random.nextInt(Math.min(classCount, 12) + 1);
                for (int v = 0; v < voting; v++) {
                    weights[random.nextInt(classCount)] = (random.nextInt(2001) - 1000) / 7f;
                }
                table.put(1 + random.nextInt(1 << 30), weights);
            }
            int[] keys = table.keySet().stream().mapToInt(Integer::intValue).toArray();
            float[][] weights = table.values().toArray(float[][]::new);
            String[] classes = new String[classCount];
            Arrays.setAll(classes, c -> "C" + c);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PerceptronModel.write(new DataOutputStream(bytes), classes, keys, weights);
            PerceptronModel model = PerceptronModel.read(ByteBuffer.wrap(bytes.toByteArray()));
            assertThat(model.featureCount()).isEqualTo(keys.length);
            assertThat(model.classCount()).isEqualTo(classCount);

            for (int trial = 0; trial < 50; trial++) {
                int n = 1 + random.nextInt(40);
                int[] asked = new int[n];
                float[] expected = new float[classCount];
                for (int k = 0; k < n; k++) {
                    if (random.nextInt(4) == 0) {
                        asked[k] = -1 - random.nextInt(1 << 30); // no model key is negative: unknown
                        continue;
                    }
                    int f = random.nextInt(keys.length);
                    asked[k] = keys[f];
                    for (int c = 0; c < classCount; c++) {
                        expected[c] += Math.round(weights[f][c] / model.scale());
                    }
                }
                float[] scores = new float[classCount];
                model.score(asked.clone(), n, scores);
                assertThat(scores).as("seed %d trial %d", seed, trial).containsExactly(expected);
            }
        }
    }
}
