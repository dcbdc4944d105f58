package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import org.junit.jupiter.api.Test;

/** Pronoun sources through the whole extractor, read back from the published claims and speakers. */
class PronounResolutionTest {

    private final Extractor extractor = new Extractor();

    private Claim quote(ArticleSummary summary, String words) {
        return summary.claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void pronounAfterAStreetAndATownIsThePersonNamedBefore() {
        ArticleSummary s = extractor.extract("t", "Bakery destroyed in overnight fire\n\n"
                + "Tomas Varga watched the bakery burn. The fire started on Elm Street in Springfield shortly after "
                + "midnight, and crews from the Riverside station fought it until dawn.\n\n"
                + "“We lost everything,” he said.", null);
        Claim c = quote(s, "We lost everything");
        assertThat(c.speaker()).isEqualTo("Tomas Varga");
        assertThat(c.mention().text()).isEqualTo("he");
        assertThat(s.speakers()).extracting(Speaker::name).doesNotContain("Elm Street", "Springfield");
    }

    @Test
    void photographerInACreditLineIsNeverTheAntecedent() {
        ArticleSummary s = extractor.extract("t", "Harbour plan approved\n\n"
                + "Councillor Ahmed Rahimi opposed the plan at Monday's meeting.\n\n"
                + "Ferries wait at the harbour on Tuesday. (Marco Bellini / Harbour Times)\n\n"
                + "“It was rushed,” he said.", null);
        assertThat(quote(s, "It was rushed").speaker()).isEqualTo("Ahmed Rahimi");
        assertThat(s.speakers()).extracting(Speaker::name).doesNotContain("Marco Bellini");
    }

    @Test
    void personMentionedInPassingOfTheOtherGenderDoesNotTakeTheQuote() {
        ArticleSummary s = extractor.extract("t", "Harbour plan approved\n\n"
                + "Councillor Ahmed Rahimi said the plan had been pushed through. “Nobody asked the residents,” "
                + "Rahimi said.\n\n"
                + "The plan, drafted by consultant Mia Cole over the summer, would double the number of ferries.\n\n"
                + "“It was rushed,” he said.", null);
        assertThat(quote(s, "It was rushed").speaker()).isEqualTo("Ahmed Rahimi");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactly("Ahmed Rahimi");
    }

    @Test
    void quotationParagraphAfterAColonIntroductionKeepsItsSpeaker() {
        ArticleSummary s = extractor.extract("t", "Night on the ward\n\n"
                + "Nurse Leila Haddad described the night:\n\n"
                + "“The power went out at two. We worked by torchlight for an hour.”\n\n"
                + "“Nobody panicked,” she added.", null);
        assertThat(quote(s, "The power went out").speaker()).isEqualTo("Leila Haddad");
        assertThat(quote(s, "Nobody panicked").speaker()).isEqualTo("Leila Haddad");
    }

    @Test
    void quotationAfterParagraphsNamingNoOtherPersonKeepsTheSpeaker() {
        ArticleSummary s = extractor.extract("t", "Snow season\n\n"
                + "\"We will see more storms and more floods,\" said Ilse Marchetti, who studies winters at the college.\n\n"
                + "The city has ploughed its streets for twelve days straight.\n\n"
                + "\"We are going to have to shovel more often.\"", null);
        assertThat(quote(s, "shovel more often").speaker()).isEqualTo("Ilse Marchetti");
    }

    @Test
    void quotationAfterAnotherPersonIsNamedIsNotCarriedOver() {
        ArticleSummary s = extractor.extract("t", "Snow season\n\n"
                + "\"We will see more storms and more floods,\" said Ilse Marchetti, who studies winters at the college.\n\n"
                + "Works manager Ruben Castellanos has kept the ploughs running for twelve days straight.\n\n"
                + "\"We are going to have to shovel more often.\"", null);
        assertThat(quote(s, "shovel more often").speaker()).isNotEqualTo("Ilse Marchetti");
    }
    @Test
    void aGenderedNounBeforeANameTellsWhoSheIsNot() {
        ArticleSummary s = extractor.extract("t", "New arrivals\n\n"
                + "The family reached the island in 2017.\n\n"
                + "In the first photo, Ines Valdane stands at the rail beside her husband Bodhan Kessler, who later "
                + "joined the crew.\n\n"
                + "\"We were welcomed here from the first day,\" she said.", null);
        Claim c = quote(s, "welcomed here");
        assertThat(c.speaker()).isEqualTo("Ines Valdane");
        assertThat(c.mention().text()).isEqualTo("she");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ines Valdane", "person"));
    }

    @Test
    void aSpeakerNamedAgainBySurnameAfterALongStretchIsStillTheAntecedent() {
        String stretch = ("The harbour board has debated the ferry timetable for months, and residents have written "
                + "dozens of letters about the early sailings. ").repeat(17);
        ArticleSummary s = extractor.extract("t", "Ferry dispute\n\n"
                + "Retired captain Tomas Price has sailed the island route for thirty years. "
                + "\"The early sailing is the one people need,\" Price said.\n\n"
                + stretch.trim() + "\n\n"
                + "Price also cited a study which found that commuters lose an hour a day.\n\n"
                + "\"Nobody on the board has ever taken the early boat,\" he said.", null);
        Claim c = quote(s, "Nobody on the board");
        assertThat(c.speaker()).isEqualTo("Tomas Price");
        assertThat(c.mention().text()).isEqualTo("he");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::claims)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tomas Price", 2));
    }
}
