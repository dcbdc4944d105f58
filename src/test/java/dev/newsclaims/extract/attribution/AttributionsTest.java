package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written fixtures for the attribution patterns. */
class AttributionsTest {

    private final Extractor extractor = new Extractor();

    private ArticleSummary run(String body) {
        return extractor.extract("t", "Title line\n\n" + body, null);
    }

    private static Claim claim(ArticleSummary s, String prefix) {
        return s.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + prefix + " in " + s.claims()));
    }

    @Test
    void subjectThenThatClause() {
        ArticleSummary s = run("Senator Jane Miller said that the bill would pass next week.");
        Claim c = claim(s, "that the bill would pass");
        assertThat(c.kind()).isEqualTo("indirect");
        assertThat(c.speaker()).isEqualTo("Jane Miller");
        assertThat(c.cue()).isEqualTo("said");
        assertThat(s.speakers().get(0).role()).isEqualTo("Senator");
    }

    @Test
    void interruptedQuoteGivesTwoPiecesOfOneUtterance() {
        ArticleSummary s = run("“We are ready,” Miller said, “and we will not wait.”");
        Claim first = claim(s, "“We are ready,”");
        Claim second = claim(s, "“and we will not wait.”");
        assertThat(first.text()).isEqualTo("“We are ready,”");
        assertThat(List.of(first.kind(), second.kind())).containsOnly("direct");
        assertThat(List.of(first.speaker(), second.speaker())).containsOnly("Miller");
        assertThat(first.utterance()).isNotNull().isEqualTo(second.utterance());
        assertThat(s.claims()).noneMatch(c -> c.text().contains("Miller said"));
    }

    @Test
    void appositiveGivesRoleAndOrganization() {
        ArticleSummary s = run("John Smith, a spokesman for the Department of Energy, said the plant was safe.");
        Claim c = claim(s, "the plant was safe");
        assertThat(c.speaker()).isEqualTo("John Smith");
        assertThat(c.mention().text()).isEqualTo("John Smith");
        assertThat(s.speakers().get(0).role()).isEqualTo("Spokesman");
    }

    @Test
    void pronounAndSurnameResolveToTheFullName() {
        ArticleSummary s = run("Maria Lopez said the talks had failed. Later she said the deal was dead. "
                + "Lopez added that new talks could start in May.");
        assertThat(s.speakers()).hasSize(1);
        assertThat(s.speakers().get(0).name()).isEqualTo("Maria Lopez");
        assertThat(s.speakers().get(0).claims()).isEqualTo(3);
        assertThat(claim(s, "the deal was dead").mention().text()).isEqualTo("she");
    }

    @Test
    void uncuedQuoteContinuesThePreviousSpeaker() {
        ArticleSummary s = run("“We will win this fight,” Lopez said.\n\n“Nobody can stop the people of this city now.”");
        Claim c = claim(s, "“Nobody can stop");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.speaker()).isEqualTo("Lopez");
    }

    @Test
    void groupsAndOrganizations() {
        ArticleSummary s = run("Officials said the bridge would reopen. The White House said in a statement that it was monitoring events.");
        assertThat(claim(s, "the bridge would reopen").speaker()).isEqualTo("Officials");
        assertThat(s.speakers()).anyMatch(x -> x.name().equals("White House") && x.type().equals("organization"));
    }

    @Test
    void textWithoutAttributionHasNoSpeakers() {
        ArticleSummary s = run("The river rose two metres overnight. Schools were closed.");
        assertThat(s.speakers()).isEmpty();
        assertThat(s.claims()).allMatch(c -> c.kind().equals("statement"));
    }

    @Test
    void britishSingleQuotesAndInvertedRole() {
        ArticleSummary s = run("'It was a tough year for the players,' said coach Arsene Wenger. 'But we never gave up.'");
        Claim c = claim(s, "'It was a tough year");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.speaker()).isEqualTo("Arsene Wenger");
        assertThat(c.text()).isEqualTo("'It was a tough year for the players,'");
        Claim next = claim(s, "'But we never gave up.'");
        assertThat(next.speaker()).isEqualTo("Arsene Wenger");
        assertThat(next.utterance()).isNotNull().isEqualTo(c.utterance());
        assertThat(s.speakers().get(0).role()).isEqualTo("Coach");
    }

    @Test
    void relativeClauseBackgroundIsNotTheCue() {
        ArticleSummary s = run("Greg Dyke said the plan was ready. Mr Dyke, who spoke at the launch, added that the switchover would cost £2bn.");
        Claim c = claim(s, "that the switchover would cost");
        assertThat(c.cue()).isEqualTo("added");
        assertThat(c.speaker()).isEqualTo("Greg Dyke");
        assertThat(c.mention().text()).isEqualTo("Mr Dyke");
    }

    @Test
    void honorificWithPeriodStaysInTheMention() {
        ArticleSummary s = run("''We will resist the urge,'' Mr. Earnest said in a briefing.");
        Claim c = claim(s, "''We will resist");
        assertThat(c.mention().text()).isEqualTo("Mr. Earnest");
        assertThat(c.speaker()).isEqualTo("Earnest");
    }

    @Test
    void theCompanyRefersBackToTheOrganization() {
        ArticleSummary s = run("Apple said sales rose in March. The company added that prices would not change.");
        assertThat(claim(s, "that prices would not change").speaker()).isEqualTo("Apple");
        assertThat(s.speakers()).singleElement().satisfies(x -> assertThat(x.type()).isEqualTo("organization"));
    }

    @Test
    void capitalisedCommonWordOpeningASentenceIsNotPartOfTheName() {
        ArticleSummary s = run("Her rival said little. Rival Hillary Clinton said the plan would fail.");
        assertThat(claim(s, "the plan would fail").speaker()).isEqualTo("Hillary Clinton");
    }
}
