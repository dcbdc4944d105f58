package dev.newsclaims.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Shared word strings are the words as written, one instance per word, however many words the article has. */
class WordFormsTest {

    @Test
    void oneStringPerWordAndItsLowerCase() {
        qt().withExamples(200).forAll(lists().of(strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 4))
                .ofSizeBetween(0, 600)).checkAssert(words -> {
                    String text = String.join(" ", words);
                    WordForms forms = new WordForms(Math.min(text.length(), 40)); // small, so that it grows
                    int at = 0;
                    for (String w : words) {
                        int slot = forms.slot(text, at, at + w.length());
                        assertThat(forms.word(slot)).isEqualTo(w);
                        assertThat(forms.lower(slot)).isEqualTo(w.toLowerCase(Locale.ROOT));
                        at += w.length() + 1;
                    }
                    at = 0;
                    for (String w : words) {
                        assertThat(forms.word(forms.slot(text, at, at + w.length())))
                                .isSameAs(forms.word(forms.slot(text, text.indexOf(w), text.indexOf(w) + w.length())));
                        at += w.length() + 1;
                    }
                });
    }

    @Test
    void tokensWithSharedFormsAreTheTokensWithout() {
        String text = "Mr. Smith said Acme Corp. will pay. SMITH said “it will,” and Smith's aide, Sen. J. Roe, agreed.";
        WordForms forms = new WordForms(text.length());
        List<Span> quotes = List.of(new Span(text.indexOf('“'), text.indexOf('”') + 1));
        List<Tok> shared = Tok.tokenize(text, 0, text.length(), quotes, forms);
        assertThat(shared).isEqualTo(Tok.tokenize(text, 0, text.length(), quotes));
        assertThat(Tok.tokenize(text, 0, text.length(), quotes, forms)).isEqualTo(shared);
        assertThat(shared).extracting(Tok::text).contains("Mr.", "Corp.", "J.", "SMITH", "“it will,”");
    }

    @Test
    void theThreadsTableGivesTheSameTokensAcrossArticlesAndAfterStartingOver() {
        String first = "Mr. Smith said Acme Corp. will pay. SMITH said “it will,” and Smith's aide agreed.";
        String second = "Smith's aide, Sen. J. Roe, said the pay was late. Acme said nothing.";
        for (String text : List.of(first, second, words(WordForms.MAX_KEPT_WORDS + 1), second, words(
                3 * WordForms.MAX_KEPT_WORDS), first)) { // the second list of words grows the table past its kept size
            List<Tok> kept = Tok.tokenize(text, 0, text.length(), List.of(), WordForms.ofThisThread());
            assertThat(kept).isEqualTo(Tok.tokenize(text, 0, text.length(), List.of()));
        }
    }

    private static String words(int count) {
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < count; k++) {
            words.append("Word").append(k).append(' ');
        }
        return words.toString();
    }
}
