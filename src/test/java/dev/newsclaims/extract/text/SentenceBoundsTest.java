package dev.newsclaims.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences and units stay bounded whatever the text, and still cover it verbatim, in order, without overlap. */
class SentenceBoundsTest {

    @Test
    void aParagraphWithoutFullStopsIsCutAtSpacesIntoBoundedSentences() {
        String text = "the ferry timetable changes in spring ".repeat(500).trim();
        List<Span> sentences = TextDocument.of(text).sentences();

        assertThat(sentences).hasSizeGreaterThan(5);
        assertThat(sentences).allMatch(s -> s.end() - s.start() <= TextDocument.MAX_SENTENCE_CHARS);
        assertInOrderWithoutOverlap(sentences);
        for (Span s : sentences) {
            assertThat(s.start() == 0 || text.charAt(s.start() - 1) == ' ').as("a piece starts a word").isTrue();
            assertThat(s.end() == text.length() || text.charAt(s.end()) == ' ').as("a piece ends a word").isTrue();
        }
        assertThat(String.join(" ", sentences.stream().map(s -> s.of(text)).toList())).isEqualTo(text);
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheCapNeverInsideASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(3_000); // one emoji, 6,000 chars, no space
        List<Span> sentences = TextDocument.of(text).sentences();

        assertThat(sentences).hasSizeGreaterThan(2);
        assertInOrderWithoutOverlap(sentences);
        for (Span s : sentences) {
            assertThat(s.end() - s.start()).isLessThanOrEqualTo(TextDocument.MAX_SENTENCE_CHARS);
            assertThat(Character.isLowSurrogate(text.charAt(s.start()))).isFalse();
        }
        assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void ordinarySentencesAreUntouched() {
        String text = "The ferry leaves at noon. It returns at six, the operator said.\n\nTickets cost less in spring.";
        assertThat(TextDocument.of(text).sentences()).extracting(s -> s.of(text)).containsExactly(
                "The ferry leaves at noon.", "It returns at six, the operator said.", "Tickets cost less in spring.");
    }

    @Test
    void quotationsChainedAcrossSentenceEndsMakeBoundedUnits() {
        String unit = "Ada Brook said \"the pier is shut. The plan\" and ";
        String text = unit.repeat(2_000);
        List<Span> quotes = new ArrayList<>();
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', text.indexOf('"', i + 1) + 1)) {
            quotes.add(new Span(i, text.indexOf('"', i + 1) + 1));
        }
        List<Span> units = SentenceUnits.of(TextDocument.of(text).sentences(), quotes);

        assertThat(units).hasSizeGreaterThan(2);
        assertInOrderWithoutOverlap(units);
        assertThat(units).allMatch(u -> u.end() - u.start() <= SentenceUnits.MAX_UNIT_CHARS + TextDocument.MAX_SENTENCE_CHARS);
        assertThat(units.get(0).start()).isZero();
        assertThat(units.get(units.size() - 1).end()).isEqualTo(text.trim().length());
    }

    private static void assertInOrderWithoutOverlap(List<Span> spans) {
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
