package dev.newsclaims.language.namefind;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.nio.ByteBuffer;

/**
 * The name finder's trained model: perceptron weights over the labels {@code O}, {@code person},
 * {@code organization}, {@code place}, {@code other}, one per token. Immutable; loaded once.
 */
public final class NameModel {

    public static final String RESOURCE = "/dev/newsclaims/language/names-en.bin";
    public static final String OUTSIDE = "O";

    private final PerceptronModel weights;

    public NameModel(PerceptronModel weights) {
        this.weights = weights;
    }

    public PerceptronModel weights() {
        return weights;
    }

    private static final class Bundled {
        static final NameModel MODEL = read(PerceptronModel.resource(NameModel.class, RESOURCE));
    }

    public static NameModel bundled() {
        return Bundled.MODEL;
    }

    public static NameModel read(ByteBuffer in) {
        return new NameModel(PerceptronModel.read(in));
    }
}
