package dev.newsclaims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line run as its users run it: a separate JVM, arguments, standard input and output. */
public final class SummarizeCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummarizeCli() {}

    /** What one run printed (also as the bytes written), and its exit code. */
    public record Run(int exitCode, List<String> lines, String stderr, byte[] stdout) {
        public List<JsonNode> json() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : lines) {
                try {
                    nodes.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
            return nodes;
        }
    }

    /**
     * Each variant written to a file named for its format and encoding, all summarised in one run: the
     * command line's summary per file name, without {@code id} and {@code source} (which name the entry point).
     */
    public static java.util.Map<String, JsonNode> summaries(List<ArticleVariants.Variant> variants)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("variants");
        List<String> args = new ArrayList<>();
        for (ArticleVariants.Variant v : variants) {
            Files.write(dir.resolve(v.fileName()), v.bytes());
            args.add(dir.resolve(v.fileName()).toString());
        }
        Run run = run(new byte[0], args.toArray(String[]::new));
        if (run.lines().size() != variants.size()) {
            throw new AssertionError("one line per file expected: " + run);
        }
        java.util.Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            byName.put(variants.get(i).fileName(), withoutIdAndSource(run.json().get(i)));
        }
        return byName;
    }

    /**
     * A summary without the fields that depend on where it came from: its id and source, and the quotation groups
     * of its claims ({@code quoteId}, given when it is stored, after what the store already holds).
     */
    public static JsonNode withoutIdAndSource(JsonNode summary) {
        var copy = summary.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("id");
            object.remove("source");
            object.path("claims").forEach(c -> {
                if (c instanceof com.fasterxml.jackson.databind.node.ObjectNode claim) {
                    claim.remove("quoteId");
                }
            });
        }
        return copy;
    }

    public static Run run(byte[] stdin, String... args) throws IOException, InterruptedException {
        return launch(List.of("-cp", System.getProperty("java.class.path"), "dev.newsclaims.cli.SummarizeCommand"), stdin, args);
    }

    /** The built jar itself (target/summarize.jar), run with {@code java -jar}. */
    public static Run runJar(Path jar, byte[] stdin, String... args) throws IOException, InterruptedException {
        return launch(List.of("-jar", jar.toString()), stdin, args);
    }

    private static Run launch(List<String> entryPoint, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(entryPoint);
        command.addAll(List.of(args));
        File err = File.createTempFile("summarize", ".err");
        // Standard input from a file: the command may write output before it has read all its input.
        File in = File.createTempFile("summarize", ".in");
        try {
            Files.write(in.toPath(), stdin);
            Process process = new ProcessBuilder(command).redirectError(err).redirectInput(in).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("summarize did not finish");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            return new Run(process.exitValue(), text.lines().toList(), Files.readString(err.toPath()), out);
        } finally {
            err.delete();
            in.delete();
        }
    }

    /**
     * Two made-up sentences for {@code --jsonl --analyze}, and the check of its line: every token has a head and a
     * relation, the heads form a tree per sentence (no token is its own ancestor), and each sentence's one root is
     * its verb.
     */
    public static final String ANALYZE_INPUT = "{\"id\": \"p\", \"text\": \"The harbour master said the ferry will sail"
            + " at noon. Fishermen repaired their nets on the quay.\"}\n";

    public static void assertParsedIntoTwoSentenceTrees(JsonNode analysis) {
        JsonNode tokens = analysis.get("tokens");
        org.assertj.core.api.Assertions.assertThat(tokens.size()).as(analysis.toString()).isGreaterThan(10);
        int roots = 0;
        for (int i = 0; i < tokens.size(); i++) {
            JsonNode token = tokens.get(i);
            org.assertj.core.api.Assertions.assertThat(token.hasNonNull("head")).as("token %d has a head", i).isTrue();
            org.assertj.core.api.Assertions.assertThat(token.path("deprel").asText()).as("token %d", i).isNotBlank();
            int steps = 0;
            for (int h = token.get("head").asInt(); h >= 0; h = tokens.get(h).get("head").asInt()) {
                org.assertj.core.api.Assertions.assertThat(h).isLessThan(tokens.size());
                org.assertj.core.api.Assertions.assertThat(++steps).as("token %d reaches a root", i).isLessThan(tokens.size());
            }
            if (token.get("head").asInt() < 0) {
                roots++;
                org.assertj.core.api.Assertions.assertThat(token.get("pos").asText()).as("root %d", i).startsWith("VB");
            }
        }
        org.assertj.core.api.Assertions.assertThat(roots).as("one root per sentence").isEqualTo(2);
    }
}
