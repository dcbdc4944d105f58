package dev.newsclaims.extract.speakers;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.util.List;
import java.util.function.Consumer;

/**
 * The learned ranking of a pronoun's candidate antecedents: an averaged perceptron with one output, the score of a
 * (pronoun, candidate) pair from the features {@link PronounFeatures} writes; the highest-scoring candidate is the
 * antecedent. Read once per process from {@code pronouns-en.bin} (see MODEL-CARD.md beside it); immutable, shared by
 * every thread.
 */
final class PronounModel {

    static final String RESOURCE = "pronouns-en.bin";

    private static final PronounModel STANDARD = new PronounModel(read());

    /**
     * What the training command watches on its own thread: every ranking with its candidates' features, ranked by
     * the watcher's model (by nearness first when it has none yet). Unset in the product (one thread-local read per
     * article).
     */
    static final ThreadLocal<Watcher> WATCHER = new ThreadLocal<>();

    /**
     * {@code model} null: every candidate scores 0, the nearest wins. {@code everyPronoun}: rank also each "he" and
     * "she" that names no source, with the speakers known at that point.
     */
    record Watcher(PronounModel model, Consumer<Choice> choices, boolean everyPronoun) {

        Watcher(PronounModel model, Consumer<Choice> choices) {
            this(model, choices, false);
        }
    }

    /**
     * One ranking: the pronoun at {@code position} and its candidates, nearest first, with their features;
     * {@code source} when the pronoun names a claim's source.
     */
    record Choice(String pronoun, int position, List<String> names, int[] starts, int[][] features, boolean source) {}

    /** Null only while the model is being trained for the first time: then every candidate scores 0. */
    private final PerceptronModel weights;

    private PronounModel(PerceptronModel weights) {
        this.weights = weights;
    }

    static PronounModel standard() {
        return STANDARD;
    }

    /** A model from weights being trained. */
    static PronounModel of(PerceptronModel weights) {
        return new PronounModel(weights);
    }

    /** The score of one candidate from its feature keys {@code features[0, n)}, which are overwritten. */
    float score(int[] features, int n) {
        if (weights == null) {
            return 0;
        }
        float[] s = new float[1];
        weights.score(features, n, s);
        return s[0];
    }

    private static PerceptronModel read() {
        if (PronounModel.class.getResource(RESOURCE) == null) {
            return null;
        }
        return PerceptronModel.read(PerceptronModel.resource(PronounModel.class, RESOURCE));
    }
}
