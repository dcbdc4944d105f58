package dev.newsclaims.language.postag;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The part-of-speech tagger's trained model: perceptron weights over Penn Treebank tags, and a tag dictionary of
 * frequent words that always took one tag in training (tagged without scoring). Immutable; loaded once.
 */
public final class PosModel {

    /** Class-path resource of the bundled model. */
    public static final String RESOURCE = "/dev/newsclaims/language/pos-en.bin";

    private final PerceptronModel weights;
    private final long[] dictionaryWords;
    private final byte[] dictionaryTags;

    public PosModel(PerceptronModel weights, long[] dictionaryWords, byte[] dictionaryTags) {
        this.weights = weights;
        this.dictionaryWords = dictionaryWords;
        this.dictionaryTags = dictionaryTags;
    }

    public PerceptronModel weights() {
        return weights;
    }

    /** The tag a frequent unambiguous word always takes (by the hash of its form), or -1. */
    public int dictionaryTag(long formHash) {
        int k = Arrays.binarySearch(dictionaryWords, formHash);
        return k >= 0 ? dictionaryTags[k] : -1;
    }

    public int dictionarySize() {
        return dictionaryWords.length;
    }

    private static final class Bundled {
        static final PosModel MODEL = read(PerceptronModel.resource(PosModel.class, RESOURCE));
    }

    /** The model shipped with the product, read on first use. */
    public static PosModel bundled() {
        return Bundled.MODEL;
    }

    public static PosModel read(ByteBuffer in) {
        PerceptronModel weights = PerceptronModel.read(in);
        int n = in.getInt();
        long[] words = new long[n];
        byte[] tags = new byte[n];
        for (int k = 0; k < n; k++) {
            words[k] = in.getLong();
            tags[k] = in.get();
        }
        return new PosModel(weights, words, tags);
    }

    /** Writes the dictionary section that follows the weights; {@code words} sorted ascending. */
    public static void writeDictionary(DataOutputStream out, long[] words, byte[] tags) throws IOException {
        out.writeInt(words.length);
        for (int k = 0; k < words.length; k++) {
            out.writeLong(words[k]);
            out.writeByte(tags[k]);
        }
    }
}
