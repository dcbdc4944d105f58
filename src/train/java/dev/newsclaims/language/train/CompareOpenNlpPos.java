package dev.newsclaims.language.train;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.perceptron.PerceptronModel;
import dev.newsclaims.language.perceptron.WordFeatures;
import dev.newsclaims.language.postag.PosModel;
import dev.newsclaims.language.postag.PosTagger;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Compares the bundled part-of-speech tagger with Apache OpenNLP's pretrained English model (Universal POS, trained
 * on UD English-EWT) on the dev articles with the silver tokens and sentences: accuracy on the coarse classes (both
 * mapped to UPOS as the language scorer maps Penn tags, with AUX/VERB and SCONJ/ADP merged), tokens per second and
 * load time. {@code ./mvnw -Ptrain process-test-classes -Dtrain.main=dev.newsclaims.language.train.CompareOpenNlpPos}
 */
public final class CompareOpenNlpPos {

    static final Map<String, String> PTB_TO_UPOS = Map.ofEntries(Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"),
            Map.entry("DT", "DET"), Map.entry("EX", "PRON"), Map.entry("FW", "X"), Map.entry("IN", "ADP"),
            Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"), Map.entry("LS", "X"),
            Map.entry("MD", "AUX"), Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"),
            Map.entry("NNPS", "PROPN"), Map.entry("PDT", "DET"), Map.entry("POS", "PART"), Map.entry("PRP", "PRON"),
            Map.entry("PRP$", "PRON"), Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"),
            Map.entry("RP", "ADP"), Map.entry("SYM", "SYM"), Map.entry("TO", "PART"), Map.entry("UH", "INTJ"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("WDT", "PRON"), Map.entry("WP", "PRON"),
            Map.entry("WP$", "PRON"), Map.entry("WRB", "ADV"));

    static String upos(String ptb) {
        String u = PTB_TO_UPOS.get(ptb);
        if (u == null) {
            u = Character.isLetter(ptb.charAt(0)) ? "X" : "PUNCT";
        }
        return merged(u);
    }

    /** Distinctions Penn tags do not make are compared as one class. */
    static String merged(String upos) {
        return switch (upos) {
            case "AUX" -> "VERB";
            case "SCONJ" -> "ADP";
            default -> upos;
        };
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/data");
        List<CoreNlpCorpus.Article> dev = CoreNlpCorpus.read(data.resolve("polnear_dev_corenlp.jsonl.gz"),
                data.resolve("polnear_dev.jsonl"));

        long t0 = System.nanoTime();
        POSModel openNlpModel;
        try (InputStream in = CompareOpenNlpPos.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            openNlpModel = new POSModel(in);
        }
        POSTaggerME openNlp = new POSTaggerME(openNlpModel);
        long openNlpLoad = System.nanoTime() - t0;

        t0 = System.nanoTime();
        PosModel ours = PosModel.read(PerceptronModel.resource(PosModel.class, PosModel.RESOURCE));
        PosTagger tagger = new PosTagger(ours);
        long oursLoad = System.nanoTime() - t0;

        long tokens = 0;
        long openNlpRight = 0;
        long oursRight = 0;
        long oursPennRight = 0;
        for (var a : dev) {
            AnalyzedText t = a.tokens();
            tagger.tag(t, new WordFeatures(a.text(), a.starts(), a.ends()));
            for (int s = 0; s < t.sentenceCount(); s++) {
                int from = t.sentenceStart(s);
                int to = t.sentenceEnd(s);
                String[] words = new String[to - from];
                for (int i = from; i < to; i++) {
                    words[i - from] = t.word(i);
                }
                String[] tags = openNlp.tag(words);
                for (int i = from; i < to; i++) {
                    String gold = upos(a.pos()[i]);
                    openNlpRight += merged(tags[i - from]).equals(gold) ? 1 : 0;
                    oursRight += upos(t.pos(i)).equals(gold) ? 1 : 0;
                    oursPennRight += t.pos(i).equals(a.pos()[i]) ? 1 : 0;
                    tokens++;
                }
            }
        }
        // speed: best of five passes over dev each, tagging only (tokens and sentences given)
        double openNlpRate = 0;
        double oursRate = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (var a : dev) {
                for (int s = 0; s + 1 < a.sentenceStarts().length; s++) {
                    int from = a.sentenceStarts()[s];
                    int to = a.sentenceStarts()[s + 1];
                    String[] words = new String[to - from];
                    for (int i = from; i < to; i++) {
                        words[i - from] = a.text().substring(a.starts()[i], a.ends()[i]);
                    }
                    openNlp.tag(words);
                }
            }
            openNlpRate = Math.max(openNlpRate, tokens / ((System.nanoTime() - start) / 1e9));
            start = System.nanoTime();
            for (var a : dev) {
                AnalyzedText t = a.tokens();
                tagger.tag(t, new WordFeatures(a.text(), a.starts(), a.ends()));
            }
            oursRate = Math.max(oursRate, tokens / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf(Locale.ROOT, "dev tokens %d (silver tokens and sentences)%n", tokens);
        System.out.printf(Locale.ROOT, "OpenNLP en-ud-ewt 1.3: coarse UPOS accuracy %.2f%%, %.0f tokens/s, "
                + "load %.0f ms (this JVM, first model read)%n", 100.0 * openNlpRight / tokens, openNlpRate,
                openNlpLoad / 1e6);
        System.out.printf(Locale.ROOT, "perceptron (ours):      coarse UPOS accuracy %.2f%%, Penn accuracy %.2f%%, "
                + "%.0f tokens/s, load %.0f ms%n", 100.0 * oursRight / tokens, 100.0 * oursPennRight / tokens,
                oursRate, oursLoad / 1e6);
    }
}
