package dev.newsclaims.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.NameType;
import dev.newsclaims.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Entity types follow the name tagger where it tags the name; the lexicons and titles keep what they know. */
class EntityTypesFromTaggerTest {

    /** The text's words (split on spaces and before a final period) tagged by {@code types}: word → type. */
    private static AnalyzedText tagged(String text, Map<String, NameType> types) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    spans.add(new int[] {i, i + 1});
                }
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            spans.add(new int[] {i, j});
            i = j;
        }
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        AnalyzedText a = new AnalyzedText(text, starts, ends, new int[] {0, n});
        for (int k = 0; k < n; k++) {
            a.setPos(k, "NNP");
            a.setNameType(k, types.get(a.word(k)));
        }
        return a;
    }

    private static Map<String, Entity> find(String text, Map<String, NameType> types) {
        TextDocument doc = TextDocument.of(text);
        return new EntityFinder().find(doc, HeadlineParser.parse(doc, null), List.of(), new NameTags(tagged(text, types)))
                .stream().collect(Collectors.toMap(Entity::text, e -> e));
    }

    @Test
    void theTaggerTypesTwoWordNamesTheWordListsWouldCallPeople() {
        String text = "Market notes\n\nTrucks left Cedar Rapids at noon. Later, Quillon Freight confirmed the route.";
        Map<String, Entity> found = find(text, Map.of("Cedar", NameType.PLACE, "Rapids", NameType.PLACE,
                "Quillon", NameType.ORGANIZATION, "Freight", NameType.ORGANIZATION));
        assertThat(found.get("Cedar Rapids").type()).isEqualTo("place");
        assertThat(found.get("Quillon Freight").type()).isEqualTo("organization");
    }

    @Test
    void aLoneWordTheTaggerCallsAPlaceIsAPlace() {
        String text = "Market notes\n\nThe convoy reached Tamworth before dusk.";
        Map<String, Entity> found = find(text, Map.of("Tamworth", NameType.PLACE));
        assertThat(found.get("Tamworth").type()).isEqualTo("place");
    }

    @Test
    void namesTheTaggerReadsAsNeitherPersonNorOrganisationNorPlaceAreNoEntities() {
        String text = "Market notes\n\nThe ruling cited the Fourth Amendment twice.";
        Map<String, Entity> found = find(text, Map.of("Fourth", NameType.OTHER, "Amendment", NameType.OTHER));
        assertThat(found).doesNotContainKey("Fourth Amendment");
    }

    @Test
    void titledNamesAndKnownPlacesKeepTheirType() {
        String text = "Market notes\n\nDr Elin Marsh flew from Oslo to meet the board.";
        Map<String, Entity> found = find(text, Map.of("Elin", NameType.ORGANIZATION, "Marsh", NameType.ORGANIZATION,
                "Oslo", NameType.PERSON));
        assertThat(found.get("Elin Marsh").type()).isEqualTo("person");
        assertThat(found.get("Oslo").type()).isEqualTo("place");
    }

    @Test
    void aPartyTagIsNoEntity() {
        String text = "Market notes\n\nThe amendment by Ada Fenn, D-Iowa, failed.";
        Map<String, Entity> found = find(text, Map.of("Ada", NameType.PERSON, "Fenn", NameType.PERSON));
        assertThat(found.get("Ada Fenn").type()).isEqualTo("person");
        assertThat(found).doesNotContainKey("D-Iowa");
    }

    @Test
    void aLoneWordIsTypedAsTheArticleMostOftenTagsIt() {
        String text = "Market notes\n\nMira Kessler spoke first. Kessler then left. Mira Kessler returned.";
        // one doubtful reading of the lone surname is outvoted by the full names
        Map<String, NameType> types = new java.util.HashMap<>(Map.of("Mira", NameType.PERSON));
        AnalyzedText a = tagged(text, Map.of());
        for (int k = 0; k < a.size(); k++) {
            if (a.word(k).equals("Kessler")) {
                a.setNameType(k, a.start(k) == text.indexOf("Kessler then") ? NameType.ORGANIZATION : NameType.PERSON);
            } else if (types.containsKey(a.word(k))) {
                a.setNameType(k, types.get(a.word(k)));
            }
        }
        TextDocument doc = TextDocument.of(text);
        Map<String, Entity> found = new EntityFinder().find(doc, HeadlineParser.parse(doc, null), List.of(),
                new NameTags(a)).stream().collect(Collectors.toMap(Entity::text, e -> e));
        assertThat(found.get("Mira Kessler")).isEqualTo(new Entity("Mira Kessler", "person", 3));
        assertThat(found).doesNotContainKey("Kessler");
    }

    @Test
    void withoutTagsTheWordListsDecide() {
        String text = "Market notes\n\nTrucks left Cedar Rapids at noon.";
        TextDocument doc = TextDocument.of(text);
        Map<String, Entity> found = new EntityFinder().find(doc, HeadlineParser.parse(doc, null), List.of(), NameTags.NONE)
                .stream().collect(Collectors.toMap(Entity::text, e -> e));
        assertThat(found.get("Cedar Rapids").type()).isEqualTo("person");
    }
}
