package dev.newsclaims.extract.checkworthiness;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.language.perceptron.FeatureHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Do parts of speech help? The product's own tagger tags each sentence; its tags, tag pairs and tag triples, and
 * the lemmas of verbs, are added to the character features, and the same training and Platt fit are measured on
 * dev. Run with {@code -Dtrain.pos=true}; the shipped model stays without them (see the card for the figures).
 */
final class PosExperiment {

    private PosExperiment() {
    }

    static List<TrainCheckworthiness.Sentence> withTags(List<TrainCheckworthiness.Sentence> sentences) {
        LanguagePipeline tagger = LanguagePipeline.tagging();
        long tag = FeatureHash.template(20);
        long pair = FeatureHash.template(21);
        long triple = FeatureHash.template(22);
        long verb = FeatureHash.template(23);
        List<TrainCheckworthiness.Sentence> out = new ArrayList<>(sentences.size());
        for (var s : sentences) {
            AnalyzedText a = tagger.analyze(s.text());
            int[] f = Arrays.copyOf(s.features(), s.features().length + 4 * a.size() + 2);
            int n = s.features().length;
            long p1 = FeatureHash.of("<s>");
            long p2 = p1;
            for (int t = 0; t < a.size(); t++) {
                long h = FeatureHash.of(a.pos(t));
                f[n++] = FeatureHash.key(FeatureHash.combine(tag, h));
                f[n++] = FeatureHash.key(FeatureHash.combine(pair, p1, h));
                f[n++] = FeatureHash.key(FeatureHash.combine(triple, p2, p1, h));
                if (a.pos(t).startsWith("VB") || a.pos(t).equals("MD")) {
                    f[n++] = FeatureHash.key(FeatureHash.combine(verb, FeatureHash.of(a.pos(t)),
                            FeatureHash.of(String.valueOf(a.lemma(t)))));
                }
                p2 = p1;
                p1 = h;
            }
            out.add(new TrainCheckworthiness.Sentence(s.id(), s.text(), s.checkworthy(), Arrays.copyOf(f, n)));
        }
        return out;
    }

    static void run(List<TrainCheckworthiness.Sentence> train, List<TrainCheckworthiness.Sentence> dev) {
        List<TrainCheckworthiness.Sentence> tTrain = withTags(train);
        List<TrainCheckworthiness.Sentence> tDev = withTags(dev);
        double[] folded = TrainCheckworthiness.crossValidatedMargins(tTrain, TrainCheckworthiness.EPOCHS);
        boolean[] y = TrainCheckworthiness.labels(tTrain);
        double[] platt = TrainCheckworthiness.fitPlatt(folded, y);
        var model = TrainCheckworthiness.Perceptron.train(tTrain, TrainCheckworthiness.EPOCHS, TrainCheckworthiness.SEED);
        double[] p = new double[tDev.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1 / (1 + Math.exp(-(platt[0] * model.margin(tDev.get(i).features()) + platt[1])));
        }
        System.out.printf("with parts of speech: cross-validated F1 %.3f; %d features%n",
                TrainCheckworthiness.f1(folded, y, 0), model.size());
        TrainCheckworthiness.report("dev with parts of speech", p, TrainCheckworthiness.labels(tDev));
    }
}
