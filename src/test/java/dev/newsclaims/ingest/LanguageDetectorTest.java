package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
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
}
