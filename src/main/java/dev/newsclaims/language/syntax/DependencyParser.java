package dev.newsclaims.language.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A greedy arc-eager dependency parser scored by an averaged perceptron: the transition is chosen first from four
 * classes, then the relation of a new arc by a separate label model. Deterministic and thread-safe; the model is
 * read once per JVM.
 */
public final class DependencyParser {
    static final String RESOURCE = "/dev/newsclaims/language/syntax/parser.model.gz";

    private final ParserModel model;

    DependencyParser(ParserModel model) {
        this.model = model;
    }

    /**
     * Read on first use. Not a holder class: Quarkus initialises every application class at start-up (its SnapStart
     * preloading), which would read this 4.7 MB model in functions that never parse.
     */
    private static volatile DependencyParser standard;

    /**
     * The parser with the model shipped in summarize.jar; fails with an IllegalStateException naming the missing
     * model where it is left out (function.zip).
     */
    public static DependencyParser standard() {
        DependencyParser parser = standard;
        if (parser == null) {
            synchronized (DependencyParser.class) {
                parser = standard;
                if (parser == null) {
                    standard = parser = load();
                }
            }
        }
        return parser;
    }

    private static DependencyParser load() {
        try (InputStream in = DependencyParser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("parser model " + RESOURCE + " is not on the class path: it ships in"
                        + " summarize.jar (--analyze) and the build's classes, not in function.zip, whose functions only"
                        + " tag (LanguagePipeline.tagging())");
            }
            return new DependencyParser(ParserModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DependencyParser read(InputStream in) throws IOException {
        return new DependencyParser(ParserModel.read(in));
    }

    ParserModel model() {
        return model;
    }

    /** Relation labels the model knows. */
    public String[] labels() {
        return model.labelNames.clone();
    }

    /**
     * Parses one sentence. {@code tags} are the part-of-speech tags (Penn Treebank), aligned with {@code words};
     * null or missing tags are read as empty. Never fails on odd input: every token gets a head.
     */
    public DependencyTree parse(String[] words, String[] tags) {
        int n = words.length;
        ParserState state = new ParserState(n);
        TokenValues values = new TokenValues(words, tags);
        long[] features = new long[ParserFeatures.MAX_TRANSITION_FEATURES];
        long[] labelFeatures = new long[ParserFeatures.MAX_LABEL_FEATURES];
        int[] scores = new int[Transition.COUNT];
        int[] labelScores = new int[model.labelNames.length];
        while (!state.terminal()) {
            int count = ParserFeatures.transition(state, values, features);
            java.util.Arrays.fill(scores, 0);
            model.transitions.score(features, count, scores);
            int best = -1;
            for (int t = 0; t < Transition.COUNT; t++) {
                if (state.legal(t) && (best < 0 || scores[t] > scores[best])) {
                    best = t;
                }
            }
            int label = -1;
            if (best == Transition.LEFT_ARC || best == Transition.RIGHT_ARC) {
                int h = best == Transition.LEFT_ARC ? state.n0() : state.s0();
                int d = best == Transition.LEFT_ARC ? state.s0() : state.n0();
                label = chooseLabel(state, values, h, d, labelFeatures, labelScores);
            }
            state.apply(best, label);
        }
        return finish(state);
    }

    private int chooseLabel(ParserState state, TokenValues values, int h, int d, long[] features, int[] scores) {
        if (h == 0 && model.rootLabel >= 0) {
            return model.rootLabel;
        }
        int count = ParserFeatures.label(state, values, h, d, features);
        java.util.Arrays.fill(scores, 0);
        model.labels.score(features, count, scores);
        int best = -1;
        for (int l = 0; l < scores.length; l++) {
            if (l != model.rootLabel && (best < 0 || scores[l] > scores[best])) {
                best = l;
            }
        }
        return best < 0 ? model.fallbackLabel : best;
    }

    /** Gives every token left without a head one: the root if there is none yet, else the root's dependent. */
    private DependencyTree finish(ParserState state) {
        int n = state.n - 1;
        int root = -1;
        for (int i = 1; i <= n; i++) {
            if (state.head[i] == 0) {
                root = i;
                break;
            }
        }
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 1; i <= n; i++) {
            int h = state.head[i];
            int label = state.label[i];
            if (h == ParserState.NONE) {
                if (root < 0) {
                    root = i;
                    h = 0;
                    label = model.rootLabel;
                } else {
                    h = root;
                    label = model.fallbackLabel;
                }
            }
            heads[i - 1] = h - 1;
            labels[i - 1] = label >= 0 ? model.labelNames[label] : model.labelNames[model.fallbackLabel];
        }
        return new DependencyTree(heads, labels);
    }
}
