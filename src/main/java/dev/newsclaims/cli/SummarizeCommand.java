package dev.newsclaims.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.process.ArticlePipeline;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.language.NameType;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.quotes.QuoteGroup;
import dev.newsclaims.quotes.QuoteGroups;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar target/summarize.jar FILE...} prints one line per file: its summary, or
 * {@code {"id", "outcome", "reason"}} when it is not an article we summarise. Files are read as bytes
 * and go through the same ingest path as S3 objects (charset detection, HTML and Markdown to text,
 * binary and language checks), their format told by the extension.
 * {@code --jsonl} reads {"id","text"[,"title"]} lines from standard input and writes exactly one line
 * per input line, in order (the format {@code ../shared/eval/score.py} reads), so batches stay aligned.
 * Articles are summarised on {@code --threads} threads (default: every processor), all sharing one
 * {@link ArticlePipeline} (the extractor and the language models are immutable); the output is the same, byte
 * for byte, as with one thread, and only a bounded window of lines is held in memory ({@link OrderedWorkers}).
 * {@code --jsonl --quotes} prints the quotations that recur across the batch's articles instead ({@link QuoteGroups}).
 */
@Command(name = "summarize", mixinStandardHelpOptions = true, version = "summarize 0.1.0",
        description = "Extracts claims, speakers, a short summary and entities from news articles.")
