package dev.newsclaims.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The extractor never throws and only ever cuts verbatim spans, whatever the input. */
class ExtractorPropertiesTest {

    private final Extractor extractor = new Extractor();

    @Test
    void arbitraryStringsGiveVerbatimSpans() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 2_000)).checkAssert(this::check);
    }

    @Test
    void newsLikeStringsGiveVerbatimSpans() {
        qt().withExamples(500).forAll(newsLike()).checkAssert(this::check);
    }

    private static Gen<String> newsLike() {
        Gen<String> pieces = Generate.pick(List.of("“", "”", "\"", "'", "‘", "’", "«", "»", "„", " said ", " he ",
                " according to ", ", ", ". ", "\n\n", "\r\n", "\n", " — ", " told reporters ", "Jens Stoltenberg",
                " Smith", " the Secretary General ", " officials ", "NATO", " that ", "é", "\u0000", "\uD83D\uDE00",
                "\uD83D", " As noted in Moscow, ", ":", "(", ")", "A. B. ", "U.S.", "2017", " the company "));
        Gen<String> words = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8).map(w -> " " + w);
        return lists().of(Generate.oneOf(pieces, words)).ofSizeBetween(0, 80).map(list -> String.join("", list));
    }

    @Test
    void shortTextsFoundByThePropertiesStayFixed() {
        check(" \u00e9. ");
        check("\u00e9.");
        check("a.");
    }

    @Test
    void emptyAndNull() {
        check("");
        ArticleSummary s = extractor.extract("n", null, null);
        assertThat(s.claims()).isEmpty();
    }

    @Test
    void coordinatedVerbAfterAClosingQuoteMark() {
        // found by fuzzing: a coordination cut that used to end a claim before its start
        check(" ZPBA that  officials 's and said \u2019\u2019Jens Stoltenberg British Airways  he Jens St"
                + "oltenberg\uD83D\uDE00U.S. said  xTndkj RoD r AeZb gweIo, \u2019 dJX kKNZv wGJTd GFBU\u2018"
                + " WnNO'' hAx ldX. Mr\u201C Kdr according to \u2018 who  he  he  \u2014 \u201D\u00BB officia"
                + "ls  officials  As noted in Moscow,  dkKFx of \u2019\uD83D''Mr. British Airways ' Smith cCF"
                + "Dj As noted in Moscow,  VkCjNATO ZhnOj HanNATO) XV told reporters .  and said BA BBn't's t"
                + "hat  keP J.\u00BB \u2014 \"");
    }

    @Test
    void largeAdversarialInputsComplete() {
        check("\"".repeat(100_000));
        check("“".repeat(50_000) + "”".repeat(50_000));
        check("He said \"".repeat(20_000));
        check("said ".repeat(50_000));
        check(("x".repeat(50) + " ").repeat(20_000));
        check("According to according to Smith, ".repeat(10_000));
        StringBuilder garbage = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300_000; i++) {
            garbage.append((char) random.nextInt(0x3000));
        }
        check(garbage.toString());
    }

    private void check(String text) {
        ArticleSummary s = extractor.extract("p", text, null);
        for (Claim c : s.claims()) {
            assertThat(c.start()).isBetween(0, c.end());
            assertThat(c.end()).isLessThanOrEqualTo(text.length());
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            if (c.mention() != null) {
                assertThat(c.mention().start()).isBetween(0, c.mention().end());
                assertThat(c.mention().end()).isLessThanOrEqualTo(text.length());
                assertThat(c.mention().text()).isEqualTo(text.substring(c.mention().start(), c.mention().end()));
            }
        }
        assertThat(s.speakers()).allMatch(sp -> sp.name() != null && sp.claims() > 0);
    }
}
