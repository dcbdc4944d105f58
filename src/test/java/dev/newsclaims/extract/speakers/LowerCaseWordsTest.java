package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A name's lower-cased words are those that lower-casing it and splitting it at spaces give, split once. */
class LowerCaseWordsTest {

    @Test
    void splitsAsLowerCasingAndSplittingAtSpacesWould() {
        for (String name : new String[] {"", " ", "  ", "Trump", "Donald Trump", "Jean-Claude  Juncker", " Lead",
                "Trail ", "Trail  ", "A B C D", "ΟΔΥΣΣΕΥΣ ΧΑΣ", "Mr. O’Neill"}) {
            assertThat(LowerCaseWords.split(name)).as(name).containsExactly(name.toLowerCase(Locale.ROOT).split(" "));
        }
    }

    @Test
    void splitsEachNameOnce() {
        LowerCaseWords words = new LowerCaseWords();
        String[] first = words.of("Angela Merkel");
        assertThat(words.of(new String("Angela Merkel"))).isSameAs(first);
        assertThat(words.last("Angela Merkel")).isSameAs(first[1]);
    }
}
