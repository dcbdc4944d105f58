package dev.newsclaims.language.perceptron;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The weights of an averaged perceptron, read once and never changed (safe to share between threads): for each
 * hashed feature key the classes it votes for with their weights, kept sparse (a feature votes for few classes).
 * Looked up through an open-addressing table built at load time.
 *
 * <p>File layout (big-endian): magic {@code NCPM}, version, class count, class names (UTF-8, length-prefixed),
 * feature count, weight scale (float), then per feature in key order: key (int), entry count (byte), entries
 * (class byte, weight short = weight / scale). Sections after the weights belong to the model that uses them.
 */
public final class PerceptronModel {

    private static final int MAGIC = 0x4E43504D; // "NCPM"
    private static final int VERSION = 1;

    private final String[] classes;
    private final int[] slotKeys;
    private final int[] slotFeature;
    private final int mask;
    private final int[] offsets;
    private final byte[] entryClass;
    private final float[] entryWeight;

    private PerceptronModel(String[] classes, int[] keys, int[] offsets, byte[] entryClass, float[] entryWeight) {
        this.classes = classes;
        this.offsets = offsets;
        this.entryClass = entryClass;
        this.entryWeight = entryWeight;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.slotKeys = new int[capacity];
        this.slotFeature = new int[capacity];
        for (int f = 0; f < keys.length; f++) {
            int slot = spread(keys[f]) & mask;
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = keys[f];
            slotFeature[slot] = f;
        }
    }

    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    public int classCount() {
        return classes.length;
    }

    public String className(int c) {
        return classes[c];
    }

    public int classIndex(String name) {
        for (int c = 0; c < classes.length; c++) {
            if (classes[c].equals(name)) {
                return c;
            }
        }
        return -1;
    }

    public int featureCount() {
        return offsets.length - 1;
    }

    /** Adds the weights of {@code features[0, n)} to {@code scores} (which the caller clears). */
    public void score(int[] features, int n, float[] scores) {
        for (int k = 0; k < n; k++) {
            int key = features[k];
            int slot = spread(key) & mask;
            int found;
            while (true) {
                int sk = slotKeys[slot];
                if (sk == key) {
                    found = slotFeature[slot];
                    break;
                }
                if (sk == 0) {
                    found = -1;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (found < 0) {
                continue;
            }
            for (int e = offsets[found], end = offsets[found + 1]; e < end; e++) {
                scores[entryClass[e]] += entryWeight[e];
            }
        }
    }

    /** The highest-scoring class among those allowed ({@code allowed == null}: all); ties go to the lower index. */
    public static int best(float[] scores, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Reads a model from the buffer, leaving it positioned after the weights. */
    public static PerceptronModel read(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalStateException("not a perceptron model file of version " + VERSION);
        }
        String[] classes = new String[in.getInt()];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = readString(in);
        }
        int features = in.getInt();
        float scale = in.getFloat();
        int[] keys = new int[features];
        int[] offsets = new int[features + 1];
        byte[] entryClass = new byte[Math.max(16, features * 3)];
        float[] entryWeight = new float[entryClass.length];
        int e = 0;
        for (int f = 0; f < features; f++) {
            keys[f] = in.getInt();
            int count = in.get() & 0xFF;
            if (e + count > entryClass.length) {
                int grown = Math.max(e + count, entryClass.length * 3 / 2);
                entryClass = java.util.Arrays.copyOf(entryClass, grown);
                entryWeight = java.util.Arrays.copyOf(entryWeight, grown);
            }
            for (int k = 0; k < count; k++) {
                entryClass[e] = in.get();
                entryWeight[e] = in.getShort() * scale;
                e++;
            }
            offsets[f + 1] = e;
        }
        return new PerceptronModel(classes, keys, offsets, entryClass, entryWeight);
    }

    /**
     * Writes weights: {@code keys} sorted ascending; {@code weights[f]} holds one weight per class (zeros are
     * dropped, as are weights that round to zero at the chosen scale).
     */
    public static void write(DataOutputStream out, String[] classes, int[] keys, float[][] weights) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(classes.length);
        for (String c : classes) {
            writeString(out, c);
        }
        float max = 0;
        for (float[] w : weights) {
            for (float x : w) {
                max = Math.max(max, Math.abs(x));
            }
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeInt(keys.length);
        out.writeFloat(scale);
        for (int f = 0; f < keys.length; f++) {
            out.writeInt(keys[f]);
            int count = 0;
            for (float x : weights[f]) {
                count += Math.round(x / scale) != 0 ? 1 : 0;
            }
            out.writeByte(count);
            for (int c = 0; c < classes.length; c++) {
                int q = Math.round(weights[f][c] / scale);
                if (q != 0) {
                    out.writeByte(c);
                    out.writeShort(q);
                }
            }
        }
    }

    public static String readString(ByteBuffer in) {
        byte[] bytes = new byte[in.getShort() & 0xFFFF];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeShort(bytes.length);
        out.write(bytes);
    }

    /** The whole of a class-path resource, in one buffer. */
    public static ByteBuffer resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model resource missing: " + name);
            }
            return ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model resource " + name, e);
        }
    }
}
