package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A quotation keeps the speaker its attribution names when words follow the verb or precede the name ("said by
 * phone", "said X with the union", "said oil and gas worker X"), and so does the quotation that follows it.
 */
class QuoteSpeakerAfterAdjunctsTest {

    private final Extractor extractor = new Extractor();

    private static Claim quote(ArticleSummary summary, String words) {
        return summary.claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void speakerBeforeSaidByPhoneAndTheNextQuotation() {
        ArticleSummary s = extractor.extract("t", "Golf season\n\nThe season opens next week in Arizona.\n\n"
                + "\"I was glad to rest, but I was glad to get back to it,\" Adam Jarvis said by phone from Tucson. "
                + "\"Hopefully that carries into a quick start.\"", null);
        assertThat(quote(s, "glad to rest").speaker()).isEqualTo("Adam Jarvis");
        assertThat(quote(s, "Hopefully").speaker()).isEqualTo("Adam Jarvis");
    }

    @Test
    void participleByItsAuthorIsStillNoSpeaker() {
        ArticleSummary s = extractor.extract("t", "Plant closes\n\nThe plant will close in March. "
                + "A statement released by the company on Monday gave no reason.", null);
        assertThat(s.claims()).noneMatch(c -> "the company".equalsIgnoreCase(c.speaker()));
    }

    @Test
    void invertedSpeakerFollowedByAnAffiliation() {
        ArticleSummary s = extractor.extract("t", "Waits grow longer\n\n"
                + "“Three patients waited more than half an hour for help,” said Nora Quill with the Union of Harbour "
                + "Workers, which represents paramedics. “The station was seven minutes away.”", null);
        assertThat(quote(s, "Three patients").speaker()).isEqualTo("Nora Quill");
        assertThat(quote(s, "The station was").speaker()).isEqualTo("Nora Quill");
    }

    @Test
    void invertedSpeakerAfterALongerLowerCaseRole() {
        ArticleSummary s = extractor.extract("t", "Rally held\n\n"
                + "“Our neighbours are leaving town,” said oil and gas worker Dale Penner. "
                + "“They cannot find work here any more.”", null);
        assertThat(quote(s, "Our neighbours").speaker()).isEqualTo("Dale Penner");
        assertThat(quote(s, "cannot find work").speaker()).isEqualTo("Dale Penner");
    }

    @Test
    void invertedSpeakerAfterAPlaceOrAnOrganisationAndARole() {
        ArticleSummary s = extractor.extract("t", "Comics in the city\n\n"
                + "The shop opened in 2009 and sells work by local artists.\n\n"
                + "“Every publisher rejected me,” says Springfield cartoonist Andre Kamper, whose hero uses a "
                + "wheelchair. “They liked the stories, but not the drawings.”\n\n"
                + "“It is about the people,” said Harbour Watch volunteer coordinator Lena Brisk.", null);
        assertThat(quote(s, "Every publisher").speaker()).isEqualTo("Andre Kamper");
        assertThat(quote(s, "Every publisher").mention().text()).isEqualTo("Springfield cartoonist Andre Kamper");
        assertThat(quote(s, "liked the stories").speaker()).isEqualTo("Andre Kamper");
        assertThat(quote(s, "about the people").speaker()).isEqualTo("Lena Brisk");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::role, Speaker::organization, Speaker::type)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("Andre Kamper", "Cartoonist", "Springfield", "person"),
                        Tuple.tuple("Lena Brisk", "Volunteer Coordinator", "Harbour Watch", "person"));
    }

    @Test
    void speakerBeforeTheVerbAfterAnOrganisationAndARole() {
        ArticleSummary s = extractor.extract("t", "Rally held\n\n"
                + "Protesters gathered on Monday evening.\n\n"
                + "“This rally is the only voice left,” Harbour Watch volunteer media coordinator Lena Brisk said.\n\n"
                + "The march will go ahead, Springfield coordinator Dora Vance said.", null);
        Claim rally = quote(s, "only voice left");
        assertThat(rally.speaker()).isEqualTo("Lena Brisk");
        assertThat(rally.text()).isEqualTo("“This rally is the only voice left,”");
        Claim march = quote(s, "march will go ahead");
        assertThat(march.speaker()).isEqualTo("Dora Vance");
        assertThat(march.kind()).isEqualTo("indirect");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::type)
                .containsExactlyInAnyOrder(Tuple.tuple("Lena Brisk", "person"), Tuple.tuple("Dora Vance", "person"));
    }
}
