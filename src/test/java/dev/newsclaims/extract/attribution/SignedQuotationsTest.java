package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * A quotation signed with its speaker's name after a dash, as under readers' comments and pull quotes
 * ("“…” ― Marisol Quintero", "“…” — Dario Feldt, Tucson"): each quotation is its signer's, none is carried to the
 * next, and a dash inside a sentence is no signature.
 */
class SignedQuotationsTest {

    private final Extractor extractor = new Extractor();

    private static Claim quote(ArticleSummary summary, String words) {
        return summary.claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void eachSignedQuotationIsItsSignersOnConsecutiveLines() {
        ArticleSummary s = extractor.extract("t", "Voters react\n\n"
                + "We asked readers what they thought of the debate.\n\n"
                + "“They talk about us like we do not matter at all.” ― Marisol Quintero\n"
                + "“He cannot answer a question without scaring people first. And he is obsessed with the border.” "
                + "― Dario Feldt\u00a0\n"
                + "“Mostly he promotes fear and nothing else in this whole campaign.” ― Nora Feldt\n", null);
        Claim first = quote(s, "do not matter");
        assertThat(first.speaker()).isEqualTo("Marisol Quintero");
        assertThat(first.mention().text()).isEqualTo("Marisol Quintero");
        assertThat(first.text()).isEqualTo("“They talk about us like we do not matter at all.”");
        assertThat(first.kind()).isEqualTo("direct");
        assertThat(quote(s, "obsessed with the border").speaker()).isEqualTo("Dario Feldt");
        assertThat(quote(s, "promotes fear").speaker()).isEqualTo("Nora Feldt");
        assertThat(quote(s, "obsessed with the border").utterance()).isNull();
        assertThat(s.speakers()).extracting(Speaker::name)
                .containsExactlyInAnyOrder("Marisol Quintero", "Dario Feldt", "Nora Feldt");
        assertThat(s.speakers()).allMatch(p -> p.type().equals("person"));
    }

    @Test
    void signatureAfterASentenceEndWithAPlace() {
        ArticleSummary s = extractor.extract("t", "Voters react\n\n"
                + "We asked readers what they thought of the debate.\n\n"
                + "“I have never been so worried about an election.” — Dario Feldt, Tucson\n\n"
                + "“I cannot sleep at all these days.” — Nora Feldt\n", null);
        Claim worried = quote(s, "so worried");
        assertThat(worried.speaker()).isEqualTo("Dario Feldt");
        assertThat(worried.mention().text()).isEqualTo("Dario Feldt");
        assertThat(quote(s, "cannot sleep").speaker()).isEqualTo("Nora Feldt");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::claims)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Dario Feldt", 1),
                        org.assertj.core.groups.Tuple.tuple("Nora Feldt", 1));
    }

    @Test
    void aDashInsideASentenceSignsNothing() {
        ArticleSummary s = extractor.extract("t", "Council vote\n\n"
                + "The “reform” — Councillor Ana Brisk called it overdue — passed on Tuesday by a wide margin.", null);
        assertThat(s.claims()).noneMatch(c -> "Ana Brisk".equals(c.speaker()) && c.text().equals("“reform”"));
    }
}
