package dev.newsclaims.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.language.tokenize.SentenceSplitter;
import dev.newsclaims.language.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Penn Treebank conventions as news tokenisation applies them. */
class TokenizerTest {

    private static List<String> tokens(String text) {
        Tokenizer.Spans spans = Tokenizer.tokenize(text);
        int[] s = spans.starts();
        int[] e = spans.ends();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            out.add(text.substring(s[i], e[i]));
        }
        return out;
    }

    private static List<String> sentences(String text) {
        Tokenizer.Spans spans = Tokenizer.tokenize(text);
        int[] s = spans.starts();
        int[] e = spans.ends();
        int[] bounds = SentenceSplitter.split(text, s, e);
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < bounds.length; k++) {
            out.add(text.substring(s[bounds[k]], e[bounds[k + 1] - 1]));
        }
        return out;
    }

    @Test
    void cliticsSplitOff() {
        assertThat(tokens("The mayor's aides don't know; they're sure it can't wait."))
                .containsExactly("The", "mayor", "'s", "aides", "do", "n't", "know", ";", "they", "'re", "sure", "it",
                        "ca", "n't", "wait", ".");
        assertThat(tokens("She’ll say the voters’ choice isn’t final"))
                .containsExactly("She", "’ll", "say", "the", "voters", "’", "choice", "is", "n’t", "final");
    }

    @Test
    void abbreviationsNumbersAndCompoundsStayWhole() {
        assertThat(tokens("Mr. Okafor met Sen. Lund in the U.S. at 4 p.m. on Jan. 3."))
                .containsExactly("Mr.", "Okafor", "met", "Sen.", "Lund", "in", "the", "U.S.", "at", "4", "p.m.", "on",
                        "Jan.", "3", ".");
        assertThat(tokens("a profit of $3.3-billion, up 12% from 100,000 (9/11)."))
                .containsExactly("a", "profit", "of", "$", "3.3-billion", ",", "up", "12", "%", "from", "100,000", "(",
                        "9/11", ")", ".");
        assertThat(tokens("the 45-year-old co-founder -- \"no comment\""))
                .containsExactly("the", "45-year-old", "co-founder", "--", "\"", "no", "comment", "\"");
    }

    @Test
    void quotesAndEllipses() {
        assertThat(tokens("``Yes,'' he said. . . and left...")).containsExactly("``", "Yes", ",", "''", "he", "said",
                ". . .", "and", "left", "...");
    }

    @Test
    void sentencesEndAtFinalMarksAndParagraphs() {
        assertThat(sentences("Mr. Ruiz spoke first. “We will win,” he said. Then he left!\n\nA new paragraph"))
                .containsExactly("Mr. Ruiz spoke first.", "“We will win,” he said.", "Then he left!",
                        "A new paragraph");
        assertThat(sentences("The plan was late. “It failed.” Others agreed."))
                .containsExactly("The plan was late.", "“It failed.”", "Others agreed.");
        assertThat(sentences("A headline without a stop\n\nThe body starts here."))
                .containsExactly("A headline without a stop", "The body starts here.");
    }

    @Test
    void aRunWithoutSentenceEndsIsCutIntoSentencesOfAtMostTheLimit() {
        String marks = "\"".repeat(SentenceSplitter.MAX_TOKENS * 2 + 5);
        Tokenizer.Spans spans = Tokenizer.tokenize(marks);
        int[] bounds = SentenceSplitter.split(marks, spans.starts(), spans.ends());
        assertThat(bounds).containsExactly(0, SentenceSplitter.MAX_TOKENS, 2 * SentenceSplitter.MAX_TOKENS,
                2 * SentenceSplitter.MAX_TOKENS + 5);
        assertThat(sentences("The council met. It voted.")).containsExactly("The council met.", "It voted.");
    }

    @Test
    void countingStopsPastTheLimitAndAgreesWithTokenizing() {
        String text = "The mayor's aides don't know; they're sure it can't wait.";
        int all = Tokenizer.tokenize(text).size();
        assertThat(Tokenizer.count(text, 1_000)).isEqualTo(all);
        assertThat(Tokenizer.count(text, 3)).isEqualTo(4);
        assertThat(Tokenizer.count("", 3)).isZero();
    }
}
