package dev.newsclaims.language.perceptron;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The weights of an averaged perceptron, read once and never changed (safe to share between threads): for each
 * hashed feature key the classes it votes for with their weights, kept sparse (a feature votes for few classes) and
 * quantised to 16 bits on one scale (so scores are sums of shorts; the scale does not change which class wins).
 * Looked up through an open-addressing table built at load time.
 *
 * <p>File layout (big-endian), made for bulk reads: magic {@code NCPM}, version, class count, class names (UTF-8,
 * length-prefixed), feature count F, entry count E, weight scale (float); then the F keys (int, ascending), the F
 * entry counts (byte), the E entry classes (byte) and the E entry weights (short), features in key order. Sections
 * after the weights belong to the model that uses them.
 */
public final class PerceptronModel {

    private static final int MAGIC = 0x4E43504D; // "NCPM"
    private static final int VERSION = 2;

    private final String[] classes;
    private final float scale;
    private final int[] slotKeys;
    private final int[] slotFeature;
    private final int mask;
    private final int[] offsets;
    private final byte[] entryClass;
    private final short[] entryWeight;

    private PerceptronModel(String[] classes, float scale, int[] keys, byte[] counts, byte[] entryClass,
            short[] entryWeight) {
        this.classes = classes;
        this.scale = scale;
        this.entryClass = entryClass;
        this.entryWeight = entryWeight;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.slotKeys = new int[capacity];
        this.slotFeature = new int[capacity];
        this.offsets = new int[keys.length + 1];
        int offset = 0;
        for (int f = 0; f < keys.length; f++) {
            offset += counts[f] & 0xFF;
            offsets[f + 1] = offset;
            int key = keys[f];
            int slot = spread(key) & mask;
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = key;
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

    /** The weight unit: a score times the scale is the averaged perceptron's score. */
    public float scale() {
        return scale;
    }

    /** Adds the weights of {@code features[0, n)} to {@code scores} (which the caller clears), in weight units. */
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

    /** The highest-scoring class; ties go to the lower index. */
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
        int entries = in.getInt();
        float scale = in.getFloat();
        int[] keys = new int[features];
        in.asIntBuffer().get(keys);
        in.position(in.position() + 4 * features);
        byte[] counts = new byte[features];
        in.get(counts);
        byte[] entryClass = new byte[entries];
        in.get(entryClass);
        short[] entryWeight = new short[entries];
        in.asShortBuffer().get(entryWeight);
        in.position(in.position() + 2 * entries);
        return new PerceptronModel(classes, scale, keys, counts, entryClass, entryWeight);
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
        byte[] counts = new byte[keys.length];
        int entries = 0;
        for (int f = 0; f < keys.length; f++) {
            for (float x : weights[f]) {
                counts[f] += (byte) (Math.round(x / scale) != 0 ? 1 : 0);
            }
            entries += counts[f] & 0xFF;
        }
        out.writeInt(keys.length);
        out.writeInt(entries);
        out.writeFloat(scale);
        for (int key : keys) {
            out.writeInt(key);
        }
        out.write(counts);
        for (int f = 0; f < keys.length; f++) {
            for (int c = 0; c < classes.length; c++) {
                if (Math.round(weights[f][c] / scale) != 0) {
                    out.writeByte(c);
                }
            }
        }
        for (int f = 0; f < keys.length; f++) {
            for (int c = 0; c < classes.length; c++) {
                int q = Math.round(weights[f][c] / scale);
                if (q != 0) {
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
