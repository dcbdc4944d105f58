package dev.newsclaims.language.syntax;

import java.util.Arrays;

/** Growable perceptron weights with lazy averaging (w − acc/steps), keyed like {@link WeightTable}. */
final class TrainingWeights {
    final int classes;
    private long[] slotKeys;
    private int[] slotRows;
    private int mask;
    long[] rowKeys = new long[1 << 16];
    float[] w = new float[(1 << 16) * 0];
    float[] acc;
    int rows;

    TrainingWeights(int classes) {
        this.classes = classes;
        slotKeys = new long[1 << 20];
        slotRows = new int[1 << 20];
        mask = slotKeys.length - 1;
        w = new float[rowKeys.length * classes];
        acc = new float[rowKeys.length * classes];
    }

    private static int hash(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    int find(long key) {
        int slot = hash(key) & mask;
        long k;
        while ((k = slotKeys[slot]) != 0) {
            if (k == key) {
                return slotRows[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int findOrAdd(long key) {
        int slot = hash(key) & mask;
        long k;
        while ((k = slotKeys[slot]) != 0) {
            if (k == key) {
                return slotRows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (rows == rowKeys.length) {
            rowKeys = Arrays.copyOf(rowKeys, rows * 2);
            w = Arrays.copyOf(w, rows * 2 * classes);
            acc = Arrays.copyOf(acc, rows * 2 * classes);
        }
        int row = rows++;
        rowKeys[row] = key;
        slotKeys[slot] = key;
        slotRows[slot] = row;
        if (rows * 2 > slotKeys.length) {
            rehash();
        }
        return row;
    }

    private void rehash() {
        slotKeys = new long[slotKeys.length * 2];
        slotRows = new int[slotKeys.length];
        mask = slotKeys.length - 1;
        for (int r = 0; r < rows; r++) {
            int slot = hash(rowKeys[r]) & mask;
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = rowKeys[r];
            slotRows[slot] = r;
        }
    }

    void score(long[] features, int count, float[] scores) {
        Arrays.fill(scores, 0f);
        for (int f = 0; f < count; f++) {
            int row = find(features[f]);
            if (row >= 0) {
                int base = row * classes;
                for (int c = 0; c < classes; c++) {
                    scores[c] += w[base + c];
                }
            }
        }
    }

    void update(long[] features, int count, int good, int bad, long step) {
        for (int f = 0; f < count; f++) {
            int base = findOrAdd(features[f]) * classes;
            w[base + good] += 1;
            acc[base + good] += step;
            w[base + bad] -= 1;
            acc[base + bad] -= step;
        }
    }

    /** Averaged weights of the rows whose largest absolute averaged weight reaches {@code threshold}. */
    Pruned averaged(long step, float threshold) {
        float[] avg = new float[rows * classes];
        int kept = 0;
        boolean[] keep = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            float max = 0;
            for (int c = 0; c < classes; c++) {
                int i = r * classes + c;
                float a = w[i] - acc[i] / step;
                avg[i] = a;
                max = Math.max(max, Math.abs(a));
            }
            if (max >= threshold && max > 0) {
                keep[r] = true;
                kept++;
            }
        }
        Integer[] order = new Integer[kept];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            if (keep[r]) {
                order[k++] = r;
            }
        }
        Arrays.sort(order, (a, b) -> Long.compare(rowKeys[a], rowKeys[b]));
        long[] keys = new long[kept];
        float[] weights = new float[kept * classes];
        for (int i = 0; i < kept; i++) {
            keys[i] = rowKeys[order[i]];
            System.arraycopy(avg, order[i] * classes, weights, i * classes, classes);
        }
        return new Pruned(keys, weights);
    }

    record Pruned(long[] keys, float[] weights) {
    }
}
