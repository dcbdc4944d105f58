package dev.newsclaims.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.local.ArticleMix;
import dev.newsclaims.local.SummarizeCli;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summarize.jar on several threads prints exactly what it prints on one, byte for byte, standard error and exit code
 * included, with bad inputs among many good ones: each bad input gets its own line in its place.
 */
class ParallelRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRENCH = "Le maire a d\u00e9clar\u00e9 mardi que le pont sera rouvert au mois de mai, apr\u00e8s des"
            + " travaux qui ont dur\u00e9 plus d'un an et co\u00fbt\u00e9 quatre millions d'euros selon les services de la ville.";

    /** A bad line and the outcome its output line must have. */
    private record Bad(byte[] line, String outcome) {
        Bad(String line, String outcome) {
            this(line.getBytes(StandardCharsets.UTF_8), outcome);
        }
    }

    private static final List<Bad> BAD_LINES = List.of(
            new Bad("", "malformed"),
            new Bad("{\"id\": \"cut\", \"text\": \"The minister said", "malformed"),
            new Bad("[1, 2]", "malformed"),
            new Bad("{\"id\": \"no-text\", \"title\": \"A title\"}", "malformed"),
            new Bad("{\"id\": \"number\", \"text\": 42}", "malformed"),
            new Bad(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0x1A, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, '(', 0}, "malformed"),
            new Bad("{\"id\": \"fr\", \"text\": \"" + FRENCH + "\"}", "unsupported_language"),
            new Bad("{\"id\": \"blank\", \"text\": \" \\n \"}", "empty"),
            // Windows-1252 bytes where UTF-8 was promised: decoded with replacement characters, still an article.
            new Bad(("{\"id\": \"latin1\", \"text\": \"The caf\u00e9 owner said the rent had doubled since March, the"
                    + " council told reporters.\"}").getBytes(StandardCharsets.ISO_8859_1), null));

    @Test
    void jsonLinesOnSeveralThreadsMatchOneThreadByteForByte() throws Exception {
        List<ArticleMix.Article> articles = ArticleMix.articles(300, 7);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        List<String> expectedIds = new ArrayList<>();
        List<String> expectedOutcomes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (i % 11 == 5) {
                Bad bad = BAD_LINES.get(i / 11 % BAD_LINES.size());
                input.write(bad.line());
                input.write('\n');
                expectedOutcomes.add(bad.outcome());
                expectedIds.add(null);
            }
            ArticleMix.Article a = articles.get(i);
            ObjectNode line = JSON.createObjectNode();
            if (i % 9 != 4) { // some lines without an id: their line number stands in
                line.put("id", a.name());
            }
            line.put("text", a.text());
            if (i % 5 == 2) {
                line.put("title", "Given title " + i);
            }
            input.write(JSON.writeValueAsBytes(line));
            input.write('\n');
            expectedOutcomes.add(null);
            expectedIds.add(i % 9 != 4 ? a.name() : String.valueOf(expectedIds.size() + 1));
        }
        byte[] stdin = input.toByteArray();

        SummarizeCli.Run one = SummarizeCli.run(stdin, "--jsonl", "--threads", "1");
        SummarizeCli.Run four = SummarizeCli.run(stdin, "--jsonl", "--threads", "4");
        SummarizeCli.Run byDefault = SummarizeCli.run(stdin, "--jsonl");

        List<JsonNode> out = one.json();
        assertThat(out).hasSize(expectedIds.size());
        for (int i = 0; i < out.size(); i++) {
            JsonNode n = out.get(i);
            assertThat(n.path("outcome").asText(null)).as("line %d", i + 1).isEqualTo(expectedOutcomes.get(i));
            if (expectedIds.get(i) != null) {
                assertThat(n.get("id").asText()).as("line %d", i + 1).isEqualTo(expectedIds.get(i));
            }
        }
        assertThat(out).filteredOn(n -> !n.has("outcome")).allSatisfy(n -> assertThat(n.get("summary")).isNotEmpty());
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(messages(one, "line ")).hasSize((int) expectedOutcomes.stream()
                .filter(o -> o != null).count());
        for (SummarizeCli.Run parallel : List.of(four, byDefault)) {
            assertThat(parallel.stdout()).isEqualTo(one.stdout());
            assertThat(messages(parallel, "line ")).isEqualTo(messages(one, "line "));
            assertThat(parallel.exitCode()).isEqualTo(one.exitCode());
        }
    }

    @Test
    void filesOnSeveralThreadsMatchOneThreadByteForByte(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>();
        for (ArticleMix.Article a : ArticleMix.articles(40, 3)) {
            args.add(Files.write(dir.resolve(a.name()), a.bytes()).toString());
            if (args.size() == 7) {
                args.add(Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
                    0, 0, 0, 13, 'I', 'H', 'D', 'R'}).toString());
                args.add(dir.resolve("missing.txt").toString());
                args.add(Files.writeString(dir.resolve("pont.txt"), FRENCH, StandardCharsets.ISO_8859_1).toString());
                args.add(Files.write(dir.resolve("empty.md"), new byte[0]).toString());
            }
        }

        SummarizeCli.Run one = SummarizeCli.run(new byte[0], withThreads("1", args));
        SummarizeCli.Run three = SummarizeCli.run(new byte[0], withThreads("3", args));

        assertThat(one.json()).extracting(n -> n.get("id").asText())
                .containsExactlyElementsOf(args.stream().map(a -> Path.of(a).getFileName().toString()).toList());
        assertThat(one.json().subList(7, 11)).extracting(n -> n.get("outcome").asText())
                .containsExactly("unsupported", "failed", "unsupported_language", "empty");
        assertThat(messages(one, dir.toString())).hasSize(4);
        assertThat(three.stdout()).isEqualTo(one.stdout());
        assertThat(messages(three, dir.toString())).isEqualTo(messages(one, dir.toString()));
        assertThat(three.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
    }

    /**
     * The command's own messages on standard error, in order (the test class path adds a time-stamped warning of its
     * logging library, which summarize.jar does not have).
     */
    private static List<String> messages(SummarizeCli.Run run, String prefix) {
        return run.stderr().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    private static String[] withThreads(String threads, List<String> files) {
        List<String> args = new ArrayList<>(List.of("--threads", threads));
        args.addAll(files);
        return args.toArray(String[]::new);
    }
}
