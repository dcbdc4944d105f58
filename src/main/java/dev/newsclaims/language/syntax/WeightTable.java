package dev.newsclaims.language.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.function.BiConsumer;

/**
 * Immutable feature weights: an open-addressing table from 64-bit feature key to one 16-bit weight per class (one
 * scale per table, so scores are exact integer sums and every run gives the same result). A slot holds the key (two
 * ints) followed by its weights, two per int, so a lookup touches one stretch of memory. The table is stored as
 * laid out here, so loading is one bulk copy.
 */
final class WeightTable {
    private final int classes;
    private final int stride;
    private final int capacity;
    private final float scale;
    private final int[] slots;

    private WeightTable(int classes, float scale, int[] slots) {
        this.classes = classes;
        this.stride = stride(classes);
        this.scale = scale;
        this.slots = slots;
        this.capacity = slots.length / stride;
    }

    private static int stride(int classes) {
        return 2 + (classes + 1) / 2;
    }

    /** Lays out distinct non-zero keys with their weights ({@code weights[i * classes + c]}), quantised to 16 bits. */
    static WeightTable build(int classes, long[] keys, float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        int stride = stride(classes);
        // three quarters full: linear probing stays short and the stored table small
        int capacity = Math.max(4, keys.length + keys.length / 3 + 1);
        int[] slots = new int[capacity * stride];
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            int slot = slot(key, capacity);
            while (slots[slot * stride] != 0 || slots[slot * stride + 1] != 0) {
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            int base = slot * stride;
            slots[base] = (int) key;
            slots[base + 1] = (int) (key >>> 32);
            for (int c = 0; c < classes; c++) {
                int q = Math.round(weights[i * classes + c] / scale) & 0xffff;
                slots[base + 2 + c / 2] |= (c & 1) == 0 ? q : q << 16;
            }
        }
        return new WeightTable(classes, scale, slots);
    }

    /** Reads a table written by {@link #write}: its header, then the slots as little-endian ints. */
    static WeightTable read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        float scale = in.readFloat();
        int length = in.readInt();
        if (classes <= 0 || length < 0 || length % stride(classes) != 0) {
            throw new IOException("bad table header");
        }
        int[] slots = new int[length];
        byte[] chunk = new byte[1 << 16];
        IntBuffer ints = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        for (int done = 0; done < length; ) {
            int n = Math.min(chunk.length / 4, length - done);
            in.readFully(chunk, 0, n * 4);
            ints.position(0);
            ints.get(slots, done, n);
            done += n;
        }
        return new WeightTable(classes, scale, slots);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeFloat(scale);
        out.writeInt(slots.length);
        ByteBuffer bytes = ByteBuffer.allocate(slots.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(slots);
        out.write(bytes.array());
    }

    int classes() {
        return classes;
    }

    int rows() {
        int rows = 0;
        for (int base = 0; base < slots.length; base += stride) {
            if (slots[base] != 0 || slots[base + 1] != 0) {
                rows++;
            }
        }
        return rows;
    }

    /** Visits every key with its weights (dequantised). */
    void forEach(BiConsumer<Long, float[]> visitor) {
        for (int base = 0; base < slots.length; base += stride) {
            if (slots[base] != 0 || slots[base + 1] != 0) {
                long key = (slots[base] & 0xffffffffL) | ((long) slots[base + 1] << 32);
                float[] w = new float[classes];
                for (int c = 0; c < classes; c++) {
                    w[c] = weight(base, c) * scale;
                }
                visitor.accept(key, w);
            }
        }
    }

    private int weight(int base, int c) {
        int packed = slots[base + 2 + c / 2];
        return (c & 1) == 0 ? (short) packed : packed >> 16;
    }

    /** The key's home slot: the high 32 bits of a mixed hash scaled to the capacity (no power of two needed). */
    private static int slot(long key, int capacity) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 29;
        return (int) (((h >>> 32) * capacity) >>> 32);
    }

    /** Adds the weights of the first {@code count} keys into {@code scores} (which the caller clears). */
    void score(long[] features, int count, int[] scores) {
        final int c = classes;
        final int s = stride;
        final int[] table = slots;
        for (int f = 0; f < count; f++) {
            long key = features[f];
            int lo = (int) key;
            int hi = (int) (key >>> 32);
            int slot = slot(key, capacity);
            while (true) {
                int base = slot * s;
                int a = table[base];
                int b = table[base + 1];
                if (a == lo && b == hi) {
                    int w = base + 2;
                    for (int j = 0; j + 1 < c; j += 2, w++) {
                        int packed = table[w];
                        scores[j] += (short) packed;
                        scores[j + 1] += packed >> 16;
                    }
                    if ((c & 1) != 0) {
                        scores[c - 1] += (short) table[w];
                    }
                    break;
                }
                if (a == 0 && b == 0) {
                    break;
                }
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
        }
    }
}
