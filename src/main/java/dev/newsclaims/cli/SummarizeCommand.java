package dev.newsclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar target/summarize.jar FILE...} prints one summary per file;
 * {@code --jsonl} reads {"id","text"[,"title"]} lines from standard input and writes one summary per line
 * (the format {@code ../shared/eval/score.py} reads).
 */
@Command(name = "summarize", mixinStandardHelpOptions = true, version = "summarize 0.1.0",
        description = "Extracts claims, speakers, a short summary and entities from news articles.")
public final class SummarizeCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Read {\"id\",\"text\"} JSON lines from stdin, write one summary per line.")
    boolean jsonl;

    @Option(names = "--pretty", description = "Indent the JSON of file summaries.")
    boolean pretty;

    @Option(names = "--summary-words", paramLabel = "N", defaultValue = "75",
            description = "Word budget of the summary (whole sentences, at most three). Default: ${DEFAULT-VALUE}.")
    int summaryWords;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files to summarise.")
    List<Path> files = List.of();

    private final ObjectMapper json = new ObjectMapper();
    private Extractor extractor;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SummarizeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (summaryWords < 1) {
            System.err.println("--summary-words must be at least 1.");
            return 2;
        }
        extractor = new Extractor(summaryWords);
        if (jsonl) {
            return runJsonLines();
        }
        if (files.isEmpty()) {
            System.err.println("Give one or more files, or --jsonl to read JSON lines from stdin.");
            return 2;
        }
        var writer = pretty ? json.writerWithDefaultPrettyPrinter() : json.writer();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        int failures = 0;
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ArticleSummary summary = extractor.extract(file.getFileName().toString(), text, null);
                out.println(writer.writeValueAsString(summary));
            } catch (Exception e) {
                failures++;
                System.err.println(file + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private int runJsonLines() throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int lineNumber = 0;
        int failures = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (Exception e) {
                failures++;
                System.err.println("line " + lineNumber + ": not JSON: " + e.getMessage());
                continue;
            }
            String id = node.path("id").asText(String.valueOf(lineNumber));
            String text = node.path("text").asText("");
            String title = node.hasNonNull("title") ? node.get("title").asText() : null;
            ArticleSummary summary = extractor.extract(id, text, title);
            out.write(json.writeValueAsString(summary));
            out.newLine();
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
