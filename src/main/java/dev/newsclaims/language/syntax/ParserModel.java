package dev.newsclaims.language.syntax;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained parser: transition weights, label weights and the label names, stored gzipped with each table laid
 * out as it is used. Immutable once read.
 */
final class ParserModel {
    private static final int MAGIC = 0x4e434450; // "NCDP"
    private static final int VERSION = 4;

    final WeightTable transitions;
    final WeightTable labels;
    final String[] labelNames;
    final int rootLabel;
    final int fallbackLabel;

    ParserModel(WeightTable transitions, WeightTable labels, String[] labelNames) {
        if (transitions.classes() != Transition.COUNT || labels.classes() != labelNames.length) {
            throw new IllegalArgumentException("tables do not match " + Transition.COUNT + " transitions and "
                    + labelNames.length + " labels");
        }
        this.transitions = transitions;
        this.labels = labels;
        this.labelNames = labelNames;
        this.rootLabel = indexOf(labelNames, "root");
        int dep = indexOf(labelNames, "dep");
        this.fallbackLabel = dep >= 0 ? dep : 0;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static ParserModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a parser model (version " + VERSION + ")");
        }
        int labelCount = d.readInt();
        if (labelCount <= 0 || labelCount > 64) {
            throw new IOException("bad label count " + labelCount);
        }
        String[] names = new String[labelCount];
        for (int i = 0; i < names.length; i++) {
            byte[] bytes = new byte[d.readUnsignedShort()];
            d.readFully(bytes);
            names[i] = new String(bytes, StandardCharsets.UTF_8).intern();
        }
        WeightTable transitions = WeightTable.read(d);
        WeightTable labels = WeightTable.read(d);
        try {
            return new ParserModel(transitions, labels, names);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gzip);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(labelNames.length);
        for (String name : labelNames) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            d.writeShort(bytes.length);
            d.write(bytes);
        }
        transitions.write(d);
        labels.write(d);
        d.flush();
        gzip.finish();
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }
}
