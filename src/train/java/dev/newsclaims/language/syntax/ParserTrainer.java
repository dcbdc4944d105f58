package dev.newsclaims.language.syntax;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the dependency parser on CoreNLP-annotated articles: averaged perceptron, arc-eager dynamic oracle with
 * exploration, non-projective trees lifted to projective ones for training. Prints dev scores per epoch and writes
 * the model of the best epoch.
 *
 * <pre>
 * ParserTrainer DATA_DIR MODEL_DIR        (as the train profile calls it: DATA_DIR/polnear_*_corenlp.jsonl.gz,
 *                                          writes MODEL_DIR/syntax/parser.model.gz)
 * ParserTrainer --train TRAIN.jsonl.gz --dev DEV.jsonl.gz --out parser.model.gz [--epochs 8]
 *               [--prune-transitions 3] [--prune-labels 2] [--seed 17]
 * </pre>
 */
public final class ParserTrainer {
    private final TrainingWeights transitions = new TrainingWeights(Transition.COUNT);
    private final TrainingWeights labels;
    private final String[] labelNames;
    private final int rootLabel;
    private final Map<String, Integer> labelIds = new TreeMap<>();
    private long step = 1;

    private ParserTrainer(String[] labelNames) {
        this.labelNames = labelNames;
        for (int i = 0; i < labelNames.length; i++) {
            labelIds.put(labelNames[i], i);
        }
        this.rootLabel = labelIds.getOrDefault("root", -1);
        this.labels = new TrainingWeights(labelNames.length);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new TreeMap<>();
        int first = 0;
        if (args.length >= 2 && !args[0].startsWith("--")) {
            options.put("--train", Path.of(args[0], "polnear_train_corenlp.jsonl.gz").toString());
            options.put("--dev", Path.of(args[0], "polnear_dev_corenlp.jsonl.gz").toString());
            options.put("--out", Path.of(args[1], "syntax", "parser.model.gz").toString());
            first = 2;
        }
        for (int i = first; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path trainFile = Path.of(options.getOrDefault("--train", "../shared/eval/data/polnear_train_corenlp.jsonl.gz"));
        Path devFile = Path.of(options.getOrDefault("--dev", "../shared/eval/data/polnear_dev_corenlp.jsonl.gz"));
        Path out = Path.of(options.getOrDefault("--out",
                "src/main/resources/dev/newsclaims/language/syntax/parser.model.gz"));
        int epochs = Integer.parseInt(options.getOrDefault("--epochs", "8"));
        float pruneTransitions = Float.parseFloat(options.getOrDefault("--prune-transitions", "3"));
        float pruneLabels = Float.parseFloat(options.getOrDefault("--prune-labels", "2"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "17"));

        List<TreebankReader.Sentence> train = TreebankReader.read(trainFile);
        List<TreebankReader.Sentence> dev = TreebankReader.read(devFile);
        int tokens = train.stream().mapToInt(TreebankReader.Sentence::size).sum();
        System.out.printf("train: %d sentences, %d tokens; dev: %d sentences%n", train.size(), tokens, dev.size());

        String[] names = train.stream().flatMap(s -> Arrays.stream(s.relations()).skip(1))
                .distinct().sorted().toArray(String[]::new);
        ParserTrainer trainer = new ParserTrainer(names);

        List<int[]> goldHeads = new ArrayList<>();
        int nonProjective = 0;
        int liftedArcs = 0;
        for (TreebankReader.Sentence s : train) {
            int[] heads = s.heads().clone();
            int lifted = Projectivizer.lift(heads);
            if (lifted > 0) {
                nonProjective++;
                liftedArcs += lifted;
            }
            goldHeads.add(heads);
        }
        System.out.printf("non-projective: %d of %d sentences (%.2f%%), %d arcs lifted%n", nonProjective,
                train.size(), 100.0 * nonProjective / train.size(), liftedArcs);

        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        byte[] bestModel = null;
        double bestUas = -1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            long t0 = System.nanoTime();
            for (int i : order) {
                trainer.trainSentence(train.get(i), goldHeads.get(i), epoch > 0, random);
            }
            long t1 = System.nanoTime();
            byte[] model = trainer.model(0);
            DependencyParser parser = DependencyParser.read(new ByteArrayInputStream(model));
            double[] scores = evaluate(parser, dev);
            System.out.printf("epoch %d: %.1f s, dev UAS %.2f LAS %.2f, model %.1f MB (%d + %d rows)%n", epoch + 1,
                    (t1 - t0) / 1e9, scores[0], scores[1], model.length / 1e6, trainer.transitions.rows,
                    trainer.labels.rows);
            if (scores[0] > bestUas) {
                bestUas = scores[0];
                bestModel = model;
            }
        }
        System.out.printf("best epoch: dev UAS %.2f, %d bytes before pruning%n", bestUas, bestModel.length);
        ParserModel pruned = ModelPruner.prune(ParserModel.read(new ByteArrayInputStream(bestModel)),
                pruneTransitions, pruneLabels);
        byte[] bytes = pruned.bytes();
        double[] scores = evaluate(new DependencyParser(pruned), dev);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes);
        System.out.printf("wrote %s (%d bytes): dev UAS %.2f LAS %.2f (gold tags)%n", out, bytes.length, scores[0],
                scores[1]);
    }

    /** Unlabelled and labelled attachment over all tokens, punctuation included. */
    static double[] evaluate(DependencyParser parser, List<TreebankReader.Sentence> sentences) {
        long total = 0;
        long unlabelled = 0;
        long labelled = 0;
        for (TreebankReader.Sentence s : sentences) {
            DependencyTree tree = parser.parse(s.words(), s.tags());
            for (int i = 0; i < s.size(); i++) {
                total++;
                if (tree.head(i) + 1 == s.heads()[i + 1]) {
                    unlabelled++;
                    if (tree.label(i).equals(s.relations()[i + 1])) {
                        labelled++;
                    }
                }
            }
        }
        return new double[] {100.0 * unlabelled / total, 100.0 * labelled / total};
    }

    private byte[] model(float prune) throws IOException {
        TrainingWeights.Pruned t = transitions.averaged(step, prune);
        TrainingWeights.Pruned l = labels.averaged(step, prune);
        return new ParserModel(WeightTable.build(Transition.COUNT, t.keys(), t.weights()),
                WeightTable.build(labelNames.length, l.keys(), l.weights()), labelNames).bytes();
    }

    private void trainSentence(TreebankReader.Sentence sentence, int[] gold, boolean explore, Random random) {
        int n = sentence.size();
        ParserState state = new ParserState(n);
        TokenValues values = new TokenValues(sentence.words(), sentence.tags());
        long[] features = new long[ParserFeatures.MAX_TRANSITION_FEATURES];
        long[] labelFeatures = new long[ParserFeatures.MAX_LABEL_FEATURES];
        float[] scores = new float[Transition.COUNT];
        float[] labelScores = new float[labelNames.length];
        int[] costs = new int[Transition.COUNT];
        while (!state.terminal()) {
            int count = ParserFeatures.transition(state, values, features);
            transitions.score(features, count, scores);
            int predicted = -1;
            int minCost = Integer.MAX_VALUE;
            for (int t = 0; t < Transition.COUNT; t++) {
                if (state.legal(t)) {
                    costs[t] = Oracle.cost(state, t, gold);
                    minCost = Math.min(minCost, costs[t]);
                    if (predicted < 0 || scores[t] > scores[predicted]) {
                        predicted = t;
                    }
                } else {
                    costs[t] = Integer.MAX_VALUE;
                }
            }
            int best = -1;
            for (int t = 0; t < Transition.COUNT; t++) {
                if (costs[t] == minCost && (best < 0 || scores[t] > scores[best])) {
                    best = t;
                }
            }
            if (costs[predicted] > minCost) {
                transitions.update(features, count, best, predicted, step);
            }
            step++;
            int next = costs[predicted] == minCost || (explore && random.nextDouble() < 0.9) ? predicted : best;
            if (!explore) {
                next = best;
            }
            int label = -1;
            if (next == Transition.LEFT_ARC || next == Transition.RIGHT_ARC) {
                int h = next == Transition.LEFT_ARC ? state.n0() : state.s0();
                int d = next == Transition.LEFT_ARC ? state.s0() : state.n0();
                label = trainLabel(state, values, h, d, gold[d] == h ? labelIds.get(sentence.relations()[d]) : -1,
                        labelFeatures, labelScores);
            }
            state.apply(next, label);
        }
    }

    private int trainLabel(ParserState state, TokenValues values, int h, int d, int goldLabel, long[] features,
            float[] scores) {
        if (h == 0 && rootLabel >= 0) {
            return rootLabel;
        }
        int count = ParserFeatures.label(state, values, h, d, features);
        labels.score(features, count, scores);
        int best = -1;
        for (int l = 0; l < scores.length; l++) {
            if (l != rootLabel && (best < 0 || scores[l] > scores[best])) {
                best = l;
            }
        }
        if (goldLabel >= 0 && goldLabel != rootLabel) {
            if (best != goldLabel) {
                labels.update(features, count, goldLabel, best, step);
            }
            return goldLabel;
        }
        return best;
    }
}
