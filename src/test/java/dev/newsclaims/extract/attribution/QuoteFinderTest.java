package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        TextDocument doc = TextDocument.of(text);
        return new QuoteFinder().find(text, doc.paragraphs()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void everyQuotationMarkStyle() {
        assertThat(quotes("He said “one two” and \"three four\" and «five six» and „seven eight“."))
                .containsExactly("“one two”", "\"three four\"", "«five six»", "„seven eight“");
    }

    @Test
    void singleQuotesAreQuotesButApostrophesAreNot() {
        assertThat(quotes("She said ‘we won’t stop’ and that's it; it’s the voters’ choice.")).containsExactly("‘we won’t stop’");
        assertThat(quotes("'We are ready,' he said. Don't worry.")).containsExactly("'We are ready,'");
    }

    @Test
    void quoteContinuesIntoParagraphThatReopensIt() {
        String text = "“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nNext.";
        assertThat(quotes(text)).containsExactly("“First paragraph of the quote.\n\n“Second paragraph,”");
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String text = "He said “never closed.\n\nA new paragraph without quotes.";
        assertThat(quotes(text)).containsExactly("“never closed.");
    }

    @Test
    void manyQuoteMarksAreHandledInOnePass() {
        String marks = "\"".repeat(100_000);

        List<Span> pairs = new QuoteFinder().find(marks, TextDocument.of(marks).paragraphs());

        // Each two marks open and close one (empty) quotation, in order, and nothing else is invented.
        assertThat(pairs).hasSize(50_000);
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(pairs.get(i)).isEqualTo(new Span(2 * i, 2 * i + 2));
        }

        String text = "He said " + "\"".repeat(1_001) + " and \u201cthis is real\u201d, the minister said.";
        List<Span> found = new QuoteFinder().find(text, TextDocument.of(text).paragraphs());
        int open = text.indexOf('\u201c');
        assertThat(found.get(found.size() - 1)).isEqualTo(new Span(open, open + "\u201cthis is real\u201d".length()));
        assertThat(found.get(found.size() - 1).of(text)).isEqualTo("\u201cthis is real\u201d");
    }

    @Test
    void strayApostropheDoesNotHideTheQuotesAfterIt() {
        assertThat(quotes("Since ‘em days he said “we must act now” and left.")).containsExactly("“we must act now”");
        assertThat(quotes("In the ‘90s he said “we must act now” and left.")).containsExactly("“we must act now”");
    }

    @Test
    void manyStrayApostrophesStayLinear() {
        String text = "‘a ".repeat(50_000) + "“end”";
        assertThat(quotes(text)).containsExactly("“end”");
    }
}
