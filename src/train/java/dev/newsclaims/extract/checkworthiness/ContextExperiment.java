package dev.newsclaims.extract.checkworthiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Does the sentence before help? ClaimBuster's sentence ids follow the debates' order, so a training sentence whose
 * id minus one is also a training sentence has its predecessor at hand. Measured by cross-validation on the train
 * split: (1) how often a sentence is check-worthy after a check-worthy one and after another; (2) F1 on those
 * sentences with and without the predecessor's words as extra features.
 */
final class ContextExperiment {

    private ContextExperiment() {
    }

    static void run(List<TrainCheckworthiness.Sentence> train) {
        Map<Long, TrainCheckworthiness.Sentence> byId = new HashMap<>();
        for (var s : train) {
            byId.put(s.id(), s);
        }
        int afterYes = 0, afterYesPos = 0, afterNo = 0, afterNoPos = 0;
        List<TrainCheckworthiness.Sentence> withContext = new ArrayList<>();
        boolean[] hasPrevious = new boolean[train.size()];
        for (int i = 0; i < train.size(); i++) {
            var s = train.get(i);
            var prev = byId.get(s.id() - 1);
            if (prev == null) {
                withContext.add(s);
                continue;
            }
            hasPrevious[i] = true;
            if (prev.checkworthy()) {
                afterYes++;
                afterYesPos += s.checkworthy() ? 1 : 0;
            } else {
                afterNo++;
                afterNoPos += s.checkworthy() ? 1 : 0;
            }
            int[] f = new int[s.features().length + prev.features().length];
            System.arraycopy(s.features(), 0, f, 0, s.features().length);
            for (int k = 0; k < prev.features().length; k++) {
                int key = prev.features()[k] * 0x01000193 + 0x2545F491; // the previous sentence's own key space
                f[s.features().length + k] = key == 0 ? 1 : key;
            }
            withContext.add(new TrainCheckworthiness.Sentence(s.id(), s.text(), s.checkworthy(), f));
        }
        System.out.printf("context: %d train sentences follow another train sentence; check-worthy after a "
                + "check-worthy one %.3f (%d), after another %.3f (%d)%n", afterYes + afterNo,
                afterYesPos / (double) Math.max(1, afterYes), afterYes, afterNoPos / (double) Math.max(1, afterNo),
                afterNo);
        double[] alone = TrainCheckworthiness.crossValidatedMargins(train, TrainCheckworthiness.EPOCHS);
        double[] context = TrainCheckworthiness.crossValidatedMargins(withContext, TrainCheckworthiness.EPOCHS);
        boolean[] y = TrainCheckworthiness.labels(train);
        System.out.printf("context: cross-validated F1 on the sentences with a predecessor: alone %.3f, "
                + "with its words %.3f; on all: alone %.3f, with %.3f%n", subsetF1(alone, y, hasPrevious),
                subsetF1(context, y, hasPrevious), TrainCheckworthiness.f1(alone, y, 0),
                TrainCheckworthiness.f1(context, y, 0));
    }

    private static double subsetF1(double[] m, boolean[] y, boolean[] keep) {
        List<Double> mm = new ArrayList<>();
        List<Boolean> yy = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            if (keep[i]) {
                mm.add(m[i]);
                yy.add(y[i]);
            }
        }
        double[] a = mm.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] b = new boolean[yy.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = yy.get(i);
        }
        return TrainCheckworthiness.f1(a, b, 0);
    }
}
