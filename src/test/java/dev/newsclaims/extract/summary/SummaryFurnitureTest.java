package dev.newsclaims.extract.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.article.PageFurniture;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newsroom copy as it arrives from web pages and wires: the summary quotes the news, never the page around it. */
class SummaryFurnitureTest {

    private static List<String> summarize(String text, String hint, int maxWords) {
        TextDocument doc = TextDocument.of(text);
        return new Summarizer(3, maxWords).summarize(doc, HeadlineParser.parse(doc, hint));
    }

    private static final String HARBOUR = """
            Harbour dredging to start next month

            By Maria Lindqvist

            GOTHENBURG, May 4 (Reuters) -

            READ MORE: Port traffic hits record high as container ships return

            The port authority will begin dredging the main harbour channel next month so that larger container ships can reach the quays.

            Dredgers wait at the harbour mouth on Friday (Photo: Anna Berg/Reuters)

            Article continues below

            The dredging will cost 300 million crowns and take two years, the port authority said in a statement.

            Share this article on Facebook

            Related: Shipping lines warn of delays at northern ports

            Fishermen fear that the dredging will harm the cod stocks at the harbour mouth.

            Harbour channel works
            Photograph: Jonas Ek for the Gothenburg Post

            Reporting by Maria Lindqvist; Editing by Tom Hale
            """;

    @Test
    void quotesTheNewsNotTheBylineDatelineCaptionsOrPrompts() {
        List<String> summary = summarize(HARBOUR, null, 75);
        assertThat(summary).containsExactly(
                "The port authority will begin dredging the main harbour channel next month so that larger container ships can reach the quays.",
                "The dredging will cost 300 million crowns and take two years, the port authority said in a statement.",
                "Fishermen fear that the dredging will harm the cod stocks at the harbour mouth.");
    }

    @Test
    void withRoomForEverySentenceOnlyTheNewsComes() {
        TextDocument doc = TextDocument.of(HARBOUR);
        assertThat(new Summarizer(20, 1000).summarize(doc, HeadlineParser.parse(doc, null))).containsExactly(
                "The port authority will begin dredging the main harbour channel next month so that larger container ships can reach the quays.",
                "The dredging will cost 300 million crowns and take two years, the port authority said in a statement.",
                "Fishermen fear that the dredging will harm the cod stocks at the harbour mouth.");
    }

    @Test
    void everyKindOfFurnitureIsLeftOutEvenWhenItRepeatsTheStory() {
        String[] furniture = {
                "READ MORE: The harbour dredging plan explained in full for readers.",
                "Read more about the harbour dredging plan and the port authority here.",
                "Related: Harbour dredging plan divides the port authority and fishermen.",
                "Article continues below",
                "Story continues after advertisement.",
                "Share this story about the harbour dredging plan with your friends.",
                "Click here to sign up for our daily newsletter about the harbour.",
                "Watch: Dredgers arrive at the harbour for the dredging plan.",
                "Photo: Harbour dredging plan, port authority archive.",
                "The dredgers arrive at the harbour on Monday. (AP Photo/Lars Nilsson)",
                "Dredgers at the harbour mouth. Getty Images",
                "Getty/Instagram.",
                "(Photo by Lena Moss/AFP/Getty Images)",
                "(Reporting by Per Olsen; Editing by Tom Hale.)",
                "Image caption: The port authority's dredging plan for the harbour.",
                "Follow us on social media for harbour dredging news.",
                "Copyright 2026 The Harbour Gazette. All rights reserved.",
                "Additional reporting by Per Olsen in the harbour office.",
                "Updated: 12 May 2026 about the harbour dredging plan."};
        for (String line : furniture) {
            String text = "The port authority approved a harbour dredging plan on Monday after a long debate.\n\n"
                    + line + "\n\n"
                    + "The harbour dredging plan will let larger ships reach the quays, the port authority said.\n\n"
                    + "Fishermen said the plan could harm fish stocks in the harbour.";
            assertThat(summarize(text, "Port authority approves harbour dredging plan", 75)).as(line)
                    .hasSize(3)
                    .noneMatch(s -> line.contains(s) || s.contains(line));
        }
    }

    @Test
    void aDatelineAloneOnItsLineIsNotASentence() {
        String text = "WASHINGTON, March 3 (AP) —\n\nThe Senate passed the highway bill on Tuesday by a wide margin.\n\n"
                + "The bill now goes to the House.";
        assertThat(summarize(text, null, 75)).containsExactly(
                "The Senate passed the highway bill on Tuesday by a wide margin.", "The bill now goes to the House.");
    }

    @Test
    void aCaptionWithoutFinalPunctuationIsNotASentence() {
        String text = "The city opened its first night bus line on Friday, linking the airport with the centre.\n\n"
                + "Passengers board the first night bus at the airport stop\n\n"
                + "Buses will run every 20 minutes between midnight and five in the morning.";
        assertThat(summarize(text, "Night buses start", 75)).containsExactly(
                "The city opened its first night bus line on Friday, linking the airport with the centre.",
                "Buses will run every 20 minutes between midnight and five in the morning.");
    }

    @Test
    void openingsOnlyFurnitureUses() {
        for (String news : new String[] {"Readers wrote in about the plan.", "Sharing the costs was agreed.",
                "Photographers gathered outside the court.", "Published figures show a rise in exports.",
                "Updated rules take effect on Monday.", "The watchdog said the pictures were genuine.",
                "The Getty museum bought the painting."}) {
            Span s = new Span(0, news.length());
            assertThat(PageFurniture.isFurnitureSentence(news, s, SummaryCandidates.countWords(news, s))).as(news).isFalse();
        }
    }

    @Test
    void everyKindOfCreditMarksAShortSentenceInAnyCase() {
        for (String caption : new String[] {"Crowds outside the court (Photo: Anna Berg)", "The harbour at dawn (FILE)",
                "Crowds outside the court. Picture by Tom Hale", "Crowds outside the court. Images courtesy of the city",
                "Crowds outside the court. Photograph credit: Tom Hale", "Crowds outside the court. Getty Images",
                "Crowds outside the court. Tom Hale/Getty", "Crowds outside the court. AP Photo/Tom Hale",
                "Crowds outside the court. AFP via Getty", "Crowds outside the court. REUTERS/Tom Hale",
                "Crowds outside the court. EPA/Tom Hale", "Crowds outside the court. Shutterstock",
                "Crowds outside the court. PA Wire", "Crowds outside the court. Alamy"}) {
            for (String text : new String[] {caption, caption.toUpperCase(java.util.Locale.ROOT),
                    caption.toLowerCase(java.util.Locale.ROOT)}) {
                Span s = new Span(0, text.length());
                assertThat(PageFurniture.isFurnitureSentence(text, s, SummaryCandidates.countWords(text, s))).as(text)
                        .isTrue();
            }
        }
    }
}
