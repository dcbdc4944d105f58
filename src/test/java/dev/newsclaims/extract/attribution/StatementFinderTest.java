package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import org.junit.jupiter.api.Test;

class StatementFinderTest {

    @Test
    void checkWorthySentencesBecomeStatementsAndQuotesDoNot() {
        String text = "Budget vote\n\nThe council approved a budget of 4.2 million euros on Tuesday, up 12 percent on 2023. "
                + "The weather was pleasant and people walked in the park all afternoon. "
                + "The mayor said that 300 jobs would be created by 2026.";
        ArticleSummary s = new Extractor().extract("b", text, null);
        assertThat(s.claims()).filteredOn(c -> c.kind().equals("statement")).extracting(Claim::text)
                .containsExactly("The council approved a budget of 4.2 million euros on Tuesday, up 12 percent on 2023.");
        Claim statement = s.claims().stream().filter(c -> c.kind().equals("statement")).findFirst().orElseThrow();
        assertThat(statement.speaker()).isNull();
        assertThat(statement.mention()).isNull();
        assertThat(statement.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void datelinesAreNotStatements() {
        String text = "Title\n\nBRUSSELS, 8 Dec – Agency, Some Reporter. Nothing else happened here at all today.";
        ArticleSummary s = new Extractor().extract("d", text, null);
        assertThat(s.claims()).noneMatch(c -> c.text().startsWith("BRUSSELS"));
    }
}
