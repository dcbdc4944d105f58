package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a claim: speech or thought with content, never an action, a perception or page furniture. */
class ClaimSemanticsTest {

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
    void speechVerbWithAClauseIsSpeech() {
        Claim c = claim(run("The mayor, Ada Brennan, announced the library would stay open on Sundays."),
                "the library would stay open");
        assertThat(c.act()).isEqualTo("speech");
        assertThat(c.speaker()).isEqualTo("Ada Brennan");
    }

    @Test
    void aRoleBeforeAnApposedNameBelongsToTheAttributionNotTheQuote() {
        String body = "\"The ferry will run all winter,\" the harbour master, Lena Okafor, said on Friday.";
        ArticleSummary s = run(body);
        Claim c = claim(s, "\"The ferry");
        assertThat(c.text()).isEqualTo("\"The ferry will run all winter,\"");
        assertThat(c.speaker()).isEqualTo("Lena Okafor");
        assertThat(c.kind()).isEqualTo("direct");
    }

    @Test
    void anInvertedSpeakerWithATitleAndATimeIsFound() {
        ArticleSummary s = run("\"The bridge opens in May,\" said Transport Minister Ilse Brandt on Wednesday.\n\n"
                + "\"We are on schedule,\" said Ilse Brandt late on Thursday.");
        Claim first = claim(s, "\"The bridge");
        assertThat(first.text()).isEqualTo("\"The bridge opens in May,\"");
        assertThat(first.speaker()).isEqualTo("Ilse Brandt");
        assertThat(first.mention().text()).isEqualTo("Transport Minister Ilse Brandt");
        assertThat(claim(s, "\"We are on").speaker()).isEqualTo("Ilse Brandt");
    }

    @Test
    void beliefAndIntentionAreThought() {
        ArticleSummary s = run("Coach Ray Dunmore believes the squad can reach the final. He wants to sign two strikers.");
        assertThat(claim(s, "the squad can reach the final").act()).isEqualTo("thought");
        assertThat(claim(s, "to sign two strikers").act()).isEqualTo("thought");
    }

    @Test
    void verbWithOnlyANounPhraseObjectIsAnAction() {
        ArticleSummary s = run("Northwind Mining reported a quarterly profit of $2.1-billion. "
                + "The board offered a special dividend to shareholders.");
        assertThat(attributed(s)).isEmpty();
    }

    @Test
    void perceptionIsNotAClaim() {
        ArticleSummary s = run("Halfway up the trail, the hiker realized her companion had stopped walking.");
        assertThat(attributed(s)).isEmpty();
    }

    @Test
    void quotedWordsInsideAnObjectAreSpeech() {
        Claim c = claim(run("Senator Lena Ortiz blasted the proposal as “a gift to landlords” on Tuesday."),
                "the proposal as “a gift");
        assertThat(c.kind()).isEqualTo("mixed");
        assertThat(c.act()).isEqualTo("speech");
    }

    @Test
    void pageLabelsBeforeAColonAreNotQuotations() {
        ArticleSummary s = run("READ MORE: Five ways the new tax rules change your refund\n\n"
                + "WATCH: Flood waters rise along the river in the northern valley\n\n"
                + "Related: The council votes on the budget tonight at city hall");
        assertThat(attributed(s)).isEmpty();
        assertThat(s.speakers()).isEmpty();
    }

    @Test
    void furnitureLinesAreNeverSpeakersOrClaims() {
        ArticleSummary s = run("“We will rebuild the pier by summer,” the harbour master, Ines Walsh, said.\n\n"
                + "Article continues below\n\n"
                + "By Tom Reyes and Ana Liu\n\n"
                + "(Photo by Sam Okafor/Getty Images)");
        assertThat(s.speakers()).extracting(x -> x.name()).containsExactly("Ines Walsh");
        assertThat(attributed(s)).singleElement().satisfies(c -> assertThat(c.text()).startsWith("“We will rebuild"));
    }

    @Test
    void reportInsideAClaimedQuotationIsNotASeparateClaim() {
        ArticleSummary s = run("“My brother told me the bridge was closing for a month,” said Omar Haddad.");
        assertThat(attributed(s)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("direct");
            assertThat(c.speaker()).isEqualTo("Omar Haddad");
        });
    }

    @Test
    void colonQuotationWithANamedSpeakerIsSpeech() {
        Claim c = claim(run("Premier Joan Whitfield: “The rail line will open next spring.”"), "“The rail line");
        assertThat(c.act()).isEqualTo("speech");
    }

    @Test
    void parentheticalAttributionSplitsItsContentIntoOneUtterance() {
        ArticleSummary s = run("Councillor Mira Patel spoke at the hearing on Monday. "
                + "The new parking fees, she said, will apply from the first of May.");
        Claim first = claim(s, "The new parking fees");
        Claim second = claim(s, "will apply from the first of May");
        assertThat(first.utterance()).isNotNull().isEqualTo(second.utterance());
        assertThat(first.act()).isEqualTo("speech");
        assertThat(second.speaker()).isEqualTo("Mira Patel");
        assertThat(s.claims()).noneMatch(c -> c.text().contains("she said"));
    }

    @Test
    void quotationResumedInTheNextSentenceIsAPieceOfTheSameUtterance() {
        ArticleSummary s = run("“The ferry is late again,” Nadia Kowalski said. “Nobody told the passengers anything at all.”");
        Claim first = claim(s, "“The ferry is late again,”");
        Claim second = claim(s, "“Nobody told the passengers");
        assertThat(second.speaker()).isEqualTo("Nadia Kowalski");
        assertThat(first.utterance()).isNotNull().isEqualTo(second.utterance());
    }

    @Test
    void pronounGoesToTheNearestPersonOfItsGenderNeverToAnOrganisation() {
        ArticleSummary s = run("Greenfield Energy hired Paul Mercer last year. Julia Novak, who chairs the board, "
                + "praised the hire. She said the company would double its output.");
        Claim c = claim(s, "the company would double");
        assertThat(c.mention().text()).isEqualTo("She");
        assertThat(c.speaker()).isEqualTo("Julia Novak");
    }

    @Test
    void pronounSkipsANearerPersonOfTheOtherGender() {
        ArticleSummary s = run("Ms. Rosa Ortega met Daniel Brooks at the port on Friday. She said the talks had stalled.");
        assertThat(claim(s, "the talks had stalled").speaker()).isEqualTo("Rosa Ortega");
    }
}
