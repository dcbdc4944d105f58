package dev.newsclaims.extract.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word budget, whole sentences, and sentences that cannot stand alone. */
class SummaryBudgetTest {

    private static List<String> summarize(String text, int maxSentences, int maxWords) {
        TextDocument doc = TextDocument.of(text);
        return new Summarizer(maxSentences, maxWords).summarize(doc, HeadlineParser.parse(doc, null));
    }

    private static int words(List<String> sentences) {
        return sentences.stream().mapToInt(s -> SummaryCandidates.countWords(s, new Span(0, s.length()))).sum();
    }

    private static final String FLOODS = """
            Floods close roads across the valley

            Heavy rain flooded roads and farmland across the river valley on Sunday, and the regional council closed twelve roads until the water recedes.

            The river rose two metres in six hours, the highest level since records began at the old mill gauge in 1952, according to the council's engineers.

            Farmers moved cattle to higher ground as the water spread across the fields of the lower valley.

            The council said the roads would reopen once engineers had inspected the bridges.

            Forecasters expect more rain on Wednesday.
            """;

    @Test
    void staysWithinTheWordBudgetWithWholeSentences() {
        for (int budget : new int[] {12, 20, 30, 45, 60, 75, 120}) {
            List<String> summary = summarize(FLOODS, 3, budget);
            assertThat(summary).as("budget " + budget).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(words(summary)).as("budget " + budget).isLessThanOrEqualTo(budget);
            for (String sentence : summary) {
                assertThat(TextDocument.of(FLOODS).sentences()).as(sentence)
                        .anyMatch(s -> s.of(FLOODS).equals(sentence)); // a whole sentence of the article
            }
        }
        assertThat(summarize(FLOODS, 3, 12)).containsExactly("Forecasters expect more rain on Wednesday.");
        assertThat(words(summarize(FLOODS, 3, 120))).isGreaterThan(words(summarize(FLOODS, 3, 45)));
    }

    @Test
    void theLeadStoryComesFirstWhenTheBudgetAllowsIt() {
        assertThat(summarize(FLOODS, 3, 75)).first().asString().startsWith("Heavy rain flooded roads");
    }

    @Test
    void whenNoSentenceFitsOneSentenceIsBetterThanNone() {
        List<String> summary = summarize(FLOODS, 3, 5);
        assertThat(summary).hasSize(1);
        assertThat(FLOODS).contains(summary.get(0));
    }

    @Test
    void zeroSentencesMeansNoSummary() {
        assertThat(summarize(FLOODS, 0, 75)).isEmpty();
        assertThat(summarize("", 3, 75)).isEmpty();
    }

    private static final String MINISTER = """
            Minister resigns over housing report

            Housing minister Clara Hoffmann resigned on Thursday after an inquiry found that her department had ignored warnings about unsafe cladding.

            She said she accepted full responsibility for the failures described in the inquiry report and apologised to the families affected.

            But opposition leaders said the resignation came years too late for the residents of the towers, many of whom still live in temporary homes.

            That's why the tenants' association will go ahead with its court case against the department, its chair said.

            The inquiry report found that officials had received at least nine warnings about unsafe cladding between 2017 and 2020.
            """;

    @Test
    void aSentenceThatPointsBackComesOnlyWithItsPredecessor() {
        for (int budget : new int[] {30, 45, 60, 75, 90, 150}) {
            List<String> summary = summarize(MINISTER, 3, budget);
            List<Span> body = TextDocument.of(MINISTER).sentences();
            for (String sentence : summary) {
                if (sentence.startsWith("She ") || sentence.startsWith("But ") || sentence.startsWith("That's why")) {
                    int at = indexOf(body, sentence);
                    assertThat(summary).as("budget " + budget).contains(body.get(at - 1).of(MINISTER));
                }
            }
        }
    }

    private static final String STORM = """
            Storm damages sea wall in coastal town

            A winter storm damaged the sea wall and dozens of boats in the coastal town of Marby on Saturday night.

            Fire crews worked through the night.

            They rescued six people from flooded homes behind the damaged sea wall as the storm pushed water into the town.

            The town council will meet on Monday to discuss repairs to the sea wall.

            Schools will stay closed until Wednesday.
            """;

    @Test
    void theMostSalientSentenceComesWithThePronounsAntecedentOrNotAtAll() {
        String they = "They rescued six people from flooded homes behind the damaged sea wall as the storm pushed water into the town.";
        String crews = "Fire crews worked through the night.";
        for (int sentences = 1; sentences <= 3; sentences++) {
            for (int budget : new int[] {25, 40, 60, 75}) {
                List<String> summary = summarize(STORM, sentences, budget);
                if (summary.contains(they)) {
                    assertThat(summary).as(sentences + " sentences, " + budget + " words").contains(crews);
                }
            }
        }
        assertThat(summarize(STORM, 3, 75)).contains(crews, they);
    }

    @Test
    void aSentenceInsideSomeoneElsesQuotationComesWithItsStart() {
        String text = """
                Rail strike called off

                The rail union called off next week's national strike on Sunday after the operators improved their pay offer for train drivers.

                “We have a deal that our drivers can accept. The pay offer for train drivers now matches inflation and protects the pensions of train drivers,” the union's general secretary, Ruth Okafor, told reporters.

                Trains will run normally from Monday.
                """;
        String middle = "The pay offer for train drivers now matches inflation and protects the pensions of train drivers,” the union's general secretary, Ruth Okafor, told reporters.";
        String opening = "“We have a deal that our drivers can accept.";
        for (int sentences = 1; sentences <= 3; sentences++) {
            for (int budget : new int[] {25, 40, 60, 75}) {
                List<String> summary = summarize(text, sentences, budget);
                if (summary.contains(middle)) {
                    assertThat(summary).as(sentences + " sentences, " + budget + " words").contains(opening);
                }
            }
        }
    }

    @Test
    void leadBaselineTakesTheFirstSentencesThatFit() {
        TextDocument doc = TextDocument.of(FLOODS);
        Headline headline = HeadlineParser.parse(doc, null);
        // 23 and 27 words: the third sentence (17) would pass 60
        assertThat(new Summarizer(3, 60).lead(doc, headline)).containsExactly(
                "Heavy rain flooded roads and farmland across the river valley on Sunday, and the regional council closed twelve roads until the water recedes.",
                "The river rose two metres in six hours, the highest level since records began at the old mill gauge in 1952, according to the council's engineers.");
        assertThat(new Summarizer(2, 500).lead(doc, headline)).hasSize(2);
        assertThat(new Summarizer(3, 10).lead(doc, headline)).hasSize(1);
    }

    private static int indexOf(List<Span> sentences, String sentence) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).of(MINISTER).equals(sentence)) {
                return i;
            }
        }
        throw new AssertionError("not a sentence of the article: " + sentence);
    }
}
