package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Organisations and groups as speakers, read from the published summary: a definite description ("the railway",
 * "the security firm") is the organisation the article named before it, an acronym is the full name the article
 * spells it with, and a plural group opening a sentence speaks as that group.
 */
class OrganizationDescriptionsTest {

    private final Extractor extractor = new Extractor();

    private ArticleSummary run(String body) {
        return extractor.extract("t", "Winter service cut on the northern line\n\n" + body, null);
    }

    private static Claim claim(ArticleSummary s, String prefix) {
        return s.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + prefix + " in " + s.claims()));
    }

    private static Speaker speaker(ArticleSummary s, String name) {
        return s.speakers().stream().filter(sp -> name.equals(sp.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + s.speakers()));
    }

    @Test
    void aDescriptionIsTheOrganisationNamedBeforeWhoseNameEndsInItsNoun() {
        ArticleSummary s = run("Crews worked through the night after a freight train left the tracks near Halden Ridge. "
                + "Three employees with Northern Prairie Railway were treated for minor injuries.\n\n"
                + "Ice on the rails is a constant worry in January. The Winnipeg-based railway said it would cut "
                + "train lengths until the cold spell ends.");
        Claim c = claim(s, "it would cut train lengths");
        assertThat(c.speaker()).isEqualTo("Northern Prairie Railway");
        assertThat(c.mention().text()).isEqualTo("The Winnipeg-based railway");
        assertThat(speaker(s, "Northern Prairie Railway").type()).isEqualTo("organization");
    }

    @Test
    void aDescriptionIsTheOrganisationASpeakerWasNamedWith() {
        ArticleSummary s = run("The ferry will not sail until March, Harbour Commission director Ines Varga said on "
                + "Monday.\n\nThe commission said in a statement that passengers would be offered refunds.");
        Claim c = claim(s, "that passengers would be offered refunds");
        assertThat(c.speaker()).isEqualTo("Harbour Commission");
        assertThat(c.mention().text()).isEqualTo("The commission");
        assertThat(speaker(s, "Harbour Commission").type()).isEqualTo("organization");
        assertThat(speaker(s, "Ines Varga").organization()).isEqualTo("Harbour Commission");
    }

    @Test
    void anAcronymSpeaksUnderTheFullNameTheArticleSpellsItWith() {
        ArticleSummary s = run("The Coastal Transit Authority will publish its winter timetable on Monday.\n\n"
                + "CTA said the new timetable would drop four late-night crossings.");
        Claim c = claim(s, "the new timetable would drop");
        assertThat(c.speaker()).isEqualTo("Coastal Transit Authority");
        assertThat(speaker(s, "Coastal Transit Authority").type()).isEqualTo("organization");
        assertThat(s.speakers()).noneMatch(x -> x.name().equals("CTA"));
    }

    @Test
    void aDescriptionNamingNoOrganisationOfItsKindStaysAsWritten() {
        ArticleSummary s = run("Ridership on the northern line fell by a third last winter.\n\n"
                + "The union said drivers had not been consulted about the cuts.");
        Claim c = claim(s, "drivers had not been consulted");
        assertThat(c.speaker()).isEqualTo("union");
        assertThat(c.speaker()).isNotEqualTo("Northern");
    }

    @Test
    void anAgedDescriptionIsThePersonJustNamed() {
        ArticleSummary s = run("Mayor Colin Webb announced the closure of the Dunmore plant in February.\n\n"
                + "Priya Lankford lost her job there in March.\n\n"
                + "Lankford has applied to forty companies since then. The 41-year-old machinist said she had "
                + "received only two replies.");
        Claim c = claim(s, "she had received only two replies");
        assertThat(c.speaker()).isEqualTo("Priya Lankford");
        assertThat(c.mention().text()).isEqualTo("The 41-year-old machinist");
        assertThat(speaker(s, "Priya Lankford").type()).isEqualTo("person");
    }

    @Test
    void aPluralNounOpeningTheSentenceSpeaksAsThatGroup() {
        ArticleSummary s = run("The ferry from Halden Ridge ran late on four days last week.\n\n"
                + "Commuters said the timetable had not been kept since October.");
        Claim c = claim(s, "the timetable had not been kept");
        assertThat(c.speaker()).isEqualTo("Commuters");
        assertThat(speaker(s, "Commuters").type()).isEqualTo("group");
    }

    @Test
    void aPostIsTheWriterWhoWroteInIt() {
        ArticleSummary s = run("Lena Ortiz, a researcher at Quillfeather Labs, wrote in the company's blog post that "
                + "the outage came from a single faulty switch.\n\n"
                + "“The same switch failed twice in a month,” the post said.");
        Claim c = claim(s, "“The same switch failed twice");
        assertThat(c.speaker()).isEqualTo("Lena Ortiz");
        assertThat(c.mention().text()).isEqualTo("the post");
    }

    @Test
    void aWorkQuotedByItsTitleIsNoPerson() {
        ArticleSummary s = run("Delays grew through December.\n\n"
                + "“Cold weather is the hardest test for any fleet,” says a paper titled Martin Frost, published on "
                + "the operator’s website.");
        Claim c = claim(s, "“Cold weather is the hardest test");
        assertThat(c.speaker()).isEqualTo("Martin Frost");
        assertThat(speaker(s, "Martin Frost").type()).isNotEqualTo("person");
        assertThat(s.entities()).noneMatch(e -> e.text().equals("Martin Frost"));
    }

    @Test
    void aSpokeswomanForSomeoneIsNotThatPerson() {
        ArticleSummary s = run("Mayor Colin Webb defended the ferry budget on Monday.\n\n"
                + "A spokeswoman for Webb said the mayor would not comment further.");
        Claim c = claim(s, "the mayor would not comment further");
        assertThat(c.speaker()).isNotEqualTo("Colin Webb");
        Speaker sp = speaker(s, c.speaker());
        assertThat(sp.type()).isEqualTo("other");
        assertThat(sp.role()).isEqualTo("Spokeswoman");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a runaway guard, not a speed test
    void thousandsOfAcronymsAndDescriptionsAreAllRead() {
        StringBuilder body = new StringBuilder("Quarry Board Group will meet on Monday.\n\n");
        for (int i = 0; i < 2_000; i++) {
            String acronym = "Q" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i / 676 % 26);
            body.append(acronym).append(" said the levy was too high. The company said it would appeal. ");
        }
        ArticleSummary s = run(body.toString());
        assertThat(s.claims()).anyMatch(c -> c.text().startsWith("the levy was too high") && "QAAA".equals(c.speaker()));
        assertThat(s.claims()).anyMatch(c -> c.text().startsWith("it would appeal"));
    }
}
