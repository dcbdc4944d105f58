package dev.newsclaims.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsclaims.local.ArticleVariants;
import dev.newsclaims.local.SummarizeCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** summarize.jar's main class run in its own JVM, as users run it. */
class SummarizeCommandTest {

    @Test
    void everyFormatAndEncodingOfAFileGivesTheSameSummary() throws Exception {
        List<ArticleVariants.Variant> variants = ArticleVariants.all();

        Map<String, JsonNode> summaries = SummarizeCli.summaries(variants);

        for (ArticleVariants.Variant v : variants) {
            JsonNode summary = summaries.get(v.fileName());
            JsonNode sameFormatInUtf8 = summaries.get(new ArticleVariants.Variant(v.format(), ArticleVariants.Encoding.UTF_8,
                    new byte[0]).fileName());
            assertThat(summary).as(v.fileName()).isEqualTo(sameFormatInUtf8);
            assertThat(summary.get("title").asText()).as(v.fileName()).isEqualTo(ArticleVariants.TITLE);
            assertThat(summary.get("language").asText()).isEqualTo("en");
            JsonNode quote = summary.get("claims").get(0);
            assertThat(quote.get("text").asText()).as(v.fileName()).isEqualTo(ArticleVariants.QUOTE);
            assertThat(quote.get("speaker").asText()).isEqualTo("Zo\u00eb Adams");
        }
    }

    @Test
    void aFileInAnotherLanguageGetsAnOutcomeLineNotAnEnglishSummary(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path french = dir.resolve("pont.txt");
        Files.writeString(french, "Le pont rouvrira en mai\n\n\u00ab Le pont rouvrira en mai \u00bb, a d\u00e9clar\u00e9 mardi la maire,"
                + " Zo\u00eb Adams, devant les journalistes. Les travaux ont co\u00fbt\u00e9 quatre millions d'euros et se sont"
                + " achev\u00e9s plus t\u00f4t que pr\u00e9vu, selon les services de la ville.", StandardCharsets.ISO_8859_1);
        Path english = dir.resolve("bridge.txt");
        Files.writeString(english, ArticleVariants.Format.TEXT.source);

        SummarizeCli.Run run = SummarizeCli.run(new byte[0], french.toString(), english.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        JsonNode outcome = run.json().get(0);
        assertThat(outcome.get("id").asText()).isEqualTo("pont.txt");
        assertThat(outcome.get("outcome").asText()).isEqualTo("unsupported_language");
        assertThat(outcome.get("language").asText()).isEqualTo("fr");
        assertThat(outcome.get("reason").asText()).contains("French");
        assertThat(run.json().get(1).get("title").asText()).isEqualTo(ArticleVariants.TITLE);
    }

    @Test
    void jsonLinesYieldOneOutputLinePerInputLineInOrder() throws Exception {
        String french = "Le maire a d\u00e9clar\u00e9 mardi que le pont sera rouvert au mois de mai, apr\u00e8s des travaux qui"
                + " ont dur\u00e9 plus d'un an et co\u00fbt\u00e9 quatre millions d'euros selon les services de la ville.";
        String input = String.join("\n",
                "{\"id\": \"a\", \"text\": \"Mayor Zo\u00eb Adams said on Tuesday that the bridge will reopen in May.\"}",
                "",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"title\": \"no text\"}",
                "{\"id\": \"d\", \"text\": \"" + french + "\"}",
                "[1, 2]",
                "{\"id\": \"e\", \"text\": \"   \"}",
                "{\"id\": \"f\", \"text\": \"The council said the budget is balanced, the mayor told reporters.\"}") + "\n";

        SummarizeCli.Run run = SummarizeCli.run(input.getBytes(StandardCharsets.UTF_8), "--jsonl");

        List<JsonNode> out = run.json();
        assertThat(out).hasSize(8);
        assertThat(out).extracting(n -> n.path("id").isNull() ? null : n.path("id").asText())
                .containsExactly("a", null, null, "c", "d", null, "e", "f");
        assertThat(out).extracting(n -> n.path("outcome").asText(null))
                .containsExactly(null, "malformed", "malformed", "malformed", "unsupported_language", "malformed", "empty", null);
        assertThat(out.get(0).get("claims").get(0).get("speaker").asText()).isEqualTo("Zo\u00eb Adams");
        assertThat(out.get(4).get("language").asText()).isEqualTo("fr");
        assertThat(out.get(7).get("language").asText()).isEqualTo("en");
        assertThat(out).allSatisfy(n -> assertThat(n.has("outcome") ? n.get("reason").asText() : "summary").isNotBlank());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void analyzeGivesEveryTokenAHeadFromTheParser() throws Exception {
        SummarizeCli.Run run = SummarizeCli.run(SummarizeCli.ANALYZE_INPUT.getBytes(StandardCharsets.UTF_8), "--jsonl", "--analyze");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.json()).hasSize(1);
        SummarizeCli.assertParsedIntoTwoSentenceTrees(run.json().get(0));
    }
}
