package dev.newsclaims.extract.checkworthiness;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * How likely a sentence is a check-worthy factual claim: an averaged perceptron over
 * {@link CheckworthinessFeatures}, its margin turned into a probability by Platt scaling (fitted on cross-validated
 * margins of the training sentences). Read once per process; immutable, safe to share between threads (each thread
 * keeps its own feature buffer). See {@code MODEL-CARD.md} beside the model file.
 *
 * <p>File layout: a {@link PerceptronModel} with the classes {@code other} and {@code checkworthy}, then the Platt
 * slope and intercept (floats).
 */
public final class CheckworthinessModel {

    static final String RESOURCE = "checkworthiness-en.bin";
    static final String[] CLASSES = {"other", "checkworthy"};

    private static final class Holder {
        static final CheckworthinessModel MODEL = read(PerceptronModel.resource(CheckworthinessModel.class, RESOURCE));
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        final CheckworthinessFeatures features = new CheckworthinessFeatures();
        final float[] scores = new float[2];
    }

    private final PerceptronModel weights;
    private final int positive;
    private final float slope;
    private final float intercept;

    CheckworthinessModel(PerceptronModel weights, float slope, float intercept) {
        this.weights = weights;
        this.positive = weights.classIndex(CLASSES[1]);
        this.slope = slope;
        this.intercept = intercept;
    }

    /** The model shipped with the product. */
    public static CheckworthinessModel standard() {
        return Holder.MODEL;
    }

    /** The probability (0–1) that {@code text[from, to)} is a check-worthy factual claim. */
    public double probability(CharSequence text, int from, int to) {
        return probabilityOf(margin(text, from, to));
    }

    public double probability(CharSequence text) {
        return probability(text, 0, text.length());
    }

    /** The perceptron's score: above zero leans check-worthy. */
    public double margin(CharSequence text, int from, int to) {
        Buffers b = BUFFERS.get();
        int n = b.features.extract(text, Math.max(0, from), Math.min(text.length(), to));
        b.scores[0] = 0;
        b.scores[1] = 0;
        weights.score(b.features.features(), n, b.scores);
        return (b.scores[positive] - b.scores[1 - positive]) * (double) weights.scale();
    }

    public double probabilityOf(double margin) {
        return 1 / (1 + Math.exp(-(slope * margin + intercept)));
    }

    public static CheckworthinessModel read(ByteBuffer in) {
        PerceptronModel weights = PerceptronModel.read(in);
        return new CheckworthinessModel(weights, in.getFloat(), in.getFloat());
    }

    /** The model file for weights already written by {@link PerceptronModel#write} and the Platt parameters. */
    public static byte[] write(int[] keys, float[][] weights, float slope, float intercept) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            PerceptronModel.write(out, CLASSES, keys, weights);
            out.writeFloat(slope);
            out.writeFloat(intercept);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
