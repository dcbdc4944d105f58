package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution beyond "NAME said": each construction newsrooms write, in our own wording, with the claim's exact
 * words and the person it belongs to.
 */
class AttributionConstructionsTest {

    private final Extractor extractor = new Extractor();

    private ArticleSummary run(String body) {
        return extractor.extract("t", "Title line\n\n" + body, null);
    }

    private static List<Claim> attributed(ArticleSummary s) {
        return s.claims().stream().filter(c -> !c.kind().equals("statement")).toList();
    }

    private static Claim claim(ArticleSummary s, String prefix) {
        return s.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + prefix + " in " + s.claims()));
    }

    @Test
    void invertedSpeakerFollowedByInAStatement() {
        ArticleSummary s = run("The council will close two pools. \"We had no money left,\" said Mayor Ines Varga in a "
                + "statement. \"The pools were losing $2 million a year.\"");
        Claim first = claim(s, "\"We had no money");
        assertThat(first.speaker()).isEqualTo("Ines Varga");
        assertThat(first.mention().text()).isEqualTo("Mayor Ines Varga");
        Claim second = claim(s, "\"The pools were");
        assertThat(second.speaker()).isEqualTo("Ines Varga");
        assertThat(second.utterance()).isNotNull().isEqualTo(first.utterance());
    }

    @Test
    void aShortQuotationResumingTheAttributedOneIsItsSecondPiece() {
        ArticleSummary s = run("\"We can still win the division,\" Tomas Lindqvist said. \"Nobody here has quit.\"");
        Claim second = claim(s, "\"Nobody here has quit.\"");
        assertThat(second.speaker()).isEqualTo("Tomas Lindqvist");
        assertThat(second.utterance()).isEqualTo(claim(s, "\"We can").utterance()).isNotNull();
    }

    @Test
    void companyAbbreviationWithAPeriodSpeaks() {
        ArticleSummary s = run("The mill will shed 150 jobs. \"This is a hard day for Millbrook,\" Norvale Corp. said "
                + "on Monday.\n\nNorvale Inc. said the cuts would save $30 million a year.");
        assertThat(claim(s, "\"This is a hard day").speaker()).isEqualTo("Norvale Corp.");
        assertThat(claim(s, "the cuts would save").speaker()).isEqualTo("Norvale Inc.");
    }

    @Test
    void aRoleLaterInTheArticleIsThePersonItDescribed() {
        ArticleSummary s = run("Mayor Ines Varga closed the pools on Monday. Residents were angry.\n\n"
                + "The mayor said the decision could not be reversed.");
        Claim c = claim(s, "the decision could not");
        assertThat(c.speaker()).isEqualTo("Ines Varga");
        assertThat(c.mention().text()).isEqualTo("The mayor");
    }

    @Test
    void anAgeDescriptionIsThePersonDescribedByIt() {
        ArticleSummary s = run("Piet Rensburg, a 52-year-old baker from Halifax, lost his shop in the flood.\n\n"
                + "\"We will rebuild by spring,\" the 52-year-old said.");
        assertThat(claim(s, "\"We will rebuild").speaker()).isEqualTo("Piet Rensburg");
    }

    @Test
    void aDocumentSpeaksForTheAuthorTheArticleNames() {
        ArticleSummary s = run("The nurses' union filed a complaint with the labour board on Friday.\n\n"
                + "The complaint says the hospital ignored overtime rules.");
        Claim c = claim(s, "the hospital ignored");
        assertThat(c.speaker()).contains("union");
        assertThat(c.mention().text()).isEqualTo("The complaint");
    }

    @Test
    void aDocumentWithoutANamedAuthorStaysItsOwnSource() {
        ArticleSummary s = run("The report was published last week. The report said emissions rose 3 per cent.");
        assertThat(claim(s, "emissions rose").speaker()).isEqualTo("report");
    }

    @Test
    void aParticipleBeforeByMakesNoClaimForItsNoun() {
        ArticleSummary s = run("In a statement released by her lawyer on Sunday, the singer denied the story.");
        assertThat(attributed(s)).isEmpty();
    }

    @Test
    void aBareSurnameIsTheNearestPersonOfThatName() {
        ArticleSummary s = run("Erik Lund, the team captain, said the season was over. Mats Lund, a rookie, disagreed. "
                + "\"We can still make the playoffs,\" Mats Lund said.\n\nLund added that the coach agreed.");
        assertThat(claim(s, "the season was over").speaker()).isEqualTo("Erik Lund");
        assertThat(claim(s, "that the coach agreed").speaker()).isEqualTo("Mats Lund");
    }

    @Test
    void aPartyTagInBracketsIsNoPartOfTheName() {
        ArticleSummary s = run("Rep. Nora Quill (D-Mass.) said the bill would not pass.\n\n"
                + "\"Deadlines are not optional,\" Sen. Abe Tomlin (R-Utah) said after the hearing.\n\n"
                + "Rep. Lise Marr (D-N.Y.), chair of the ethics panel, said the rules were clear.");
        assertThat(claim(s, "the bill would not pass").speaker()).isEqualTo("Nora Quill");
        assertThat(claim(s, "\"Deadlines are").speaker()).isEqualTo("Abe Tomlin");
        assertThat(claim(s, "the rules were clear").speaker()).isEqualTo("Lise Marr");
    }

    @Test
    void longSubjectsWithParticiplesAndDashes() {
        ArticleSummary s = run("Moreau, speaking to farmers in Brandon, said the tariff would be lifted.\n\n"
                + "Ines Kall -- author of a book on trade -- said the talks would drag on.");
        assertThat(claim(s, "the tariff would be lifted").speaker()).isEqualTo("Moreau");
        assertThat(claim(s, "the talks would drag on").speaker()).isEqualTo("Ines Kall");
    }

    @Test
    void aParentheticalAttributionWithAShortSubjectSplitsTheClause() {
        ArticleSummary s = run("The ferry, Mr. Osei said, would resume service in April.");
        Claim subject = claim(s, "The ferry");
        Claim rest = claim(s, "would resume service");
        assertThat(subject.text()).isEqualTo("The ferry");
        assertThat(subject.speaker()).isEqualTo("Osei");
        assertThat(rest.utterance()).isEqualTo(subject.utterance()).isNotNull();
    }

    @Test
    void anAdverbialAfterTheCueAndASecondClauseKeepBothPieces() {
        ArticleSummary s = run("Fuel sales fell 6 per cent, the agency said in its March report, and diesel sales "
                + "fell 9 per cent.");
        Claim first = claim(s, "Fuel sales fell");
        assertThat(first.text()).isEqualTo("Fuel sales fell 6 per cent");
        Claim second = claim(s, "and diesel sales");
        assertThat(second.utterance()).isEqualTo(first.utterance()).isNotNull();
        assertThat(s.claims()).noneMatch(c -> c.text().contains("March report"));
    }

    @Test
    void anUnnamedSourceAfterAnInvertedVerb() {
        ArticleSummary s = run("The meeting broke up after an hour, said one council source in the room.");
        Claim c = claim(s, "The meeting broke up");
        assertThat(c.text()).isEqualTo("The meeting broke up after an hour");
        assertThat(c.mention().text()).isEqualTo("one council source");
    }

    @Test
    void aDescribedSpeakerAfterAQuotationIsThePersonDescribedSoEarlier() {
        ArticleSummary s = run("Dana Whitfield, a Manitoba farmer who grows canola, spoke first.\n\n"
                + "\"We need a fair price,\" the farmer said.");
        Claim c = claim(s, "\"We need a fair price");
        assertThat(c.speaker()).isEqualTo("Dana Whitfield");
        assertThat(c.mention().text()).isEqualTo("the farmer");
    }

    @Test
    void aSceneSettingPhraseWithAShowTitleIsNotWhatWasSaid() {
        ArticleSummary s = run("In an interview on CBC's \"The National,\" Premier Dana Holt said the province "
                + "would run a deficit.");
        assertThat(attributed(s)).extracting(Claim::text).containsExactly("the province would run a deficit");
    }

    @Test
    void aClauseOfTimeAfterTheCueIsNotWhatWasSaid() {
        ArticleSummary s = run("\"Deadlines are not optional,\" panel Chairman Rep. Abe Tomlin (R-Utah) said after the "
                + "witness failed to appear.");
        assertThat(attributed(s)).extracting(Claim::text).containsExactly("\"Deadlines are not optional,\"");
        assertThat(claim(s, "\"Deadlines").speaker()).isEqualTo("Abe Tomlin");
    }

    @Test
    void aShowTitleAfterTheCueIsPartOfTheAdverbial() {
        ArticleSummary s = run("\"The budget is balanced,\" Premier Dana Holt said on CBC's \"The National.\"");
        assertThat(attributed(s)).extracting(Claim::text).containsExactly("\"The budget is balanced,\"");
    }

    @Test
    void aHeadlineQuotationIsSaidByTheSubjectAfterTheColon() {
        ArticleSummary s = extractor.extract("t", "'We are staying put': Tenants vow to fight eviction\n\n"
                + "The tenants said on Tuesday they would fight the eviction in court.", null);
        Claim c = claim(s, "'We are staying put'");
        assertThat(c.text()).isEqualTo("'We are staying put'");
        assertThat(c.speaker()).isEqualToIgnoringCase("tenants");
        assertThat(c.kind()).isEqualTo("direct");
    }

    @Test
    void aHeadlineWithASpeechVerbOrAShortSourceBeforeAColonIsAClaim() {
        ArticleSummary says = extractor.extract("t", "Ferry Fares Will Rise in May, Minister Ada Kerr Says\n\n"
                + "Ada Kerr spoke at the harbour on Monday.", null);
        assertThat(claim(says, "Ferry Fares Will Rise").speaker()).isEqualTo("Ada Kerr");
        ArticleSummary colon = extractor.extract("t", "Kerr: Ferries will run all winter\n\n"
                + "Transport Minister Ada Kerr spoke at the harbour on Monday.", null);
        assertThat(claim(colon, "Ferries will run").speaker()).isEqualTo("Ada Kerr");
    }

    @Test
    void aHeadlineWithoutASpeechVerbMakesNoClaim() {
        ArticleSummary s = extractor.extract("t", "Harbour Plan for Ferries Is Costly but Popular\n\n"
                + "The harbour plan was unveiled on Monday.", null);
        assertThat(attributed(s)).isEmpty();
    }

    @Test
    void aPronounGoesToThePersonNamedByASurnameJustBefore() {
        ArticleSummary s = run("Premier Ada Kerr said the budget would balance. Union leader Tom Brandt disagreed.\n\n"
                + "Brandt has led the union since 2019. He said the cuts would close schools.");
        assertThat(claim(s, "the cuts would close").speaker()).isEqualTo("Tom Brandt");
    }

    @Test
    void aPronounGoesToTheSpeakerJustQuotedWhenNoOneHasToldTheirGender() {
        ArticleSummary s = run("Mayor Don Price said the bridge would open in May.\n\n"
                + "Fire chief Jeh Okoro said crews were ready. \"We trained all winter,\" he said.");
        assertThat(claim(s, "\"We trained").speaker()).isEqualTo("Jeh Okoro");
    }

    @Test
    void anInterviewsAnswersAreTheIntervieweesAndItsQuestionsAreNoClaims() {
        ArticleSummary s = run("Former fisheries minister Ada Kerr resigned last week. She spoke to us about why.\n\n"
                + "Q: Why did you resign?\n\nA: I could no longer defend the quota. It was wrong.\n\n"
                + "Q: What comes next?\n\nA: I will go back to teaching.");
        assertThat(attributed(s)).extracting(Claim::text)
                .containsExactly("I could no longer defend the quota. It was wrong.", "I will go back to teaching.");
        assertThat(attributed(s)).allSatisfy(c -> {
            assertThat(c.speaker()).isEqualTo("Ada Kerr");
            assertThat(c.kind()).isEqualTo("direct");
        });
    }

    @Test
    void lowerCaseParticlesArePartOfTheSurname() {
        ArticleSummary s = run("The ferry will resume in May, Marta van der Linde said on Monday. \"We found the fault,\" "
                + "van der Linde told reporters.\n\nCity engineer Rui da Costa said the pier was safe. \"It held,\" "
                + "Da Costa said. Harbour official Karim bin Nasser said the checks were finished.");
        assertThat(claim(s, "The ferry will resume").speaker()).isEqualTo("Marta van der Linde");
        assertThat(claim(s, "\"We found the fault").speaker()).isEqualTo("Marta van der Linde");
        assertThat(claim(s, "\"We found the fault").mention().text()).isEqualTo("van der Linde");
        assertThat(claim(s, "the pier was safe").speaker()).isEqualTo("Rui da Costa");
        assertThat(claim(s, "\"It held").speaker()).isEqualTo("Rui da Costa");
        assertThat(claim(s, "the checks were finished").speaker()).isEqualTo("Karim bin Nasser");
        assertThat(s.speakers()).extracting(sp -> sp.name())
                .contains("Marta van der Linde", "Rui da Costa", "Karim bin Nasser")
                .doesNotContain("Linde", "Costa", "Da Costa", "Nasser");
    }

    @Test
    void aParticleJoinsOnlyTwoNameWords() {
        ArticleSummary s = run("Crowds filled the square for the parade. \"It was the best yet,\" said Lena Brandt.\n\n"
                + "The de facto leader of the board, Tom Weller, said the parade would return.");
        assertThat(claim(s, "\"It was the best").speaker()).isEqualTo("Lena Brandt");
        assertThat(claim(s, "the parade would return").speaker()).isEqualTo("Tom Weller");
    }

    @Test
    void aNameWithItsOrganisationInLowerCase() {
        ArticleSummary s = run("The parade drew 40,000 people. \"It was the best yet,\" said Lena Brandt of the festival "
                + "board.\n\nOmar Haddad of the local drivers union said the road closures had worked.");
        Claim inverted = claim(s, "\"It was the best");
        assertThat(inverted.speaker()).isEqualTo("Lena Brandt");
        assertThat(inverted.mention().text()).isEqualTo("Lena Brandt of the festival board");
        assertThat(claim(s, "the road closures").speaker()).isEqualTo("Omar Haddad");
        assertThat(s.speakers()).filteredOn(sp -> sp.name().equals("Omar Haddad"))
                .extracting(sp -> sp.organization()).containsExactly("local drivers union");
    }

    @Test
    void aClosingAttributionIsTheOuterOneAndTheClaimInsideEndsBeforeIt() {
        ArticleSummary s = run("The ferry service has been suspended since March. Officials expect the pier to reopen "
                + "in May, harbour director Ana Ruiz said on Monday.\n\nThe council warned that fares would rise, said "
                + "Jon Ekberg.");
        Claim outer = claim(s, "Officials expect the pier");
        assertThat(outer.speaker()).isEqualTo("Ana Ruiz");
        assertThat(outer.text()).isEqualTo("Officials expect the pier to reopen in May");
        assertThat(claim(s, "the pier to reopen").text()).isEqualTo("the pier to reopen in May");
        assertThat(claim(s, "the pier to reopen").speaker()).isEqualTo("Officials");
        Claim inverted = claim(s, "The council warned");
        assertThat(inverted.speaker()).isEqualTo("Jon Ekberg");
        assertThat(inverted.text()).isEqualTo("The council warned that fares would rise");
        assertThat(s.claims()).noneMatch(c -> c.text().contains(" said") || c.text().contains("said "));
    }

    @Test
    void aPartyOrFormerBeforeTheNameIsARoleNotAGivenName() {
        ArticleSummary s = run("The bill passed on Tuesday. Republican Ana Fields said the vote was late.\n\n"
                + "Former Mayor Ines Varga said the city would pay.");
        assertThat(claim(s, "the vote was late").speaker()).isEqualTo("Ana Fields");
        assertThat(claim(s, "the city would pay").speaker()).isEqualTo("Ines Varga");
        assertThat(s.speakers()).filteredOn(sp -> sp.name().equals("Ines Varga"))
                .extracting(sp -> sp.role()).containsExactly("Former Mayor");
        assertThat(s.speakers()).filteredOn(sp -> sp.name().equals("Ana Fields"))
                .extracting(sp -> sp.organization()).containsOnlyNulls();
    }
}
