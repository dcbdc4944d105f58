package dev.newsclaims.language.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoreNLP-annotated articles (gzipped JSON lines: per sentence tokens
 * {@code [start, end, word, lemma, pos, ner, head, deprel]}, head 1-based, 0 = root) in place.
 */
final class TreebankReader {
    /** One sentence: surface words, tags, gold heads (1-based, 0 = root) and relation names, index 0 unused. */
    record Sentence(String article, int[] starts, int[] ends, String[] words, String[] tags, int[] heads,
            String[] relations) {
        int size() {
            return words.length;
        }
    }

    private TreebankReader() {
    }

    static List<Sentence> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                String id = article.path("id").asText();
                for (JsonNode sentence : article.path("sentences")) {
                    JsonNode tokens = sentence.path("tokens");
                    int n = tokens.size();
                    int[] starts = new int[n];
                    int[] ends = new int[n];
                    String[] words = new String[n];
                    String[] tags = new String[n];
                    int[] heads = new int[n + 1];
                    String[] relations = new String[n + 1];
                    heads[0] = -1;
                    for (int i = 0; i < n; i++) {
                        JsonNode t = tokens.get(i);
                        starts[i] = t.get(0).asInt();
                        ends[i] = t.get(1).asInt();
                        words[i] = surface(t.get(2).asText());
                        tags[i] = t.get(4).asText();
                        heads[i + 1] = t.get(6).asInt();
                        relations[i + 1] = t.get(7).asText();
                    }
                    if (n > 0) {
                        out.add(new Sentence(id, starts, ends, words, tags, heads, relations));
                    }
                }
            }
        }
        return out;
    }

    /** CoreNLP's normalised brackets and quotes back to the characters a tokenizer sees. */
    static String surface(String word) {
        return switch (word) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            case "``" -> "\"";
            case "''" -> "\"";
            default -> word;
        };
    }
}
