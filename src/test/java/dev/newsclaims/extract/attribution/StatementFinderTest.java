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
        var statements = s.claims().stream().filter(c -> c.kind().equals("statement")).toList();
        assertThat(statements).extracting(Claim::text)
                .contains("The council approved a budget of 4.2 million euros on Tuesday, up 12 percent on 2023.")
                .noneMatch(t -> t.contains("300 jobs"));
        // the walk in the park is a fact, but of no interest: it may pass the threshold, never ahead of the budget
        assertThat(statements.get(0).checkworthiness()).isGreaterThan(
                s.claims().stream().filter(c -> c.text().contains("weather")).mapToDouble(Claim::checkworthiness).max().orElse(0));
        Claim statement = s.claims().stream().filter(c -> c.kind().equals("statement")).findFirst().orElseThrow();
        assertThat(statement.speaker()).isNull();
        assertThat(statement.mention()).isNull();
        assertThat(statement.confidence()).isBetween(0.0, 1.0);
        Claim mayor = s.claims().stream().filter(c -> c.text().contains("300 jobs")).findFirst().orElseThrow();
        assertThat(mayor.kind()).isEqualTo("indirect");
        assertThat(mayor.checkworthiness()).isBetween(0.0, 1.0);
    }

    @Test
    void theModelPicksFactualSentencesAndScoresEveryClaim() {
        String text = "Ferry service cut\n\nBy Ola Nordmann\n\n"
                + "The island ferry carried 412,000 passengers in 2025, down 9 percent from the year before. "
                + "Is there any reason to keep the late crossing? "
                + "Frankly, the new timetable is a disgrace and everyone should complain. "
                + "\u201cWe lost 2.3 million crowns on the route last winter,\u201d operator Kari Moen said. "
                + "\u201cI hope the weather is kind to us this summer,\u201d Moen said.";
        ArticleSummary s = new Extractor().extract("f", text, null);
        assertThat(s.claims()).filteredOn(c -> c.kind().equals("statement")).extracting(Claim::text)
                .containsExactly("The island ferry carried 412,000 passengers in 2025, down 9 percent from the year before.");
        assertThat(s.claims()).allSatisfy(c -> assertThat(c.checkworthiness()).isBetween(0.0, 1.0));
        Claim statement = s.claims().stream().filter(c -> c.kind().equals("statement")).findFirst().orElseThrow();
        assertThat(statement.checkworthiness()).isGreaterThanOrEqualTo(StatementFinder.THRESHOLD);
        Claim losses = s.claims().stream().filter(c -> c.text().contains("2.3 million")).findFirst().orElseThrow();
        Claim hope = s.claims().stream().filter(c -> c.text().contains("I hope")).findFirst().orElseThrow();
        assertThat(losses.kind()).isEqualTo("direct");
        assertThat(losses.checkworthiness()).isGreaterThan(hope.checkworthiness());
    }

    @Test
    void atMostFiveStatementsTheBestByScore() {
        StringBuilder text = new StringBuilder("Town figures\n\n");
        for (int i = 1; i <= 8; i++) {
            text.append("The town spent ").append(i * 3).append(" million euros on roads in ").append(2010 + i)
                    .append(", up ").append(i).append(" percent on the year before. ");
        }
        ArticleSummary s = new Extractor().extract("t", text.toString(), null);
        var statements = s.claims().stream().filter(c -> c.kind().equals("statement")).toList();
        assertThat(statements).hasSize(StatementFinder.MAX_STATEMENTS);
        assertThat(statements).extracting(Claim::start).isSorted();
    }

    @Test
    void datelinesAreNotStatements() {
        String text = "Title\n\nBRUSSELS, 8 Dec – Agency, Some Reporter. Nothing else happened here at all today.";
        ArticleSummary s = new Extractor().extract("d", text, null);
        assertThat(s.claims()).noneMatch(c -> c.text().startsWith("BRUSSELS"));
    }
}
