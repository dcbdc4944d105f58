package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueFinderTest {

    private static List<String> cues(String text, List<Span> quotes) {
        List<Tok> toks = Tok.tokenize(text, 0, text.length(), quotes);
        return new CueFinder().find(toks).stream()
                .map(c -> text.substring(toks.get(c.first()).start(), toks.get(c.last()).end())).toList();
    }

    @Test
    void verbsPhrasesAndColons() {
        assertThat(cues("He told reporters that, according to officials, it rained.", List.of()))
                .containsExactly("told reporters", "according to");
        assertThat(cues("Graham: Trump is wrong", List.of())).containsExactly(":");
    }

    @Test
    void wordsInsideQuotesAreNotCues() {
        String text = "“We said no,” she said.";
        assertThat(cues(text, List.of(new Span(0, 14)))).containsExactly("said");
    }

    @Test
    void nounsAndNamesAreNotCues() {
        assertThat(cues("The report was long. The United States won. BA's estimated costs rose.", List.of())).isEmpty();
    }
}