public final class SummarizeCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Read {\"id\",\"text\"[,\"title\"]} JSON lines from stdin, write one line per input line.")
    boolean jsonl;

    @Option(names = "--analyze", description = "With --jsonl: print the language analysis (tokens with offsets, "
            + "part of speech, name type, syntactic head) instead of summaries.")
    boolean analyze;

    @Option(names = "--quotes", description = "With --jsonl: instead of summaries, print the quotations that recur within the batch "
            + "(one JSON line per group seen in two or more articles, most appearances first): the groups the API stores, "
            + "found by the same rules.")
    boolean quotes;

    @Option(names = "--pretty", description = "Indent the JSON of file summaries.")
    boolean pretty;

    @Option(names = "--summary-words", paramLabel = "N", defaultValue = "75",
            description = "Word budget of the summary (whole sentences, at most three). Default: ${DEFAULT-VALUE}.")
    int summaryWords;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles summarised at once (output stays in input order). Default: the available processors.")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Article files (.txt, .html/.htm, .md/.markdown; any charset) to summarise.")
    List<Path> files = List.of();

    private final ObjectMapper json = new ObjectMapper();
    private ArticlePipeline pipeline;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SummarizeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (summaryWords < 1) {
            System.err.println("--summary-words must be at least 1.");
            return 2;
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            System.err.println("--threads must be at least 1.");
            return 2;
        }
        pipeline = new ArticlePipeline(new ArticleDecoder(), new Extractor(summaryWords));
        if (jsonl) {
            return runJsonLines(threadCount);
        }
        if (files.isEmpty()) {
            System.err.println("Give one or more files, or --jsonl to read JSON lines from stdin.");
            return 2;
        }
        ObjectWriter writer = pretty ? json.writerWithDefaultPrettyPrinter() : json.writer();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        var notSummarised = new int[1];
        var paths = files.iterator();
        OrderedWorkers.run(threadCount, () -> paths.hasNext() ? paths.next() : null, file -> summariseFile(writer, file), line -> {
            if (line.error() != null) {
                notSummarised[0]++;
                System.err.println(line.error());
            }
            out.println(line.json());
        });
        return notSummarised[0] == 0 ? 0 : 1;
    }

    /** One output line, and what to say on standard error when the input got no summary (else null). */
    record OutputLine(String json, String error, String id, ArticleSummary summary) {
        OutputLine(String json, String error) {
            this(json, error, null, null);
        }
    }

    private OutputLine summariseFile(ObjectWriter writer, Path file) {
        String id = file.getFileName().toString();
        ArticlePipeline.Result result;
        try {
            result = pipeline.fromBytes(id, Files.readAllBytes(file), contentType(id), id, null);
        } catch (IOException e) {
            result = new ArticlePipeline.Refused("failed", null, null, "the file could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            result = new ArticlePipeline.Refused("failed", null, null, "the extractor failed (" + e.getClass().getSimpleName() + ")");
        }
        return output(writer, id, result, file + ": ");
    }

    /** The content type a file's extension stands for, as S3 metadata or an HTTP header would declare it. */
    static String contentType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        return name.endsWith(".txt") ? "text/plain" : null;
    }

    /** A line of standard input with its number (from 1). */
    record InputLine(int number, String text) {}

    private int runJsonLines(int threadCount) throws IOException, InterruptedException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ObjectWriter writer = json.writer();
        var lineNumber = new int[1];
        var notSummarised = new int[1];
        QuoteGroups groups = quotes ? new QuoteGroups(json) : null;
        OrderedWorkers.Source<InputLine> lines = () -> {
            String text = in.readLine();
            return text == null ? null : new InputLine(++lineNumber[0], text);
        };
        OrderedWorkers.run(threadCount, lines, line -> summariseLine(writer, line), line -> {
            if (line.error() != null) {
                notSummarised[0]++;
                System.err.println(line.error());
            }
            if (groups == null) {
                out.write(line.json());
                out.write('\n');
            } else if (line.summary() != null) {
                groups.add(line.id(), line.summary());
            }
        });
        if (groups != null) {
            for (QuoteGroup group : groups.groups(2)) {
                out.write(group.fullJson(json).toString());
                out.write('\n');
            }
        }
        out.flush();
        return notSummarised[0] == 0 ? 0 : 1;
    }

    /** The output line of one input line: its summary (or analysis), or an outcome saying why there is none. */
    private OutputLine summariseLine(ObjectWriter writer, InputLine input) {
        String line = input.text();
        String id = null;
        ArticlePipeline.Result result;
        try {
            JsonNode node = line.isBlank() ? null : json.readTree(line);
            if (node == null || !node.isObject()) {
                result = malformed(line.isBlank() ? "blank line" : "not a JSON object");
            } else {
                id = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(input.number());
                if (!node.path("text").isTextual()) {
                    result = malformed("no string field \"text\"");
                } else if (analyze) {
                    return new OutputLine(analysisLine(id, node.get("text").asText()), null);
                } else {
                    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
                    result = pipeline.fromText(id, node.get("text").asText(), null, title);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            result = malformed("not JSON: " + notJson.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            result = new ArticlePipeline.Refused("failed", null, null, "the extractor failed (" + e.getClass().getSimpleName() + ")");
        }
        return output(writer, id, result, "line " + input.number() + ": ");
    }

    private static ArticlePipeline.Refused malformed(String reason) {
        return new ArticlePipeline.Refused("malformed", null, null, reason);
    }

    /**
     * One output line: the summary, or {"id", "outcome", "reason"[, "language"]} and an error message that starts
     * with {@code where}. Written on the worker thread, so serialisation runs in parallel too.
     */
    private OutputLine output(ObjectWriter writer, String id, ArticlePipeline.Result result, String where) {
        try {
            if (result instanceof ArticlePipeline.Summarized summarized) {
                if (quotes) {
                    return new OutputLine(null, null, id, summarized.summary());
                }
                return new OutputLine(writer.writeValueAsString(summarized.summary()), null);
            }
            var refused = (ArticlePipeline.Refused) result;
            ObjectNode line = json.createObjectNode();
            line.put("id", id);
            line.put("outcome", refused.outcome());
            line.put("reason", refused.reason());
            if (refused.language() != null) {
                line.put("language", refused.language());
            }
            return new OutputLine(writer.writeValueAsString(line), where + refused.outcome() + ": " + refused.reason());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {"id", "tokens": [{"start", "end", "pos", "ner", "head", "deprel"}]}; the last two when a syntax stage ran. */
    private String analysisLine(String id, String text) throws java.io.IOException {
        AnalyzedText analyzed = LanguagePipeline.standard().analyze(text);
        var buffer = new java.io.StringWriter(analyzed.size() * 60);
        try (var g = json.getFactory().createGenerator(buffer)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeArrayFieldStart("tokens");
            for (int i = 0; i < analyzed.size(); i++) {
                g.writeStartObject();
                g.writeNumberField("start", analyzed.start(i));
                g.writeNumberField("end", analyzed.end(i));
                g.writeStringField("pos", analyzed.pos(i));
                NameType type = analyzed.nameType(i);
                g.writeStringField("ner", type == null ? null : type.label());
                if (analyzed.hasSyntax()) {
                    g.writeNumberField("head", analyzed.head(i));
                    g.writeStringField("deprel", analyzed.deprel(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return buffer.toString();
    }
}
