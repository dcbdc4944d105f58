package dev.newsclaims.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When two quotations are one, who they are credited to, and the batch grouping of the command line. */
class QuoteMatchTest {

    private static final String FERRY = "We will run the night ferry to the islands every day of the year";

    private static Claim direct(String text, String speaker) {
        return new Claim(text, 0, text.length(), "direct", speaker, null, "said", 0.9);
    }

    @Test
    void marksApostrophesPunctuationCaseEllipsesAndInsertionsDoNotMatter() {
        List<String> plain = QuoteWords.of("\u201cWe\u2019re keeping the night ferry \u2014 every day of the year,\u201d");
        assertThat(QuoteWords.of("\"WE'RE keeping the Night Ferry... every day of the year!\"")).isEqualTo(plain);
        assertThat(QuoteWords.of("We\u02bcre keeping the [island] night ferry \u2026 every day of the year")).isEqualTo(plain);
        assertThat(plain).containsExactly("were", "keeping", "the", "night", "ferry", "every", "day", "of", "the", "year");
    }

    @Test
    void theQuotationOfAMixedClaimIsItsQuotedWordsOnly() {
        Claim mixed = new Claim("the mayor called the timetable \u201ca promise we will keep for every island family\u201d", 0, 70,
                "mixed", "Ada Moss", null, "called", 0.8);
        assertThat(QuoteWords.ofClaim(mixed)).containsExactly("a", "promise", "we", "will", "keep", "for", "every", "island", "family");
        Claim unquoted = new Claim("the mayor said the ferry would run every day of the year", 0, 50, "mixed", "Ada Moss", null, "said", 0.8);
        assertThat(QuoteWords.ofClaim(unquoted)).isEmpty();
        Claim reported = new Claim("the ferry would run every day of the year", 0, 40, "indirect", "Ada Moss", null, "said", 0.8);
        assertThat(QuoteWords.ofClaim(reported)).isEmpty();
        assertThat(QuoteWords.ofClaim(direct("\u201cWe are ready now,\u201d", "Ada Moss"))).as("five words").isEmpty();
    }

    @Test
    void aTrimmedQuotationIsTheSameWhenEightWordsInARowOrTheWholeShorterOneAreShared() {
        List<String> whole = QuoteWords.of(FERRY);
        assertThat(QuoteMatch.same(whole, QuoteWords.of("run the night ferry to the islands every day"))).isTrue();
        assertThat(QuoteMatch.same(whole, QuoteWords.of("the night ferry to the islands every"))).as("seven words, all inside").isTrue();
        assertThat(QuoteMatch.same(whole, QuoteWords.of("we will run the night ferry from the mainland on Sundays")))
                .as("six words in common only").isFalse();
        assertThat(QuoteMatch.same(whole, QuoteWords.of("the night ferry to the islands is late"))).isFalse();
        assertThat(QuoteMatch.same(QuoteWords.of(FERRY + " and the morning ferry on Sundays in summer"),
                QuoteWords.of("Nobody believes that we will run the night ferry to the islands while the harbour is closed for repairs")))
                .as("nine words in common, less than half of the shorter").isFalse();
    }

    @Test
    void fingerprintsAreEqualForEqualWordsAndBoundedByTheLength() {
        List<String> words = QuoteWords.of(FERRY + " and the morning ferry on every Sunday of the summer");
        assertThat(QuoteMatch.fingerprints(words)).isEqualTo(QuoteMatch.fingerprints(QuoteWords.of(
                ("\u201c" + FERRY + ", and the morning ferry on every Sunday of the summer!\u201d").toUpperCase())));
        assertThat(QuoteMatch.fingerprints(words)).isNotEmpty().hasSizeLessThanOrEqualTo(QuoteMatch.windows(words).size())
                .contains(QuoteMatch.name(words));
        assertThat(QuoteMatch.fingerprints(QuoteWords.of("we will run the night ferry"))).hasSize(1);
        assertThat(QuoteMatch.groupId(words)).matches("[0-9a-f]{16}");
    }

    /**
     * The winnowing guarantee, tried exhaustively: every run of eight words of a quotation, set inside other words,
     * shares a fingerprint with it. Random words from a small vocabulary, so that windows also repeat by chance.
     */
    @Test
    void everyRunOfEightWordsSharesAFingerprintWithTheQuotationItCameFrom() {
        java.util.Random random = new java.util.Random(19);
        String[] vocabulary = "we will the a to of harbour ferry run not sign open close every day year island night and it".split(" ");
        int runs = 0;
        for (int trial = 0; trial < 200; trial++) {
            List<String> quotation = randomWords(random, vocabulary, 8 + random.nextInt(60));
            java.util.Set<String> prints = new java.util.HashSet<>(QuoteMatch.fingerprints(quotation));
            for (int from = 0; from + QuoteMatch.TRIM_WORDS <= quotation.size(); from++) {
                List<String> other = new java.util.ArrayList<>(randomWords(random, vocabulary, random.nextInt(12)));
                other.addAll(quotation.subList(from, from + QuoteMatch.TRIM_WORDS));
                other.addAll(randomWords(random, vocabulary, random.nextInt(12)));
                assertThat(QuoteMatch.fingerprints(other)).as("run at %d of %s", from, quotation).anyMatch(prints::contains);
                runs++;
            }
        }
        assertThat(runs).isGreaterThan(5_000);
    }

