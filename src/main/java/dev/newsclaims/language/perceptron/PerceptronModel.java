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

    /** Features voting for at least this many classes keep a dense row: one vectorised add instead of many. */
    private static final int DENSE_MIN_ENTRIES = 8;
    private static final int ABSENT = Integer.MIN_VALUE;

    private final String[] classes;
    private final float scale;
    private final int featureCount;
    /**
     * Open-addressing table, two ints a slot: the feature key and where its weights are, {@code offset << 8 | count}
     * in {@link #entries} or {@code -(row + 1)} in {@link #dense}. Key and place share a cache line: scoring is most
     * of the language layer's time and the tables are larger than the cache.
     */
    private final int[] slots;
    private final int mask;
    /** The sparse features' weights in key order, each {@code class << 16 | weight}: one access for both. */
    private final int[] entries;
    /** The dense features' weights, a row of {@link #classCount()} per feature (zeros included). */
    private final float[] dense;

    private PerceptronModel(String[] classes, float scale, int[] keys, byte[] counts, byte[] entryClass,
            short[] entryWeight) {
        if (entryClass.length >= 1 << 23) {
            throw new IllegalStateException("too many perceptron entries: " + entryClass.length);
        }
        this.classes = classes;
        this.scale = scale;
        this.featureCount = keys.length;
        int denseRows = 0;
        int sparseEntries = 0;
        for (byte count : counts) {
            if ((count & 0xFF) >= DENSE_MIN_ENTRIES) {
                denseRows++;
            } else {
                sparseEntries += count & 0xFF;
            }
        }
        this.entries = new int[sparseEntries];
        this.dense = new float[denseRows * classes.length];
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.slots = new int[capacity * 2];
        int read = 0;
        int sparse = 0;
        int row = 0;
        for (int f = 0; f < keys.length; f++) {
            int count = counts[f] & 0xFF;
            int place;
            if (count >= DENSE_MIN_ENTRIES) {
                for (int e = read; e < read + count; e++) {
                    dense[row * classes.length + (entryClass[e] & 0xFF)] = entryWeight[e];
                }
                place = -(row + 1);
                row++;
            } else {
                for (int e = read; e < read + count; e++) {
                    entries[sparse + e - read] = (entryClass[e] & 0xFF) << 16 | (entryWeight[e] & 0xFFFF);
                }
                place = sparse << 8 | count;
                sparse += count;
            }
            read += count;
            int key = keys[f];
            int slot = spread(key) & mask;
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = place;
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
        return featureCount;
    }

    /** The weight unit: a score times the scale is the averaged perceptron's score. */
    public float scale() {
        return scale;
    }

    /**
     * Adds the weights of {@code features[0, n)} to {@code scores} (which the caller clears), in weight units;
     * {@code features} is overwritten. All features are looked up before any weight is added, so the table reads,
     * which miss the cache, do not wait for one another.
     */
    public void score(int[] features, int n, float[] scores) {
        for (int k = 0; k < n; k++) {
            features[k] = place(features[k]);
        }
        int classCount = classes.length;
        for (int k = 0; k < n; k++) {
            int place = features[k];
            if (place >= 0) {
                for (int e = place >>> 8, end = e + (place & 0xFF); e < end; e++) {
                    int entry = entries[e];
                    scores[entry >>> 16] += (short) entry;
                }
            } else if (place != ABSENT) {
                int row = -(place + 1) * classCount;
                for (int c = 0; c < classCount; c++) {
                    scores[c] += dense[row + c];
                }
            }
        }
    }

    /** Where the weights of {@code key} are (see {@link #slots}), or {@link #ABSENT}. */
    private int place(int key) {
        int slot = spread(key) & mask;
        while (true) {
            int found = slots[2 * slot];
            if (found == key) {
                return slots[2 * slot + 1];
            }
            if (found == 0) {
                return ABSENT;
            }
            slot = (slot + 1) & mask;
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
