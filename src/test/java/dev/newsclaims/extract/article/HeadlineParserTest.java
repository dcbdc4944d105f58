package dev.newsclaims.extract.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.model.Dateline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeadlineParserTest {

    private static Headline parse(String text, String hint) {
        return HeadlineParser.parse(TextDocument.of(text), hint);
    }

    private static String body(String text, Headline h) {
        return text.substring(h.bodyStart());
    }

    @Test
    void sampleArticleHasTitleAndRiaNovostiDateline() throws Exception {
        String text = Files.readString(Path.of("events/articles/nato-eastern-europe.txt"));
        Headline h = parse(text, null);
        assertThat(h.title()).isEqualTo("NATO declares its readiness to increase its military presence in Eastern Europe");
        assertThat(h.titleSpan().of(text)).isEqualTo(h.title());
        assertThat(h.dateline()).isEqualTo(new Dateline("Brussels", "8 Dec", "RIA Novosti", "Alexander Shishlo"));
        assertThat(h.datelineSpan().of(text)).isEqualTo("BRUSSELS, 8 Dec – RIA Novosti, Alexander Shishlo.");
        assertThat(body(text, h)).startsWith("NATO is ready to strengthen");
    }

    @Test
    void reutersStyle() {
        String text = "Central bank holds rates\n\nWASHINGTON (Reuters) - The central bank kept rates on hold.";
        Headline h = parse(text, null);
        assertThat(h.title()).isEqualTo("Central bank holds rates");
        assertThat(h.dateline()).isEqualTo(new Dateline("Washington", null, "Reuters", null));
        assertThat(h.datelineSpan().of(text)).isEqualTo("WASHINGTON (Reuters) -");
        assertThat(body(text, h)).isEqualTo("The central bank kept rates on hold.");
    }

    @Test
    void apStyleWithDateAndByline() {
        String text = "Markets slide\n\nBy Jane Smith, Associated Press\n\nNEW YORK, March 3 (AP) — Shares fell sharply on Monday.";
        Headline h = parse(text, null);
        assertThat(h.dateline()).isEqualTo(new Dateline("New York", "March 3", "AP", "Jane Smith"));
        assertThat(body(text, h)).isEqualTo("Shares fell sharply on Monday.");
    }

    @Test
    void capitalBylineAndAfpDoubleDash() {
        String text = "Strikes spread\n\nBy JANE SMITH\n\nPARIS (AFP) -- Unions called new strikes.";
        Headline h = parse(text, null);
        assertThat(h.dateline()).isEqualTo(new Dateline("Paris", null, "AFP", "Jane Smith"));
        assertThat(body(text, h)).isEqualTo("Unions called new strikes.");
    }

    @Test
    void bylineOverTwoLinesAndWeekdayDate() {
        String text = "Talks resume\nBy Jane Smith\nAssociated Press\nGENEVA, Monday (Reuters) - Talks resumed.";
        Headline h = parse(text, null);
        assertThat(h.title()).isEqualTo("Talks resume");
        assertThat(h.dateline()).isEqualTo(new Dateline("Geneva", "Monday", "Reuters", "Jane Smith"));
        assertThat(body(text, h)).isEqualTo("Talks resumed.");
    }

    @Test
    void bareCityWithDashAndWindowsLineEndings() {
        String text = "Rates held\r\nLONDON — The Bank of England held rates.\r\nMore followed.";
        Headline h = parse(text, null);
        assertThat(h.title()).isEqualTo("Rates held");
        assertThat(h.dateline().location()).isEqualTo("London");
        assertThat(body(text, h)).startsWith("The Bank of England");
    }

    @Test
    void regionAfterCityAndAbbreviatedMonth() {
        String text = "Candidate removed from debate site.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate was escorted out.";
        Headline h = parse(text, null);
        assertThat(h.title()).isEqualTo("Candidate removed from debate site.");
        assertThat(h.dateline()).isEqualTo(new Dateline("Hempstead", "Sept. 26", "UPI", null));
    }

    @Test
    void ordinaryFirstSentencesAreNotDatelines() {
        for (String text : new String[] {
                "NATO is ready to help its allies.\n\nIt said so.",
                "By Monday, the company had sold three million units.",
                "US — China talks resumed on Friday.",
                "NOTE: this story has been updated.",
                "Brussels is the capital of Belgium - and of the EU."}) {
            Headline h = parse(text, null);
            assertThat(h.dateline()).as(text).isNull();
            assertThat(h.bodyStart()).as(text).isZero();
        }
    }

    @Test
    void titleHintWinsAndFirstParagraphIsBody() {
        String text = "Quarterly profits at the firm rose 76% to $1bn.\n\nThe firm said more.";
        Headline h = parse(text, "Profits boost the firm");
        assertThat(h.title()).isEqualTo("Profits boost the firm");
        assertThat(h.titleSpan()).isNull();
        assertThat(h.bodyStart()).isZero();
    }

    @Test
    void titleHintRepeatedInTextIsSkipped() {
        String text = "Profits boost the firm\n\nQuarterly profits rose.";
        Headline h = parse(text, "Profits boost the firm");
        assertThat(h.titleSpan()).isEqualTo(new Span(0, 22));
        assertThat(body(text, h)).isEqualTo("Quarterly profits rose.");
    }

    @Test
    void leadSentenceWithPeriodIsNotTakenForTitle() {
        String text = "Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to December.\n\n"
                + "The firm said more.";
        assertThat(parse(text, null).title()).isNull();
    }

    @Test
    void titleCasedTitleEndingWithPeriod() {
        String text = "Only 24 Percent of Contributors Are Small Donors.\n\nLess than a quarter of donors give little.";
        assertThat(parse(text, null).title()).isEqualTo("Only 24 Percent of Contributors Are Small Donors.");
    }

    @Test
    void sentenceCaseHeadlineWithPeriodButNotAShortLead() {
        assertThat(parse("Judge rejects request to unseal divorce file.\n\nA judge on Monday rejected a request "
                + "by a newspaper to unseal the file.", null).title())
                .isEqualTo("Judge rejects request to unseal divorce file.");
        assertThat(parse("The company has unveiled a new phone.\n\nIt will cost less than the old model did "
                + "when it was launched.", null).title()).isNull();
    }

    @Test
    void agencyWithoutPlace() {
        String text = "(Reuters) - The company said on Monday it would buy a rival.";
        Headline h = parse(text, null);
        assertThat(h.dateline()).isEqualTo(new Dateline(null, null, "Reuters", null));
        assertThat(body(text, h)).startsWith("The company");
    }

    @Test
    void emptyAndBlankTexts() {
        for (String text : new String[] {"", " ", "\r\n\r\n", "Just a title"}) {
            Headline h = parse(text, null);
            assertThat(h.bodyStart()).isBetween(0, text.length());
        }
    }
}
