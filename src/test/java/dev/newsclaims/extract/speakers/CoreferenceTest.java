package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceTest {

    private static SourceMention name(String name, String role) {
        return new SourceMention(0, 1, SourceMention.Form.NAME, name, role, null, "person", "x");
    }

    private static SourceMention pronoun(String p) {
        return new SourceMention(0, 1, SourceMention.Form.PRONOUN, null, null, null,
                Lexicon.PERSON_PRONOUNS.contains(p) ? "person" : "group", p);
    }

    @Test
    void surnameTitleAndPronounJoinTheFullName() {
        Coreference coref = new Coreference(null, List.of());
        Coreference.Entity full = coref.resolve(name("Jens Stoltenberg", "Secretary General"), 10);
        assertThat(coref.resolve(name("Stoltenberg", null), 100)).isSameAs(full);
        SourceMention title = new SourceMention(0, 1, SourceMention.Form.TITLE, null, "Secretary General", null,
                "person", "general");
        assertThat(coref.resolve(title, 200)).isSameAs(full);
        assertThat(coref.resolve(pronoun("he"), 300)).isSameAs(full);
        assertThat(coref.entities()).hasSize(1);
    }

    @Test
    void surnameFirstIsExpandedFromNamesInTheText() {
        Coreference coref = new Coreference(null, List.of(new Coreference.NamedPerson("Maria Lopez", 5)));
        assertThat(coref.resolve(name("Lopez", null), 50).name).isEqualTo("Maria Lopez");
    }

    @Test
    void pronounWithoutAnyPersonStaysUnresolved() {
        Coreference coref = new Coreference(null, List.of());
        assertThat(coref.resolve(pronoun("she"), 10)).isNull();
    }

    @Test
    void capitalisedDescriptionIsTheOrganisationNamedMostOftenBefore() {
        String text = "The WHO warned on Monday. WHO experts met in Geneva. The UN said little. Later the Organization's head spoke.";
        Coreference coref = new Coreference(text, List.of());
        int at = text.indexOf("the Organization");
        SourceMention head = new SourceMention(at, at + 16, SourceMention.Form.NAME, "Tedros Ghebreyesus", "Director",
                "Organization", "person", "ghebreyesus");
        assertThat(coref.resolve(head, at).organization).isEqualTo("WHO");
    }

    @Test
    void descriptionStaysAsWrittenWhenNoOrganisationIsNamedTwice() {
        String text = "The UN said little. The Alliance's chief spoke.";
        Coreference coref = new Coreference(text, List.of());
        int at = text.indexOf("Alliance");
        SourceMention chief = new SourceMention(at, at + 8, SourceMention.Form.NAME, "Mark Rutte", "Chief", "Alliance",
                "person", "rutte");
        assertThat(coref.resolve(chief, at).organization).isEqualTo("Alliance");
    }

    @Test
    void multiWordDescriptionMustMatchTheAcronymsLetters() {
        String text = "FIFA met. FIFA voted. NATO met. The North Atlantic Alliance's chief spoke.";
        Coreference coref = new Coreference(text, List.of());
        int at = text.indexOf("North");
        SourceMention chief = new SourceMention(at, at + 5, SourceMention.Form.NAME, "Mark Rutte", "Chief",
                "North Atlantic Alliance", "person", "rutte");
        assertThat(coref.resolve(chief, at).organization).isEqualTo("North Atlantic Alliance"); // NATO named once only
    }

    @Test
    void acronymJoinsTheOrganization() {
        Coreference coref = new Coreference(null, List.of());
        SourceMention ba = new SourceMention(0, 1, SourceMention.Form.ORGANIZATION, "British Airways", null, null,
                "organization", "airways");
        Coreference.Entity e = coref.resolve(ba, 0);
        SourceMention acronym = new SourceMention(0, 1, SourceMention.Form.ORGANIZATION, "BA", null, null,
                "organization", "ba");
        assertThat(coref.resolve(acronym, 10)).isSameAs(e);
    }

    @Test
    void pronounsFollowGender() {
        String text = "Mrs. Clinton and Tom Smith";
        Coreference coref = new Coreference(text, List.of());
        Coreference.Entity clinton = coref.resolve(
                new SourceMention(0, 12, SourceMention.Form.NAME, "Clinton", null, null, "person", "clinton"), 0);
        Coreference.Entity smith = coref.resolve(
                new SourceMention(17, 26, SourceMention.Form.NAME, "Tom Smith", null, null, "person", "smith"), 20);
        assertThat(coref.resolve(pronoun("she"), 40)).isSameAs(clinton);
        assertThat(coref.resolve(pronoun("he"), 50)).isSameAs(smith);
        assertThat(coref.resolve(pronoun("she"), 60)).isSameAs(clinton);
    }

    @Test
    void titleBeforeTheNameJoinsThePersonNamedLater() {
        Coreference coref = new Coreference(null, List.of());
        SourceMention title = new SourceMention(0, 1, SourceMention.Form.TITLE, null, "Secretary General", null,
                "person", "general");
        Coreference.Entity unnamed = coref.resolve(title, 0);
        Coreference.Entity named = coref.resolve(name("Jens Stoltenberg", "Secretary General"), 100);
        assertThat(named).isSameAs(unnamed);
        assertThat(named.name).isEqualTo("Jens Stoltenberg");
        assertThat(coref.entities()).hasSize(1);
    }
}
