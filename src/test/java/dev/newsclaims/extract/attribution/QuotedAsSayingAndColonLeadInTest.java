package dev.newsclaims.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Quotations whose attribution news writes in a fixed formula: "she was quoted as saying", a speaker who "echoes" an
 * earlier remark, and a lead-in before a colon followed by its own attribution ("Brandt repeated: “…,” she said").
 * Each claim gets its speaker, and its words are the quotation alone.
 */
class QuotedAsSayingAndColonLeadInTest {

    private final Extractor extractor = new Extractor();

    private static Claim quote(ArticleSummary summary, String words) {
        return summary.claims().stream().filter(c -> c.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void quotedAsSayingAfterTheQuotationNamesThePronounsPerson() {
        ArticleSummary s = extractor.extract("t", "Debt worries at city hall\n\n"
                + "In a release issued late on Friday, Mayor Ilse Brandt expressed concern about the debt.\n\n"
                + "“The numbers are worse than anyone expected,” she was quoted as saying in the release.", null);
        Claim c = quote(s, "worse than anyone expected");
        assertThat(c.speaker()).isEqualTo("Ilse Brandt");
        assertThat(c.mention().text()).isEqualTo("she");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.act()).isEqualTo("speech");
        assertThat(s.speakers()).extracting(Speaker::name, Speaker::type)
                .containsExactly(Tuple.tuple("Ilse Brandt", "person"));
    }

    @Test
    void quotedAsSayingWithAReportedClause() {
        ArticleSummary s = extractor.extract("t", "Ferry fares to rise\n\n"
                + "Harbour commissioner Jonas Ekdahl spoke to the board on Tuesday.\n\n"
                + "Ekdahl was quoted as saying that fares would rise by a tenth in the spring.", null);
        Claim c = quote(s, "fares would rise");
        assertThat(c.speaker()).isEqualTo("Jonas Ekdahl");
        assertThat(c.kind()).isEqualTo("indirect");
        assertThat(c.text()).startsWith("that fares would rise");
    }

    @Test
    void aPassiveWithoutQuotedAsSayingStillNamesNoSource() {
        ArticleSummary s = extractor.extract("t", "Ferry fares to rise\n\n"
                + "The new timetable was quoted in the board's minutes, which list every crossing.", null);
        assertThat(s.claims()).noneMatch(c -> c.speaker() != null);
    }

    @Test
    void echoedIsASpeechCue() {
        ArticleSummary s = extractor.extract("t", "Dating advice\n\n"
                + "Therapists say confidence matters more than looks.\n\n"
                + "“Confidence is the first thing people notice,” echoed counsellor Ravi Menon, who runs workshops "
                + "for couples.", null);
        Claim c = quote(s, "Confidence is the first thing");
        assertThat(c.speaker()).isEqualTo("Ravi Menon");
        assertThat(c.cue()).isEqualTo("echoed");
        assertThat(c.act()).isEqualTo("speech");
    }

    @Test
    void colonLeadInIsNotPartOfTheQuotationItsOwnAttributionFollows() {
        ArticleSummary s = extractor.extract("t", "Road budget\n\n"
                + "Mayor Ilse Brandt has warned about the debt since March.\n\n"
                + "Brandt repeated on Thursday: “We cannot keep borrowing to pay for roads,” she told reporters.", null);
        Claim c = quote(s, "We cannot keep borrowing");
        assertThat(c.text()).isEqualTo("“We cannot keep borrowing to pay for roads,”");
        assertThat(c.kind()).isEqualTo("direct");
        assertThat(c.speaker()).isEqualTo("Ilse Brandt");
        assertThat(c.mention().text()).isEqualTo("she");
    }

    @Test
    void echoesRightAfterAQuotationIsTheInvertedVerb() {
        ArticleSummary s = extractor.extract("t", "Dating advice\n\n"
                + "Barber Marta Kell works with couples who want to change their look.\n\n"
                + "“One of the most attractive things is confidence,” echoes Kell. “People notice it.”", null);
        Claim c = quote(s, "most attractive things");
        assertThat(c.speaker()).endsWith("Marta Kell");
        assertThat(c.mention().text()).isEqualTo("Kell");
        assertThat(c.cue()).isEqualTo("echoes");
        assertThat(quote(s, "People notice it").speaker()).endsWith("Marta Kell");
    }
}
