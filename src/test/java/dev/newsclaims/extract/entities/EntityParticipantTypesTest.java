package dev.newsclaims.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import org.junit.jupiter.api.Test;

/**
 * The entities type a name as the speakers stage does, from the same evidence across the article: a work's title or
 * the start of a company's name is never a person among the entities either.
 */
class EntityParticipantTypesTest {

    private final Extractor extractor = new Extractor();

    private ArticleSummary run(String body) {
        return extractor.extract("t", "Harbour plan draws fire\n\n" + body, null);
    }

    @Test
    void aWorksTitleIsNoPersonEntity() {
        ArticleSummary s = run("Reviewers praised the novel entitled Martin Ashdown. Ana Ruiz said she read it twice.");
        assertThat(s.entities()).noneMatch(e -> e.text().equals("Martin Ashdown") && e.type().equals("person"));
        assertThat(s.entities()).anyMatch(e -> e.text().equals("Ana Ruiz") && e.type().equals("person"));
    }

    @Test
    void theStartOfACompanysNameIsNoPersonAndNoPronounsAntecedent() {
        ArticleSummary s = run("Brackley Quarry Corp. and Dunmore Freight Inc. lost their licences in 2019.\n\n"
                + "Tomas Reyes, a lawyer who represents several of the companies, said the awards were rare. "
                + "“The large cases are the exception,” he added.");
        assertThat(s.claims()).anyMatch(c -> c.text().startsWith("“The large cases") && "Tomas Reyes".equals(c.speaker()));
        assertThat(s.speakers()).noneMatch(x -> x.name().startsWith("Brackley"));
        assertThat(s.entities()).noneMatch(e -> e.text().startsWith("Brackley") && e.type().equals("person"));
    }
}
