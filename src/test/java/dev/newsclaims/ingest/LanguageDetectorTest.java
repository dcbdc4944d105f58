package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The detector over news paragraphs written for this test (src/test/resources/language/, one file per
 * language, paragraphs of 200+ characters separated by blank lines).
 */
class LanguageDetectorTest {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "ru", "uk", "ar", "zh", "pt", "it");

    private final LanguageDetector detector = new LanguageDetector();

    static List<String> paragraphs(String language) {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/language/" + language + ".txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "de", "ru", "uk", "ar", "zh", "pt", "it"})
    void everyParagraphIsRecognised(String language) {
        List<String> paragraphs = paragraphs(language);
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p -> assertThat(p.length()).isGreaterThanOrEqualTo(200));

        List<String> wrong = paragraphs.stream().filter(p -> !detector.detect(p).language().equals(language)).toList();

        // 99% of 12 paragraphs is all of them.
        assertThat(wrong).as(language).isEmpty();
    }

    @Test
    void textWithTooFewWordsIsUndetermined() {
        assertThat(detector.detect("Jens Stoltenberg, NATO, 2026").language()).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("12 345 67,8 %").language()).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("").language()).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void anEnglishArticleQuotingAnotherLanguageIsEnglish() {
        String text = "The president of France, Emmanuel Macron, said on Monday that \u201cla France est pr\u00eate\u201d to"
                + " send more troops, and that the decision had been taken with the other members of the alliance.";

        assertThat(detector.detect(text).language()).isEqualTo("en");
    }

    @Test
    void shortSentencesAreRecognisedWhenTheyHoldFunctionWords() {
        assertThat(detector.detect("The mayor said the bridge will reopen in May.").language()).isEqualTo("en");
        assertThat(detector.detect("Le maire a dit que le pont sera rouvert au mois de mai, selon la pr\u00e9fecture.").language()).isEqualTo("fr");
        assertThat(detector.detect("\u041c\u044d\u0440 \u0441\u043a\u0430\u0437\u0430\u043b, \u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 \u0432 \u043c\u0430\u0435.").language())
                .isEqualTo("ru");
    }

    /** Short lines written for this test (src/test/resources/language-short), '#' lines left out. */
    static List<String> shortLines(String language) {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/language-short/" + language + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> shortEnglish() {
        return shortLines("en");
    }

    @ParameterizedTest
    @MethodSource("shortEnglish")
    void aShortEnglishLineIsEnglishOrUndeterminedNeverAnotherLanguage(String line) {
        assertThat(detector.detect(line).language()).as(line).isIn("en", LanguageDetector.UNDETERMINED);
        assertThat(detector.detect(line).latinScript()).isTrue();
    }

    @Test
    void oneWordRepeatedIsNoEvidence() {
        assertThat(detector.detect("Come on, come on, give me a break.").language()).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("Come, come, come!").language()).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("Die, die, die, die.").language()).isEqualTo(LanguageDetector.UNDETERMINED);
        // The same number of words, all different, is enough.
        assertThat(detector.detect("Come sono le cose?").language()).isEqualTo("it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "pt", "it", "de", "nl", "pl"})
    void aShortLineInAnotherLatinScriptLanguageIsThatLanguageOrUndeterminedAndMostOftenThatLanguage(String language) {
        Map<String, List<String>> byAnswer = new TreeMap<>();
        for (String line : shortLines(language)) {
            byAnswer.computeIfAbsent(detector.detect(line).language(), k -> new ArrayList<>()).add(line);
        }

        assertThat(byAnswer.keySet()).as(byAnswer.toString()).isSubsetOf(language, LanguageDetector.UNDETERMINED);
        // A quarter of one-clause lines at least: the ones with two or more of the language's own function words.
        assertThat(byAnswer.getOrDefault(language, List.of())).as(byAnswer.toString()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void shortLinesWithEnoughOfTheirOwnWordsAreDecided() {
        assertThat(detector.detect("Bonjour à tous et bienvenue.").language()).isEqualTo("fr");
        assertThat(detector.detect("¿Dónde está el dinero?").language()).isEqualTo("es");
        assertThat(detector.detect("É uma decisão muito difícil.").language()).isEqualTo("pt");
        assertThat(detector.detect("Il sindaco ha detto che il ponte riaprirà a maggio.").language()).isEqualTo("it");
        assertThat(detector.detect("Das Spiel wird auf Sonntag verschoben.").language()).isEqualTo("de");
        assertThat(detector.detect("Ik ben het niet met hem eens.").language()).isEqualTo("nl");
        assertThat(detector.detect("Nie zgadzam się z nim.").language()).isEqualTo("pl");
        assertThat(detector.detect("Where is the money?").language()).isEqualTo("en");
    }

    @Test
    void aShortLineInAnotherScriptIsDecidedByItsScript() {
        assertThat(detector.detect("\u0414\u043e\u0431\u0440\u044b\u0439 \u0434\u0435\u043d\u044c!").language()).isEqualTo("ru");
        assertThat(detector.detect("\u0414\u043e\u0431\u0440\u0438\u0439 \u0432\u0435\u0447\u0456\u0440!").language()).isEqualTo("uk");
        assertThat(detector.detect("\u0645\u0631\u062d\u0628\u0627").language()).isEqualTo("ar");
        assertThat(detector.detect("\u4f60\u597d").language()).isEqualTo("zh");
        assertThat(detector.detect("\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1").language()).isEqualTo("el");
        assertThat(detector.detect("\uc548\ub155\ud558\uc138\uc694").language()).isEqualTo("ko");
    }
}
