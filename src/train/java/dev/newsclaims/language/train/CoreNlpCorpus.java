package dev.newsclaims.language.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.language.AnalyzedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Articles annotated by Stanford CoreNLP ({"id", "sentences": [{"tokens": [[start, end, word, lemma, pos, ner, head,
 * deprel], ...]}]}) joined with their text from the matching article file, read in place.
 */
public final class CoreNlpCorpus {

    /** One article: its text and, per token, the silver annotation. */
    public record Article(String id, String text, int[] starts, int[] ends, int[] sentenceStarts, String[] pos,
            String[] lemma, String[] ner, int[] head, String[] deprel) {

        public int size() {
            return starts.length;
        }

        /** The article with the silver tokens and sentences, no other layer. */
        public AnalyzedText tokens() {
            return new AnalyzedText(text, starts, ends, sentenceStarts);
        }
    }

    private CoreNlpCorpus() {
    }

    public static List<Article> read(Path corenlpGz, Path articlesJsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(articlesJsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    texts.put(node.get("id").asText(), node.get("text").asText());
                }
            }
        }
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corenlpGz), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String id = node.get("id").asText();
                String text = texts.get(id);
                if (text == null) {
                    continue;
                }
                int n = 0;
                for (JsonNode s : node.get("sentences")) {
                    n += s.get("tokens").size();
                }
                int[] starts = new int[n];
                int[] ends = new int[n];
                String[] pos = new String[n];
                String[] lemma = new String[n];
                String[] ner = new String[n];
                int[] head = new int[n];
                String[] deprel = new String[n];
                int[] sentenceStarts = new int[node.get("sentences").size() + 1];
                int i = 0;
                int s = 0;
                for (JsonNode sentence : node.get("sentences")) {
                    int first = i;
                    sentenceStarts[s++] = first;
                    for (JsonNode t : sentence.get("tokens")) {
                        starts[i] = t.get(0).asInt();
                        ends[i] = t.get(1).asInt();
                        lemma[i] = t.get(3).asText();
                        pos[i] = t.get(4).asText();
                        ner[i] = t.get(5).asText();
                        int h = t.get(6).asInt();
                        head[i] = h == 0 ? -1 : first + h - 1;
                        deprel[i] = t.get(7).asText();
                        i++;
                    }
                }
                sentenceStarts[s] = n;
                out.add(new Article(id, text, starts, ends, sentenceStarts, pos, lemma, ner, head, deprel));
            }
        }
        return out;
    }
}
