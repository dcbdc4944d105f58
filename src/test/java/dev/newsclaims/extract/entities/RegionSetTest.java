package dev.newsclaims.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A region of the text is found as its substring would be, in lower case as {@code toLowerCase} would make it. */
class RegionSetTest {

    @Test
    void findsRegionsAsTheirSubstringsAndLowerCaseForms() {
        qt().withExamples(300).forAll(lists().of(strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 4))
                .ofSizeBetween(1, 60)).checkAssert(words -> check(words));
    }

    @Test
    void lowerCasesOtherLettersAsToLowerCaseDoes() {
        check(List.of("ΟΔΟΣ", "οδος", "οδοσ", "İstanbul", "i̇stanbul", "KELVIN", "kelvin", "Émile", "émile", "ÉMILE"));
    }

    private static void check(List<String> words) {
        String text = String.join(" ", words);
        Set<String> lower = new HashSet<>();
        Set<String> exact = new HashSet<>();
        for (int k = 0; k < words.size(); k += 2) { // every other word is in the set
            exact.add(words.get(k));
            lower.add(words.get(k).toLowerCase(Locale.ROOT));
        }
        RegionSet exactSet = RegionSet.of(exact, exact.size());
        RegionSet lowerSet = RegionSet.of(lower, lower.size());
        int at = 0;
        for (String w : words) {
            int end = at + w.length();
            assertThat(exactSet.find(text, at, end) != null).isEqualTo(exact.contains(w));
            assertThat(lowerSet.findLowerCase(text, at, end) != null)
                    .isEqualTo(lower.contains(w.toLowerCase(Locale.ROOT)));
            at = end + 1;
        }
    }
}
