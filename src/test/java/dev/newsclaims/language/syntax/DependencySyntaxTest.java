package dev.newsclaims.language.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.language.SyntaxStage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The syntax stage fills every token of the text, sentence by sentence, or only the sentences asked for. */
class DependencySyntaxTest {
    private static final String TEXT = "The market fell. \u201cWe will recover,\u201d the minister said on Monday. "
            + "Analysts expect growth. She argued that rates would rise.";

    @Test
    void everySentenceGetsATreeWithinItself() {
        AnalyzedText text = LanguagePipeline.standard().analyze(TEXT);
        assertThat(text.hasSyntax()).isTrue();
        assertThat(text.sentenceCount()).isEqualTo(4);
        for (int s = 0; s < text.sentenceCount(); s++) {
            int roots = 0;
            for (int i = text.sentenceStart(s); i < text.sentenceEnd(s); i++) {
                int h = text.head(i);
                if (h < 0) {
                    roots++;
                    assertThat(text.deprel(i)).isEqualTo("root");
                } else {
                    assertThat(h).isBetween(text.sentenceStart(s), text.sentenceEnd(s) - 1);
                    assertThat(text.deprel(i)).isNotEqualTo("root");
                }
            }
            assertThat(roots).as("sentence %d", s).isEqualTo(1);
        }
        int said = TEXT.indexOf("said");
        int minister = TEXT.indexOf("minister");
        for (int i = 0; i < text.size(); i++) {
            if (text.start(i) == minister) {
                assertThat(text.start(text.head(i))).isEqualTo(said);
                assertThat(text.deprel(i)).isEqualTo("nsubj");
            }
        }
    }

    @Test
    void onlyTheSentencesWithQuotesOrSpeechVerbs() {
        AnalyzedText text = LanguagePipeline.standard().withSyntax(SyntaxStage.NONE).analyze(TEXT);
        DependencySyntax syntax = DependencySyntax.standard();
        int parsed = syntax.parseSentences(text, DependencySyntax.quotesOrLemmas(text, Set.of("say", "argue")));
        assertThat(text.hasSyntax()).isFalse();
        int expected = (text.sentenceEnd(1) - text.sentenceStart(1)) + (text.sentenceEnd(3) - text.sentenceStart(3));
        assertThat(parsed).isEqualTo(expected);
        assertThat(text.deprel(text.sentenceStart(0))).isNull();
        assertThat(text.deprel(text.sentenceStart(2))).isNull();
        assertThat(text.deprel(text.sentenceStart(1))).isNotNull();
        assertThat(text.deprel(text.sentenceStart(3))).isNotNull();
    }
}
