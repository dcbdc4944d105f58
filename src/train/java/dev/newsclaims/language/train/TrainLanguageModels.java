package dev.newsclaims.language.train;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.lemma.LemmaModel;
import dev.newsclaims.language.lemma.Lemmatizer;
import dev.newsclaims.language.namefind.NameFeatures;
import dev.newsclaims.language.namefind.NameFinder;
import dev.newsclaims.language.namefind.NameModel;
import dev.newsclaims.language.perceptron.LongIntMap;
import dev.newsclaims.language.perceptron.WordFeatures;
import dev.newsclaims.language.postag.PosFeatures;
import dev.newsclaims.language.postag.PosModel;
import dev.newsclaims.language.postag.PosTagger;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rebuilds the language models from the CoreNLP-annotated PolNeAR articles:
 * {@code ./mvnw -Ptrain process-test-classes} (see the {@code train} profile; arguments: the shared data folder
 * and the resource folder to write). Prints the dev-set scores on the silver tokens.
 */
public final class TrainLanguageModels {

    static final int POS_ITERATIONS = 6;
    static final int NAME_ITERATIONS = 8;
    /** Averaged weights smaller than this are dropped (size against accuracy; measured in MODEL-CARD.md). */
    static final float PRUNE = Float.parseFloat(System.getProperty("train.prune", "1.0"));

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/data");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/dev/newsclaims/language");
        List<CoreNlpCorpus.Article> train = CoreNlpCorpus.read(data.resolve("polnear_train_corenlp.jsonl.gz"),
                data.resolve("polnear_train.jsonl"));
        List<CoreNlpCorpus.Article> dev = CoreNlpCorpus.read(data.resolve("polnear_dev_corenlp.jsonl.gz"),
                data.resolve("polnear_dev.jsonl"));
        System.out.printf("train %d articles, dev %d articles%n", train.size(), dev.size());
        Files.createDirectories(out);
        boolean namesOnly = args.length > 2 && args[2].equals("names");

        byte[] posBytes = namesOnly ? Files.readAllBytes(out.resolve("pos-en.bin")) : trainPos(train);
        Files.write(out.resolve("pos-en.bin"), posBytes);
        PosModel pos = PosModel.read(ByteBuffer.wrap(posBytes));
        System.out.printf("pos: %d bytes, dev accuracy %.2f%%%n", posBytes.length, 100 * posAccuracy(pos, dev));

        byte[] nameBytes = trainNames(train, pos);
        Files.write(out.resolve("names-en.bin"), nameBytes);
        NameModel names = NameModel.read(ByteBuffer.wrap(nameBytes));
        System.out.printf("names: %d bytes, dev %s%n", nameBytes.length, nameScores(names, pos, dev));
        if (namesOnly) {
            return;
        }

        byte[] lemmaBytes = trainLemmas(train);
        Files.write(out.resolve("lemmas-en.bin"), lemmaBytes);
        LemmaModel lemmas = LemmaModel.read(ByteBuffer.wrap(lemmaBytes));
        System.out.printf("lemmas: %d entries, %d bytes, dev accuracy (verbs, nouns, silver tags) %.2f%%%n",
                lemmas.size(), lemmaBytes.length, 100 * lemmaAccuracy(lemmas, dev));
    }

    // ---- part of speech ----

    static byte[] trainPos(List<CoreNlpCorpus.Article> train) throws IOException {
        TreeSet<String> tagSet = new TreeSet<>();
        Map<String, Map<String, Integer>> tagsOfWord = new HashMap<>();
        for (var a : train) {
            for (int i = 0; i < a.size(); i++) {
                tagSet.add(a.pos()[i]);
                tagsOfWord.computeIfAbsent(a.text().substring(a.starts()[i], a.ends()[i]), w -> new HashMap<>())
                        .merge(a.pos()[i], 1, Integer::sum);
            }
        }
        String[] classes = tagSet.toArray(new String[0]);
        Map<String, Integer> classOf = new HashMap<>();
        for (int c = 0; c < classes.length; c++) {
            classOf.put(classes[c], c);
        }
        // frequent words that (almost) always take one tag
        TreeMap<Long, Byte> dictionary = new TreeMap<>();
        for (var e : tagsOfWord.entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            var top = Collections.max(e.getValue().entrySet(), Map.Entry.comparingByValue());
            if (total >= 20 && top.getValue() >= 0.99 * total) {
                dictionary.put(dev.newsclaims.language.perceptron.FeatureHash.of(e.getKey()),
                        (byte) (int) classOf.get(top.getKey()));
            }
        }
        long[] dictWords = dictionary.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] dictTags = new byte[dictWords.length];
        int k = 0;
        for (byte b : dictionary.values()) {
            dictTags[k++] = b;
        }
        PosModel dictOnly = new PosModel(null, dictWords, dictTags);
        PerceptronTrainer trainer = new PerceptronTrainer(classes);
        List<CoreNlpCorpus.Article> order = new ArrayList<>(train);
        Random random = new Random(7);
        int[] features = new int[PosFeatures.MAX];
        float[] scores = new float[classes.length];
        for (int it = 0; it < POS_ITERATIONS; it++) {
            Collections.shuffle(order, random);
            long right = 0;
            long total = 0;
            for (var a : order) {
                WordFeatures w = new WordFeatures(a.text(), a.starts(), a.ends());
                int[] tags = new int[a.size()];
                int[] sents = a.sentenceStarts();
                for (int s = 0; s + 1 < sents.length; s++) {
                    for (int i = sents[s]; i < sents[s + 1]; i++) {
                        int truth = classOf.get(a.pos()[i]);
                        int guess = dictOnly.dictionaryTag(w.form[i]);
                        if (guess < 0) {
                            int prev = i > sents[s] ? tags[i - 1] : -1;
                            int prev2 = i > sents[s] + 1 ? tags[i - 2] : -1;
                            int n = PosFeatures.extract(w, i, sents[s], sents[s + 1], prev, prev2, features);
                            trainer.score(features, n, scores);
                            guess = best(scores);
                            trainer.update(features, n, truth, guess);
                        }
                        tags[i] = guess;
                        right += guess == truth ? 1 : 0;
                        total++;
                    }
                }
            }
            System.out.printf("pos iteration %d: train accuracy %.2f%%%n", it + 1, 100.0 * right / total);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            trainer.write(out, PRUNE);
            PosModel.writeDictionary(out, dictWords, dictTags);
        }
        System.out.printf("  tag dictionary: %d words%n", dictWords.length);
        return bytes.toByteArray();
    }

    static double posAccuracy(PosModel model, List<CoreNlpCorpus.Article> articles) {
        PosTagger tagger = new PosTagger(model);
        long right = 0;
        long total = 0;
        for (var a : articles) {
            AnalyzedText t = a.tokens();
            tagger.tag(t, new WordFeatures(a.text(), a.starts(), a.ends()));
            for (int i = 0; i < a.size(); i++) {
                right += t.pos(i).equals(a.pos()[i]) ? 1 : 0;
                total++;
            }
        }
        return (double) right / total;
    }

    private static int best(float[] scores) {
        int b = 0;
        for (int c = 1; c < scores.length; c++) {
            if (scores[c] > scores[b]) {
                b = c;
            }
        }
        return b;
    }

    // ---- names ----

    static final String[] NAME_CLASSES = {NameModel.OUTSIDE, "person", "organization", "place", "other"};

    /** CoreNLP's labels as name classes: numbers, dates, money and the like are not names. */
    static int nameClass(String label) {
        return switch (label) {
            case "PERSON" -> 1;
            case "ORGANIZATION" -> 2;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> 3;
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY", "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE" -> 4;
            default -> 0;
        };
    }

    static byte[] trainNames(List<CoreNlpCorpus.Article> train, PosModel pos) throws IOException {
        PosTagger tagger = new PosTagger(pos);
        Map<String, long[]> posHashes = new HashMap<>();
        for (var a : train) {
            AnalyzedText t = a.tokens();
            tagger.tag(t, new WordFeatures(a.text(), a.starts(), a.ends()));
            posHashes.put(a.id(), NameFinder.posHashes(t));
        }
        PerceptronTrainer trainer = new PerceptronTrainer(NAME_CLASSES);
        List<CoreNlpCorpus.Article> order = new ArrayList<>(train);
        Random random = new Random(11);
        int[] features = new int[NameFeatures.MAX];
        float[] scores = new float[NAME_CLASSES.length];
        for (int it = 0; it < NAME_ITERATIONS; it++) {
            Collections.shuffle(order, random);
            long right = 0;
            long total = 0;
            for (var a : order) {
                WordFeatures w = new WordFeatures(a.text(), a.starts(), a.ends());
                long[] ph = posHashes.get(a.id());
                int[] labels = new int[a.size()];
                LongIntMap memory = new LongIntMap(256);
                int[] sents = a.sentenceStarts();
                for (int s = 0; s + 1 < sents.length; s++) {
                    for (int i = sents[s]; i < sents[s + 1]; i++) {
                        int truth = nameClass(a.ner()[i]);
                        int prev = i > sents[s] ? labels[i - 1] : -1;
                        int prev2 = i > sents[s] + 1 ? labels[i - 2] : -1;
                        int n = NameFeatures.extract(w, ph, i, sents[s], sents[s + 1], prev, prev2,
                                memory.get(w.form[i], -1), features);
                        trainer.score(features, n, scores);
                        int guess = best(scores);
                        trainer.update(features, n, truth, guess);
                        labels[i] = guess;
                        if ((w.flags[i] & WordFeatures.CAPITALIZED) != 0) {
                            memory.put(w.form[i], guess);
                        }
                        right += guess == truth ? 1 : 0;
                        total++;
                    }
                }
            }
            System.out.printf("names iteration %d: train token accuracy %.2f%%%n", it + 1, 100.0 * right / total);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            trainer.write(out, PRUNE);
        }
        return bytes.toByteArray();
    }

    /** Span precision, recall and F1 over person, organisation and place runs, as the language scorer counts. */
    static String nameScores(NameModel names, PosModel pos, List<CoreNlpCorpus.Article> articles) {
        PosTagger tagger = new PosTagger(pos);
        NameFinder finder = new NameFinder(names);
        long tp = 0;
        long predicted = 0;
        long gold = 0;
        for (var a : articles) {
            AnalyzedText t = a.tokens();
            WordFeatures w = new WordFeatures(a.text(), a.starts(), a.ends());
            tagger.tag(t, w);
            finder.find(t, w);
            int[] g = new int[a.size()];
            int[] p = new int[a.size()];
            for (int i = 0; i < a.size(); i++) {
                int gc = nameClass(a.ner()[i]);
                g[i] = gc == 4 ? 0 : gc;
                var type = t.nameType(i);
                p[i] = type == null ? 0 : switch (type) {
                    case PERSON -> 1;
                    case ORGANIZATION -> 2;
                    case PLACE -> 3;
                    case OTHER -> 0;
                };
            }
            var gs = runs(g);
            var ps = runs(p);
            gold += gs.size();
            predicted += ps.size();
            for (String s : ps) {
                tp += gs.contains(s) ? 1 : 0;
            }
        }
        double prec = (double) tp / predicted;
        double rec = (double) tp / gold;
        return String.format(Locale.ROOT, "P %.1f R %.1f F1 %.1f", 100 * prec, 100 * rec,
                200 * prec * rec / (prec + rec));
    }

    static java.util.Set<String> runs(int[] labels) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < labels.length; ) {
            if (labels[i] == 0) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < labels.length && labels[j + 1] == labels[i]) {
                j++;
            }
            out.add(i + ":" + j + ":" + labels[i]);
            i = j + 1;
        }
        return out;
    }

    // ---- lemmas ----

    static byte[] trainLemmas(List<CoreNlpCorpus.Article> train) throws IOException {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (var a : train) {
            for (int i = 0; i < a.size(); i++) {
                String tag = a.pos()[i];
                if (tag.startsWith("NNP")) {
                    continue;
                }
                String lower = a.text().substring(a.starts()[i], a.ends()[i]).toLowerCase(Locale.ROOT)
                        .replace('’', '\'');
                seen.computeIfAbsent(LemmaModel.key(tag, lower), x -> new HashMap<>())
                        .merge(a.lemma()[i].replace('’', '\''), 1, Integer::sum);
            }
        }
        Map<String, String> exceptions = new TreeMap<>();
        for (var e : seen.entrySet()) {
            String key = e.getKey();
            int space = key.indexOf(' ');
            String tag = key.substring(0, space);
            String lower = key.substring(space + 1);
            String lemma = Collections.max(e.getValue().entrySet(), Map.Entry.comparingByValue()).getKey();
            if (!lemma.equals(Lemmatizer.byRule(lower, tag))) {
                exceptions.put(key, lemma);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            LemmaModel.write(out, exceptions);
        }
        return bytes.toByteArray();
    }

    static double lemmaAccuracy(LemmaModel model, List<CoreNlpCorpus.Article> articles) {
        Lemmatizer lemmatizer = new Lemmatizer(model);
        long right = 0;
        long total = 0;
        for (var a : articles) {
            for (int i = 0; i < a.size(); i++) {
                String tag = a.pos()[i];
                if (tag.startsWith("V") || tag.equals("NN") || tag.equals("NNS")) {
                    String l = lemmatizer.lemma(a.text(), a.starts()[i], a.ends()[i], tag);
                    right += l.equals(a.lemma()[i].replace('’', '\'')) ? 1 : 0;
                    total++;
                }
            }
        }
        return (double) right / total;
    }
}
