package dev.newsclaims.language.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.perceptron.WordFeatures;
import dev.newsclaims.language.postag.PosModel;
import dev.newsclaims.language.postag.PosTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Replaces the gold tags of CoreNLP sentences by the bundled tagger's, tagging each article's gold tokens. */
final class PredictedTags {
    private PredictedTags() {
    }

    static List<TreebankReader.Sentence> retag(List<TreebankReader.Sentence> sentences, Path texts)
            throws IOException {
        Map<String, String> textById = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(texts)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    textById.put(article.path("id").asText(), article.path("text").asText());
                }
            }
        }
        PosTagger tagger = new PosTagger(PosModel.bundled());
        List<TreebankReader.Sentence> out = new ArrayList<>(sentences.size());
        int i = 0;
        int missing = 0;
        while (i < sentences.size()) {
            String id = sentences.get(i).article();
            int j = i;
            while (j < sentences.size() && sentences.get(j).article().equals(id)) {
                j++;
            }
            String text = textById.get(id);
            if (text == null) {
                missing += j - i;
                out.addAll(sentences.subList(i, j));
                i = j;
                continue;
            }
            int tokens = 0;
            for (int k = i; k < j; k++) {
                tokens += sentences.get(k).size();
            }
            int[] starts = new int[tokens];
            int[] ends = new int[tokens];
            int[] sentenceStarts = new int[j - i + 1];
            int t = 0;
            for (int k = i; k < j; k++) {
                sentenceStarts[k - i] = t;
                TreebankReader.Sentence s = sentences.get(k);
                System.arraycopy(s.starts(), 0, starts, t, s.size());
                System.arraycopy(s.ends(), 0, ends, t, s.size());
                t += s.size();
            }
            sentenceStarts[j - i] = t;
            AnalyzedText analyzed = new AnalyzedText(text, starts, ends, sentenceStarts);
            tagger.tag(analyzed, new WordFeatures(text, starts, ends));
            t = 0;
            for (int k = i; k < j; k++) {
                TreebankReader.Sentence s = sentences.get(k);
                String[] tags = new String[s.size()];
                for (int m = 0; m < tags.length; m++) {
                    tags[m] = analyzed.pos(t++);
                }
                out.add(new TreebankReader.Sentence(s.article(), s.starts(), s.ends(), s.words(), tags, s.heads(),
                        s.relations()));
            }
            i = j;
        }
        if (missing > 0) {
            System.out.printf("no text for %d sentences: kept their gold tags%n", missing);
        }
        return out;
    }
}
