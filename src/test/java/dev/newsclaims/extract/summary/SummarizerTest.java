package dev.newsclaims.extract.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.entities.EntityFinder;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.model.Speaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SummarizerTest {

    private static List<String> summarize(String text, String hint, int max) {
        TextDocument doc = TextDocument.of(text);
        return new Summarizer(max, Summarizer.DEFAULT_MAX_WORDS).summarize(doc, HeadlineParser.parse(doc, hint));
    }

    @Test
    void sampleArticleSummaryIsVerbatimBodyInOrder() throws Exception {
        String text = Files.readString(Path.of("events/articles/nato-eastern-europe.txt"));
        List<String> summary = summarize(text, null, 3);
        assertThat(summary).isNotEmpty();
        assertThat(words(summary)).isLessThanOrEqualTo(Summarizer.DEFAULT_MAX_WORDS);
        int previous = -1;
        for (String sentence : summary) {
            int at = text.indexOf(sentence);
            assertThat(at).as(sentence).isGreaterThan(previous);
            previous = at;
            assertThat(sentence).doesNotContain("BRUSSELS").doesNotContain("declares its readiness");
        }
        assertThat(summary.get(0)).startsWith("NATO is ready to strengthen");
    }

    /** A thread reuses its vocabulary's table from article to article: no summary depends on the articles before it. */
    @Test
    @Timeout(60)
    void summaryDoesNotDependOnTheArticlesBefore() throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of("events/articles"))) {
            for (Path p : files.sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add("Short note\n\nThe mayor said the bridge would reopen. Residents welcomed the news on Monday.");
        List<List<String>> forward = new java.util.ArrayList<>();
        for (String text : texts) {
            forward.add(summarize(text, null, 3));
        }
        for (int k = texts.size() - 1; k >= 0; k--) {
            assertThat(summarize(texts.get(k), null, 3)).isEqualTo(forward.get(k));
        }
        assertThat(forward).allSatisfy(summary -> assertThat(summary).isNotEmpty());
    }

    @Test
    void neverReturnsTitleOrDateline() {
        String text = "Council approves new budget\n\nLONDON (Reuters) - The city council approved a new budget on Tuesday "
                + "after months of debate over spending on schools and roads.\n\nThe budget raises spending on schools.";
        List<String> summary = summarize(text, null, 3);
        assertThat(summary).containsExactly(
                "The city council approved a new budget on Tuesday after months of debate over spending on schools and roads.",
                "The budget raises spending on schools.");
    }

    @Test
    void prefersCentralInformativeSentencesOverAsides() {
        String text = """
                The government announced a new railway plan on Monday to link the northern cities with the capital.

                The railway plan will cost 40 billion pounds and the new railway line should open in 2030, the government said.

                It was raining.

                Critics of the railway plan said the cost of the line to the northern cities was too high for taxpayers.

                Photos: Reuters.

                The minister will present the railway plan and its cost to parliament next week.
                """;
        List<String> summary = summarize(text, "Railway plan for northern cities", 3);
        assertThat(summary).hasSize(3).noneMatch(s -> s.equals("It was raining.") || s.startsWith("Photos"));
    }

    @Test
    void fewerSentencesThanAskedAndEmptyText() {
        assertThat(summarize("One short article about the harbour opening today.", null, 3))
                .containsExactly("One short article about the harbour opening today.");
        assertThat(summarize("", null, 3)).isEmpty();
        assertThat(summarize("Some text here.", null, 0)).isEmpty();
    }

    /** A megabyte of text: bounded work (the timeout only catches a runaway, it measures nothing). */
    @Test
    @Timeout(60)
    void hugeInputStaysBoundedAndDeterministic() {
        StringBuilder text = new StringBuilder("Big report\n\n");
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Sentence number ").append(i).append(" says the harbour authority will spend ")
                    .append(i % 97).append(" million on dredging works. ");
            if (i % 5 == 4) {
                text.append("\n\n");
            }
        }
        String s = text.toString();
        List<String> first = summarize(s, null, 3);
        assertThat(first).hasSize(3).allMatch(s::contains);
        assertThat(summarize(s, null, 3)).isEqualTo(first);
    }

    @Test
    @Timeout(120)
    void hugeAdversarialInputsFinish() {
        for (String text : new String[] {"Abc Def Ghi Ministry ".repeat(50_000), "x".repeat(1_000_000),
                "A. B. C. Mr. ".repeat(80_000), "\"Yes,\" he said. ".repeat(60_000), "WASHINGTON ".repeat(90_000)}) {
            TextDocument doc = TextDocument.of(text);
            Headline headline = HeadlineParser.parse(doc, null);
            assertThat(new Summarizer().summarize(doc, headline)).allMatch(text::contains);
            assertThat(new EntityFinder().find(doc, headline, List.of()).size()).isLessThanOrEqualTo(EntityFinder.MAX_ENTITIES);
        }
    }

    /** The three stages of this role never throw, and every summary sentence is cut verbatim from the text. */
    @Test
    void stagesNeverThrowAndSummaryIsVerbatim() {
        qt().withExamples(300).forAll(newsLikeText(), titles()).checkAssert((text, hintOrEmpty) -> {
            String hint = hintOrEmpty.orElse(null);
            TextDocument doc = TextDocument.of(text);
            Headline headline = HeadlineParser.parse(doc, hint);
            assertThat(headline.bodyStart()).isBetween(0, text.length());
            List<String> summary = new Summarizer().summarize(doc, headline);
            assertThat(summary.size()).isLessThanOrEqualTo(3);
            int previous = -1;
            for (String sentence : summary) {
                int at = text.indexOf(sentence, previous + 1);
                assertThat(at).as("verbatim, in article order: " + sentence).isGreaterThan(previous);
                previous = at;
                assertThat(sentence).isNotBlank();
            }
            if (summary.size() > 1) {
                assertThat(words(summary)).isLessThanOrEqualTo(Summarizer.DEFAULT_MAX_WORDS);
            }
            List<Speaker> speakers = List.of(new Speaker("Jane Smith", null, null, "person", 1));
            assertThat(new EntityFinder().find(doc, headline, speakers)).allSatisfy(e -> {
                assertThat(e.count()).isPositive();
                assertThat(e.type()).isIn("person", "organization", "place");
            });
        });
    }

    private static int words(List<String> sentences) {
        return sentences.stream().mapToInt(s -> SummaryCandidates.countWords(s, new Span(0, s.length()))).sum();
    }

    private static Gen<String> newsLikeText() {
        Gen<String> pieces = Generate.oneOf(
                Generate.pick(List.of("WASHINGTON (Reuters) - ", "BRUSSELS, 8 Dec – RIA Novosti, Alexander Shishlo. ",
                        "By JANE SMITH\n\n", "LONDON — ", "(AP) -- ", "Mr. ", "U.S. ", "Jane Smith said ", "NATO ",
                        "the ministry ", "\"Quote,\" ", "“So", "” he said. ", ". ", "? ", "\n", "\r\n", "\n\n", " ",
                        "Ministry of Defence ", "in Warsaw ", "of ", "'s ", "’s ", "…", "—", "-", "(", ")", "St. ", "A. ",
                        "READ MORE: ", "Article continues below\n\n", "(Photo by Jane Smith/Getty Images)", "Related: ",
                        "He ", "But ", "That's why ", "However, ", "It ", "\"", "«", "»")),
                strings().allPossible().ofLengthBetween(0, 12),
                strings().betweenCodePoints('A', 'z').ofLengthBetween(0, 8).map(s -> s + " "));
        return lists().of(pieces).ofSizeBetween(0, 60).map(list -> String.join("", list));
    }

    private static Gen<java.util.Optional<String>> titles() {
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 20), Generate.pick(List.of("Title", "NATO ready", "")))
                .toOptionals(25);
    }
}
