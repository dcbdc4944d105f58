package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Who is who across an article, read from the published summary: documents credited to whoever issued them, the
 * types of names, roles and organisations from the words around a name, and one entity per participant.
 */
class ParticipantsTest {

    private final Extractor extractor = new Extractor();

    private ArticleSummary run(String body) {
        return extractor.extract("t", "Harbour plan draws fire\n\n" + body, null);
    }

    private static Claim claim(ArticleSummary s, String prefix) {
        return s.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + prefix + " in " + s.claims()));
    }

    private static Speaker speaker(ArticleSummary s, String name) {
        return s.speakers().stream().filter(sp -> name.equals(sp.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + s.speakers()));
    }

    // documents and collectives: the organisation that issued the document speaks; the document is the mention

    @Test
    void aStatementSaidLaterIsTheOrganisationThatIssuedIt() {
        ArticleSummary s = run("The Harbour Residents Association said in a statement that the vote was unfair.\n\n"
                + "The statement also said the group would appeal the decision in the new year.");
        Claim c = claim(s, "the group would appeal");
        assertThat(c.speaker()).isEqualTo("Harbour Residents Association");
        assertThat(c.mention().text()).isEqualTo("The statement");
        assertThat(speaker(s, "Harbour Residents Association").type()).isEqualTo("organization");
    }

    @Test
    void aStudyByAnOrganisationIsThatOrganisations() {
        ArticleSummary s = run("A study by the Coastal Research Institute looked at twelve ports.\n\n"
                + "The study found that most terminals were running at half their capacity, the authors wrote.\n\n"
                + "Later, the study said costs would double by the end of the decade.");
        assertThat(claim(s, "costs would double").speaker()).isEqualTo("Coastal Research Institute");
    }

    @Test
    void herStatementIsHers() {
        ArticleSummary s = run("Councillor Mira Patel stepped down on Friday.\n\n"
                + "“I leave with my head held high,” her statement said.");
        Claim c = claim(s, "“I leave with my head held high,”");
        assertThat(c.speaker()).isEqualTo("Mira Patel");
        assertThat(c.mention().text()).isEqualTo("her statement");
    }

    // types: places, streets and titles of works are never people; a spokesperson is a person of an organisation

    @Test
    void aPlaceWrittenAsAPlaceIsNoOnesAntecedent() {
        ArticleSummary s = run("Residents in Port Aldwyn have waited years for the ferry. Farmers across Port Aldwyn "
                + "say the roads are worse.\n\n"
                + "Aaron Blythe, who runs the hardware store, said the delay cost him customers. The last boat left "
                + "for Port Aldwyn in March. “Nobody comes in winter any more,” he said.");
        assertThat(s.speakers()).noneMatch(x -> x.name().equals("Port Aldwyn") && x.type().equals("person"));
        assertThat(claim(s, "“Nobody comes in winter").speaker()).isEqualTo("Aaron Blythe");
    }

    @Test
    void aSpokespersonForADepartmentIsAnUnnamedPersonOfIt() {
        ArticleSummary s = run("A spokesperson for the province's environment department said the assessment was "
                + "still under way.");
        Claim c = claim(s, "the assessment was still under way");
        Speaker sp = s.speakers().stream().filter(x -> x.name().equals(c.speaker())).findFirst().orElseThrow();
        assertThat(sp.role()).isEqualTo("Spokesperson");
        assertThat(sp.organization()).isEqualTo("the province's environment department");
        assertThat(sp.type()).isEqualTo("other"); // no name: not a person in the list of people quoted
        assertThat(s.speakers()).noneMatch(x -> x.type().equals("organization"));
    }

    @Test
    void aCompanyCalledSoInAnAppositiveIsNotAPerson() {
        ArticleSummary s = run("Talks stalled with Brevik, a Norwegian shipbuilding firm, over the new ferries.\n\n"
                + "Brevik said the hulls would be ready by June.");
        assertThat(s.speakers()).noneMatch(x -> x.name().equals("Brevik") && x.type().equals("person"));
    }

    // roles and organisations from pre-modifiers and appositives

    @Test
    void preModifiersGiveRoleAndOrganisation() {
        ArticleSummary s = run("Port Authority chief executive Linda Osei said the terminal would open in spring.\n\n"
                + "Retired teacher Paul Gagnon, 67, said the noise would keep the street awake.");
        Speaker osei = speaker(s, "Linda Osei");
        assertThat(osei.role()).isEqualTo("Chief Executive");
        assertThat(osei.organization()).isEqualTo("Port Authority");
        Speaker gagnon = speaker(s, "Paul Gagnon");
        assertThat(gagnon.role()).isEqualTo("Retired Teacher");
        assertThat(gagnon.organization()).isNull();
    }

    @Test
    void aNameAtOrWithAnOrganisationIsThePersonOfThatOrganisation() {
        ArticleSummary s = run("Climate scientist Nora Vey at the University of Eastport says the ice is thinning.\n\n"
                + "Dev Malhotra with the Eastport Health Authority says the wards are full.");
        assertThat(claim(s, "the ice is thinning").speaker()).isEqualTo("Nora Vey");
        assertThat(speaker(s, "Nora Vey").organization()).isEqualTo("University of Eastport");
        assertThat(claim(s, "the wards are full").speaker()).isEqualTo("Dev Malhotra");
        assertThat(speaker(s, "Dev Malhotra").organization()).isEqualTo("Eastport Health Authority");
    }

    @Test
    void anAppositiveOrganisationIsKeptAsWritten() {
        ArticleSummary s = run("Ines Holt, a spokeswoman for the city's transit agency, said buses would run late.");
        Speaker holt = speaker(s, "Ines Holt");
        assertThat(holt.role()).isEqualTo("Spokeswoman");
        assertThat(holt.organization()).isEqualTo("the city's transit agency");
    }

    // one entity per participant

    @Test
    void aTitledNameAndTheNameAreOneSpeakerAndOneEntity() {
        ArticleSummary s = run("Councillor Ahmed Rahimi, who represents the waterfront district, said the council "
                + "would review the plan.\n\n"
                + "“It was rushed,” Ahmed Rahimi said. “We will listen to everyone,” Rahimi added.");
        assertThat(s.speakers()).hasSize(1);
        assertThat(s.speakers().get(0).name()).isEqualTo("Ahmed Rahimi");
        assertThat(s.speakers().get(0).role()).isEqualTo("Councillor");
        assertThat(s.entities()).filteredOn(e -> e.text().contains("Rahimi")).hasSize(1)
                .allMatch(e -> e.text().equals("Ahmed Rahimi") && e.type().equals("person"));
    }

    @Test
    void aSurnameThatIsAlsoAMonthOrAModalAfterAnHonorificIsThePerson() {
        ArticleSummary s = run("Prime Minister Theresa May met the envoys in Brussels.\n\n"
                + "On Tuesday, Ms. May said a solution to the border question was close.");
        assertThat(claim(s, "a solution to the border question").speaker()).isEqualTo("Theresa May");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactly("Theresa May");
    }

    @Test
    void theMayorIsThePersonTheArticleTitlesMayorAnywhere() {
        ArticleSummary s = run("Gord Tanaka said on Monday the budget would be balanced.\n\n"
                + "“Mayor Tanaka has broken every promise,” said Hal Ostrowski, a resident.\n\n"
                + "The mayor claimed the rink would close for lack of use.");
        assertThat(claim(s, "the rink would close").speaker()).isEqualTo("Gord Tanaka");
        assertThat(speaker(s, "Gord Tanaka").role()).isEqualTo("Mayor");
    }

    @Test
    void wordsJoinedToAnOrganisationWordAndTitlesOfWorksAreNoPeople() {
        ArticleSummary s = run("The National Institute on Coastal Erosion said the dunes had shrunk by half.\n\n"
                + "A booklet titled Quiet Harbours said the ports were empty. “We found no ships,” she said.");
        assertThat(s.speakers()).noneMatch(x -> x.type().equals("person"));
        assertThat(claim(s, "the dunes had shrunk").speaker()).isEqualTo("National Institute on Coastal Erosion");
        assertThat(claim(s, "“We found no ships,”").speaker()).isNull(); // no person named before the pronoun
    }

    @Test
    void aNameWithItsMiddleNameAndWithoutIsOneEntityNamedInFull() {
        ArticleSummary s = run("Jason Marcel Doucet was sentenced on Monday. His lawyer spoke to reporters.\n\n"
                + "Jason Doucet said he would appeal. “I never meant to hurt anyone,” Doucet said.");
        assertThat(s.entities()).filteredOn(e -> e.text().contains("Doucet")).extracting(e -> e.text())
                .containsExactly("Jason Marcel Doucet");
        assertThat(s.speakers()).filteredOn(x -> x.type().equals("person")).hasSize(1);
    }

    @Test
    void aNameWrittenWherePlacesAreSpeaksAsAPlace() {
        ArticleSummary s = run("Ferries to Port Aldwyn stopped in March. Shops in Port Aldwyn closed early.\n\n"
                + "Port Aldwyn said it would hire its own boat.");
        Claim c = claim(s, "it would hire its own boat");
        assertThat(speaker(s, c.speaker()).type()).isEqualTo("place");
    }

    @Test
    void aLegislatorsPartyAndTitleBeforeTheNameAreOrganisationAndRole() {
        ArticleSummary s = run("“The backstop has to go,” Harbour Party MP Nell Cardew said on Monday.");
        Speaker cardew = speaker(s, "Nell Cardew");
        assertThat(cardew.type()).isEqualTo("person");
        assertThat(cardew.role()).isEqualTo("MP");
        assertThat(cardew.organization()).isEqualTo("Harbour Party");
    }
}
