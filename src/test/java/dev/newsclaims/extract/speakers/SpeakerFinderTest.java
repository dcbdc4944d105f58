package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.text.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {

    private final SpeakerFinder finder = new SpeakerFinder();

    /** The source phrase before the last word of {@code sentence} (its speech verb). */
    private SourceMention subjectOf(String sentence) {
        List<Tok> toks = Tok.tokenize(sentence, 0, sentence.length(), List.of());
        int cue = toks.size() - 1;
        return finder.before(toks, cue, 0);
    }

    @Test
    void titleNationalityAndName() {
        SourceMention m = subjectOf("Russian foreign Minister Sergei Lavrov stressed");
        assertThat(m.name()).isEqualTo("Sergei Lavrov");
        assertThat(m.role()).isEqualTo("Foreign Minister");
        assertThat(m.organization()).isEqualTo("Russia");
        assertThat(m.type()).isEqualTo("person");
    }

    @Test
    void personOfOrganization() {
        SourceMention m = subjectOf("Yet aviation analyst Mike Powell of Dresdner Kleinwort says");
        assertThat(m.name()).isEqualTo("Mike Powell");
        assertThat(m.role()).isEqualTo("Analyst");
        assertThat(m.organization()).isEqualTo("Dresdner Kleinwort");
    }

    @Test
    void titleAloneOrganizationPlaceGroupPronoun() {
        assertThat(subjectOf("The Secretary General reiterated").form()).isEqualTo(SourceMention.Form.TITLE);
        assertThat(subjectOf("the Ministry of Defence said").form()).isEqualTo(SourceMention.Form.ORGANIZATION);
        assertThat(subjectOf("Moscow noted").form()).isEqualTo(SourceMention.Form.PLACE);
        assertThat(subjectOf("Senior officials said").form()).isEqualTo(SourceMention.Form.GROUP);
        assertThat(subjectOf("But he said").form()).isEqualTo(SourceMention.Form.PRONOUN);
    }

    @Test
    void nationalityLedNameIsAnOrganization() {
        SourceMention m = subjectOf("British Airways blamed");
        assertThat(m.form()).isEqualTo(SourceMention.Form.ORGANIZATION);
        assertThat(m.name()).isEqualTo("British Airways");
    }

    @Test
    void appositiveBetweenCommas() {
        SourceMention m = subjectOf("Rod Eddington, BA's chief executive, said");
        assertThat(m.name()).isEqualTo("Rod Eddington");
        assertThat(m.role()).isEqualTo("Chief Executive");
        assertThat(m.organization()).isEqualTo("BA");
    }

    @Test
    void passiveSubjectIsNoSource() {
        assertThat(subjectOf("Steps being considered")).isNull();
    }
}
