package dev.newsclaims.extract.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared possessive test, with either apostrophe, singular and plural. */
class PossessivesTest {

    @Test
    void stripsTheSingularPossessiveWithEitherApostrophe() {
        assertThat(Possessives.stripPossessive("Brindlemoor's")).isEqualTo("Brindlemoor");
        assertThat(Possessives.stripPossessive("Quellport’s")).isEqualTo("Quellport");
        assertThat(Possessives.stripPossessive("Quellport")).isEqualTo("Quellport");
        assertThat(Possessives.stripPossessive("the growers'")).isEqualTo("the growers'");
    }

    @Test
    void tellsSingularFromPluralPossessives() {
        assertThat(Possessives.endsWithApostropheS("Vantor's")).isTrue();
        assertThat(Possessives.endsWithApostropheS("growers'")).isFalse();
        assertThat(Possessives.isPossessive("growers'")).isTrue();
        assertThat(Possessives.isPossessive("growers’")).isTrue();
        assertThat(Possessives.isPossessive("Vantor’s")).isTrue();
        assertThat(Possessives.isPossessive("growers")).isFalse();
        assertThat(Possessives.isPossessive("rock'n'roll")).isFalse();
    }
}
