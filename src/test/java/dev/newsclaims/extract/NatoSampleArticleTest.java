package dev.newsclaims.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article of the S3 event must come out right: speakers, claims, cues, mentions, statements. */
class NatoSampleArticleTest {

    private static String text;
    private static ArticleSummary summary;

    @BeforeAll
    static void extract() throws IOException {
        text = Files.readString(Path.of("events/articles/nato-eastern-europe.txt"), StandardCharsets.UTF_8);
        summary = new Extractor().extract("nato", text, null);
    }

    @Test
    void everyClaimIsVerbatim() {
        for (Claim c : summary.claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
            if (c.mention() != null) {
                assertThat(text.substring(c.mention().start(), c.mention().end())).isEqualTo(c.mention().text());
            }
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void stoltenbergIsOneSpeakerWithRoleAndOrganization() {
        Speaker s = speaker("Jens Stoltenberg");
        assertThat(s.role()).isEqualTo("Secretary General");
        assertThat(s.organization()).isEqualTo("NATO");
        assertThat(s.type()).isEqualTo("person");
        // opening claim, two quotes, "according to", two "reiterated" and the "stressing" participle clause
        assertThat(s.claims()).isEqualTo(7);
        assertThat(summary.speakers()).filteredOn(x -> x.name().contains("Stoltenberg")).hasSize(1);
    }

    @Test
    void openingReportedClaimIsStoltenbergs() {
        Claim c = claimStartingWith("NATO is ready to strengthen");
        assertThat(c.text()).endsWith("Baltic States");
        assertThat(c.kind()).isEqualTo("indirect");
        assertThat(c.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(c.cue()).isEqualTo("said");
        assertThat(c.mention().text()).contains("Jens Stoltenberg");
    }

    @Test
    void directQuoteWithPronounMention() {
        Claim c = claimStartingWith("“The presence of the multinational battalions");
        assertThat(c.text()).endsWith("in case of need,”");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(c.mention().text()).isEqualTo("he");
        assertThat(c.cue()).isEqualTo("told reporters");
    }

    @Test
    void dashAttributedQuote() {
        Claim c = claimStartingWith("“They play a key role");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(c.mention().text()).isEqualTo("Stoltenberg");
        assertThat(c.cue()).isEqualTo("said");
    }

    @Test
    void accordingToStoltenberg() {
        Claim c = claimStartingWith("it is not that four battalions");
        assertThat(c.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(c.cue()).isEqualTo("According to");
    }

    @Test
    void bothReiteratedClaimsAreMixed() {
        Claim first = claimStartingWith("that NATO is ready to defend all allies");
        assertThat(first.kind()).isEqualTo("mixed");
        assertThat(first.mention().text()).isEqualTo("The Secretary General");
        assertThat(first.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(first.cue()).isEqualTo("reiterated");
        assertThat(first.text()).endsWith("“against any threat”");
        Claim stressing = claimStartingWith("the fact that the battalions of NATO");
        assertThat(stressing.cue()).isEqualTo("stressing");
        assertThat(stressing.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(stressing.mention().text()).isEqualTo("The Secretary General");
        Claim second = claimStartingWith("that the Alliance “does not see");
        assertThat(second.kind()).isEqualTo("mixed");
        assertThat(second.mention().text()).isEqualTo("he");
        assertThat(second.speaker()).isEqualTo("Jens Stoltenberg");
        assertThat(second.text()).contains("“respond proportionally”");
    }

    @Test
    void governmentVoices() {
        Speaker moscow = speaker("Moscow");
        assertThat(moscow.type()).isIn("place", "organization");
        assertThat(moscow.organization()).isEqualTo("Russia"); // the capital speaks for the Russian government
        assertThat(claimStartingWith("Russia for anybody not a threat").cue()).isEqualTo("noted");
        Speaker ministry = summary.speakers().stream().filter(s -> s.name().contains("Ministry")).findFirst()
                .orElseThrow();
        assertThat(ministry.type()).isEqualTo("organization");
        assertThat(claimStartingWith("all the current threats").cue()).isEqualTo("According to");
        Speaker lavrov = speaker("Sergei Lavrov");
        assertThat(lavrov.role()).isEqualTo("Foreign Minister");
        assertThat(lavrov.organization()).isEqualTo("Russia");
        assertThat(claimStartingWith("that Russia will not get involved").cue()).isEqualTo("stressed");
    }

    @Test
    void mentionedPeopleAndBylineAreNotSpeakers() {
        List<String> names = summary.speakers().stream().map(Speaker::name).toList();
        assertThat(names).noneMatch(n -> n.contains("Kaljulaid") || n.contains("Shishlo"));
        assertThat(summary.speakers()).hasSize(4);
    }

    @Test
    void scareQuotesAreNotClaims() {
        assertThat(summary.claims()).noneMatch(c -> c.text().equals("“deter”") || c.text().equals("“respond proportionally”"));
    }

    @Test
    void warsawSummitSentenceIsAStatement() {
        Claim c = claimStartingWith("By decision of the July NATO summit in Warsaw");
        assertThat(c.kind()).isEqualTo("statement");
        assertThat(c.speaker()).isNull();
        assertThat(c.mention()).isNull();
        assertThat(summary.claims()).filteredOn(x -> x.kind().equals("statement")).hasSizeLessThanOrEqualTo(5);
    }

    private static Speaker speaker(String name) {
        return summary.speakers().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + summary.speakers()));
    }

    private static Claim claimStartingWith(String prefix) {
        return summary.claims().stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting with " + prefix));
    }
}