    private static List<String> randomWords(java.util.Random random, String[] vocabulary, int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(vocabulary[random.nextInt(vocabulary.length)] + (random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(9))));
        }
        return out;
    }

    @Test
    void aFormTrimmedAtEitherEndJoinsTheGroupWhicheverCameFirst() {
        java.util.Random random = new java.util.Random(7);
        String[] vocabulary = "harbour ferry timetable council winter storm island pier crew ticket fare village mainland".split(" ");
        for (int trial = 0; trial < 100; trial++) {
            List<String> words = randomWords(random, vocabulary, 14 + random.nextInt(30));
            int front = random.nextInt(words.size() - QuoteMatch.TRIM_WORDS);
            int back = words.size() - random.nextInt(words.size() - front - QuoteMatch.TRIM_WORDS + 1);
            String whole = String.join(" ", words);
            String trimmed = String.join(" ", words.subList(front, back));
            for (boolean wholeFirst : new boolean[] {true, false}) {
                QuoteGroups groups = new QuoteGroups(new ObjectMapper());
                groups.add("first", article("\u201c" + (wholeFirst ? whole : trimmed) + "\u201d", "Ada Moss"));
                groups.add("second", article("\"" + (wholeFirst ? trimmed : whole) + "\"", "Ada Moss"));
                assertThat(groups.groups(1)).as("%s / %s", whole, trimmed).hasSize(1);
            }
        }
    }

    @Test
    void aLongerFormBridgingTwoGroupsMergesThemUnderTheOlder() {
        String opening = "We will not sign a timetable that leaves the island without a night ferry";
        String closing = "and the council knows that every family on the pier depends on it";
        QuoteGroups groups = new QuoteGroups(new ObjectMapper());
        groups.add("opening", article("\u201c" + opening + ",\u201d", "Ada Moss"));
        groups.add("closing", article("\u201c" + closing + ",\u201d", "Ada Moss"));
        assertThat(groups.groups(1)).hasSize(2);
        groups.add("whole", article("\u201c" + opening + ", " + closing + ".\u201d", "Ada Moss"));
        List<QuoteGroup> all = groups.groups(1);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).appearances()).extracting(QuoteGroup.Appearance::articleId)
                .containsExactly("opening", "closing", "whole");
        assertThat(all.get(0).text()).isEqualTo(opening + ",");
    }

    @Test
    void variantsOfOneNameAreOnePersonAndNobodyOrAnOrganisationIsNoConflict() {
        var jens = new CreditedPeople.Credit("Jens Stoltenberg", "person");
        var surname = new CreditedPeople.Credit("Stoltenberg", "person");
        var possessive = new CreditedPeople.Credit("NATO's Stoltenberg", "person");
        var initial = new CreditedPeople.Credit("J. Stoltenberg", "person");
        assertThat(CreditedPeople.conflict(List.of(jens, surname, possessive, initial))).isFalse();
        assertThat(CreditedPeople.speakers(List.of(jens, surname, possessive)))
                .containsExactly(new CreditedPeople.Credited("Jens Stoltenberg", 3));
        assertThat(CreditedPeople.conflict(List.of(jens, new CreditedPeople.Credit(null, null)))).isFalse();
        assertThat(CreditedPeople.conflict(List.of(jens, new CreditedPeople.Credit("NATO", "organization")))).isFalse();
        assertThat(CreditedPeople.conflict(List.of(jens, new CreditedPeople.Credit("Anna Lind", "person")))).isTrue();
        assertThat(CreditedPeople.conflict(List.of(jens, new CreditedPeople.Credit("Erna Stoltenberg", "person"))))
                .as("same surname, another given name").isTrue();
    }

    @Test
    void aBatchGroupsTheFormsOfOneQuotationOncePerArticleInBatchOrder() {
        QuoteGroups groups = new QuoteGroups(new ObjectMapper());
        groups.add("one", article("\u201c" + FERRY + ",\u201d", "Ada Moss"));
        groups.add("two", article("\"" + FERRY.toLowerCase() + "!\"", "Moss"));
        groups.add("three", article("\u201cthe night ferry to the islands every day of the year\u201d", "Piet Rensburg"));
        groups.add("four", article("\u201cOur buses will run to the harbour every single morning\u201d", "Ada Moss"));

        List<QuoteGroup> recurring = groups.groups(2);
        assertThat(recurring).hasSize(1);
        QuoteGroup ferry = recurring.get(0);
        assertThat(ferry.appearances()).extracting(QuoteGroup.Appearance::articleId).containsExactly("one", "two", "three");
        assertThat(ferry.conflict()).isTrue();
        assertThat(ferry.speakers()).containsExactly(new CreditedPeople.Credited("Ada Moss", 2),
                new CreditedPeople.Credited("Piet Rensburg", 1));
        assertThat(ferry.appearances().get(1).claim().get("quoteId").asText()).isEqualTo(ferry.id());
        assertThat(groups.groups(1)).hasSize(2);
    }

    private static ArticleSummary article(String quote, String speaker) {
        Claim claim = direct(quote, speaker);
        Claim again = direct(quote, speaker);
        return new ArticleSummary("id", null, "Ferry news", null, "en", List.of(),
                List.of(new Speaker(speaker, null, null, "person", 2)), List.of(claim, again), List.of(), null);
    }
}
