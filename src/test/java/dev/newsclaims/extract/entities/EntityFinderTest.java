package dev.newsclaims.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.model.Entity;
import dev.newsclaims.model.Speaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    private static List<Entity> find(String text, List<Speaker> speakers) {
        TextDocument doc = TextDocument.of(text);
        return new EntityFinder().find(doc, HeadlineParser.parse(doc, null), speakers);
    }

    private static Map<String, Entity> byName(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::text, e -> e));
    }

    @Test
    void sampleArticleEntities() throws Exception {
        String text = Files.readString(Path.of("events/articles/nato-eastern-europe.txt"));
        Map<String, Entity> found = byName(find(text, List.of()));
        assertThat(found.get("NATO").type()).isEqualTo("organization");
        assertThat(found.get("NATO").count()).isGreaterThanOrEqualTo(7);
        assertThat(found.get("Jens Stoltenberg")).isEqualTo(new Entity("Jens Stoltenberg", "person", 3));
        assertThat(found.get("Sergei Lavrov").type()).isEqualTo("person");
        assertThat(found.get("Kersti Kaljulaid").type()).isEqualTo("person");
        for (String place : List.of("Russia", "Estonia", "Poland", "Brussels", "Warsaw", "Moscow", "United States",
                "Eastern Europe", "Baltic States")) {
            assertThat(found.get(place)).as(place).isNotNull().extracting(Entity::type).isEqualTo("place");
        }
        // the dateline is not counted: Brussels is named once in the body
        assertThat(found.get("Brussels").count()).isEqualTo(1);
        assertThat(found).doesNotContainKeys("Stoltenberg", "Estonian", "Russian", "According", "Secretary General",
                "Alliance Jens Stoltenberg", "Reinforcement");
    }

    @Test
    void titlesAreStrippedAndSurnamesMerged() {
        String text = "Prime Minister Anna Lindqvist met the chairman of Norvik Holdings. Mr. Lindqvist said talks went well. "
                + "Later, Lindqvist flew to Oslo.";
        Map<String, Entity> found = byName(find(text, List.of()));
        assertThat(found.get("Anna Lindqvist")).isEqualTo(new Entity("Anna Lindqvist", "person", 3));
        assertThat(found.get("Norvik Holdings").type()).isEqualTo("organization");
        assertThat(found.get("Oslo").type()).isEqualTo("place");
    }

    @Test
    void organisationKeywordsAndSentenceInitialWords() {
        String text = "However, the Ministry of Finance disagreed. Officials at the Harbour Workers Union said the "
                + "plan was fair. Yesterday the union met in Gdansk.";
        Map<String, Entity> found = byName(find(text, List.of()));
        assertThat(found.get("Ministry of Finance").type()).isEqualTo("organization");
        assertThat(found.get("Harbour Workers Union").type()).isEqualTo("organization");
        assertThat(found.get("Gdansk").type()).isEqualTo("place");
        assertThat(found).doesNotContainKeys("However", "Officials", "Yesterday");
    }

    @Test
    void speakersTypeNamesTheScanCannot() {
        String text = "Greenfield said the rules would change. Greenfield added that more was to come.";
        List<Entity> entities = find(text, List.of(new Speaker("Greenfield", null, null, "organization", 2)));
        assertThat(entities).containsExactly(new Entity("Greenfield", "organization", 2));
    }

    @Test
    void shortFormsCountUnderOneNameAndCountryBeforeTitleIsSplit() {
        String text = "Britain and the U.S. signed a deal. Officials in the UK said the EU would follow. "
                + "US President Joe Bloggs agreed.";
        assertThat(find(text, List.of())).containsExactly(
                new Entity("United Kingdom", "place", 2),
                new Entity("United States", "place", 2),
                new Entity("European Union", "organization", 1),
                new Entity("Joe Bloggs", "person", 1));
    }

    @Test
    void speakerTheScanMissedIsListedOnce() {
        Speaker unseen = new Speaker("the ministry", null, null, "organization", 1);
        List<Entity> entities = find("Prices rose again in Oslo.", List.of(unseen, unseen));
        assertThat(entities).containsExactly(new Entity("Oslo", "place", 1), new Entity("the ministry", "organization", 1));
    }

    @Test
    void aShorterOrganisationNameCountsTowardTheSpeakersFullName() {
        String text = "According to the defense Ministry of Russia, the drills will end on Friday. "
                + "The Ministry of Russia gave no details.";
        List<Entity> entities = find(text,
                List.of(new Speaker("defense Ministry of Russia", null, "Russia", "organization", 1)));
        assertThat(entities).contains(new Entity("defense Ministry of Russia", "organization", 2));
        assertThat(entities).extracting(Entity::text).doesNotContain("Ministry of Russia");
    }

    @Test
    void emptyText() {
        assertThat(find("", List.of())).isEmpty();
    }
}
