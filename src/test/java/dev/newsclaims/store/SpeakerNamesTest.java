package dev.newsclaims.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How names are folded and matched: the rules the directory, the search and the resolution share. */
class SpeakerNamesTest {

    @Test
    void caseAccentsAndSpacesDoNotMatter() {
        assertThat(SpeakerNames.key("  Zo\u00eb   M\u00dcLLER ")).isEqualTo("zoe muller");
        assertThat(SpeakerNames.key("J\u00e9ns STOLTENBERG")).isEqualTo("jens stoltenberg");
    }

    /** Letters that NFKD leaves whole are spelt as an English newsroom writes them. */
    @Test
    void nordicAndPolishLettersThatDoNotDecomposeAreSpeltOut() {
        assertThat(dev.newsclaims.model.Folding.fold("ST\u00d8LT")).isEqualTo("stolt");
        assertThat(dev.newsclaims.model.Folding.fold("Jonas Gahr St\u00f8re")).isEqualTo("jonas gahr store");
        assertThat(dev.newsclaims.model.Folding.fold("\u00c6r\u00f8 \u00c5s")).isEqualTo("aero as");
        assertThat(dev.newsclaims.model.Folding.fold("\u0141ukasz Wa\u0142\u0119sa")).isEqualTo("lukasz walesa");
        assertThat(dev.newsclaims.model.Folding.fold("Ma\u0142gorzata \u017b\u00f3\u0142kiewska")).isEqualTo("malgorzata zolkiewska");
        assertThat(dev.newsclaims.model.Folding.fold("Wei\u00df \u00de\u00f3r \u00d0\u00f3ra \u0110uki\u0107 \u0131rmak")).isEqualTo("weiss thor dora dukic irmak");
    }

    @Test
    void wordsDropApostrophesAndSplitOnOtherPunctuation() {
        assertThat(SpeakerNames.words("Conan O\u2019Brien")).containsExactly("conan", "obrien");
        assertThat(SpeakerNames.words("Jean-Claude Juncker")).containsExactly("jean", "claude", "juncker");
        assertThat(SpeakerNames.words("Stoltenberg, Jens")).containsExactly("stoltenberg", "jens");
    }

    @Test
    void theDirectoryFindsASpeakerByItsFirstAndLastWordsOfTwoLettersOrMore() {
        assertThat(SpeakerNames.directoryWords("ursula von der leyen")).containsExactly("ursula", "leyen");
        assertThat(SpeakerNames.directoryWords("j. d. vance")).containsExactly("vance");
        assertThat(SpeakerNames.directoryWords("nato")).containsExactly("nato");
        assertThat(SpeakerNames.directoryWords("x")).isEmpty();
    }

    @Test
    void aWrittenNameMatchesBySurnameGivenNameInitialsOrOtherOrder() {
        String jens = "jens stoltenberg";
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("Stoltenberg"), jens)).isTrue();
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("J. Stoltenberg"), jens)).isTrue();
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("Stoltenberg, Jens"), jens)).isTrue();
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("Mr Stoltenberg"), jens)).isTrue();
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("Erna Stoltenberg"), jens)).isFalse();
        assertThat(SpeakerNames.sameName(SpeakerNames.queryWords("Stolt"), jens)).as("a prefix is no name").isFalse();
        assertThat(SpeakerNames.sameName(List.of("stoltenberg", "stoltenberg"), jens)).as("each word once").isFalse();
    }

    @Test
    void typedPrefixesEachBeginADifferentWord() {
        assertThat(SpeakerNames.matchesPrefixes(List.of("jens", "st"), "jens stoltenberg")).isTrue();
        assertThat(SpeakerNames.matchesPrefixes(List.of("st", "je"), "jens stoltenberg")).isTrue();
        assertThat(SpeakerNames.matchesPrefixes(List.of("je", "jens"), "jens jensen")).as("longer prefixes choose first").isTrue();
        assertThat(SpeakerNames.matchesPrefixes(List.of("jens", "jens"), "jens stoltenberg")).isFalse();
        assertThat(SpeakerNames.matchesPrefixes(List.of("erna"), "jens stoltenberg")).isFalse();
    }
}
