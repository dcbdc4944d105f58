package dev.newsclaims.language.lemma;

import dev.newsclaims.language.perceptron.PerceptronModel;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The lemmas learnt from training text that the suffix rules of {@link Lemmatizer} get wrong (irregular verbs and
 * nouns, doubled consonants, dropped e's): a table from (word class, lower-case form) to lemma. Immutable.
 */
public final class LemmaModel {

    public static final String RESOURCE = "/dev/newsclaims/language/lemmas-en.bin";

    private final Map<String, String> exceptions;

    public LemmaModel(Map<String, String> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The learnt lemma of a lower-case form with a tag, or null. */
    public String exception(String tag, String lowerForm) {
        return exceptions.get(key(tag, lowerForm));
    }

    public int size() {
        return exceptions.size();
    }

    public static String key(String tag, String lowerForm) {
        return tag + ' ' + lowerForm;
    }

    private static final class Bundled {
        static final LemmaModel MODEL = read(PerceptronModel.resource(LemmaModel.class, RESOURCE));
    }

    public static LemmaModel bundled() {
        return Bundled.MODEL;
    }

    public static LemmaModel read(ByteBuffer in) {
        int n = in.getInt();
        Map<String, String> map = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            map.put(PerceptronModel.readString(in), PerceptronModel.readString(in));
        }
        return new LemmaModel(map);
    }

    /** Writes the table; {@code keys} as made by {@link #key}. */
    public static void write(DataOutputStream out, Map<String, String> table) throws IOException {
        out.writeInt(table.size());
        for (var e : new java.util.TreeMap<>(table).entrySet()) {
            PerceptronModel.writeString(out, e.getKey());
            PerceptronModel.writeString(out, e.getValue());
        }
    }
}
