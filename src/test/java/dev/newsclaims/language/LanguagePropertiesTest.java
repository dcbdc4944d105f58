package dev.newsclaims.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsclaims.language.tokenize.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the text, the analysis never throws, tokens index the text exactly and sentences cover them in order. */
class LanguagePropertiesTest {

    private final LanguagePipeline pipeline = LanguagePipeline.standard();

    @Test
    void arbitraryStrings() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 1_000)).checkAssert(this::check);
    }

    @Test
    void newsLikeStrings() {
        qt().withExamples(500).forAll(newsLike()).checkAssert(this::check);
    }

    @Test
    void edgeCases() {
        check("");
        check(" ");
        check("'");
        check("n't");
        check("'s");
        check("U.S.");
        check(". . .");
        check("\uD83D");
        check("a\u0301");
        check("<tweet/");
        check("http://");
        assertThat(pipeline.analyze(null).size()).isZero();
    }

    /** A thread reuses its working arrays from text to text: what it analysed before never shows in the next analysis. */
    @Test
    void analysisDoesNotDependOnTheTextsBefore() {
        qt().withExamples(100).forAll(newsLike(), newsLike()).checkAssert((before, text) -> {
            pipeline.analyze(before);
            assertThat(describe(pipeline.analyze(text))).isEqualTo(describe(onFreshThread(text)));
        });
        // a text too long for the kept arrays, then a short one
        String longText = "Mayor Ana Ruiz said the bridge would reopen. ".repeat(AnalysisBuffers.MAX_KEPT_TOKENS / 8);
        assertThat(describe(pipeline.analyze(longText))).isEqualTo(describe(onFreshThread(longText)));
        String text = "“It will open on Monday,” Ruiz told reporters in Toledo.";
        assertThat(describe(pipeline.analyze(text))).isEqualTo(describe(onFreshThread(text)));
    }

    private AnalyzedText onFreshThread(String text) {
        AnalyzedText[] out = new AnalyzedText[1];
        Thread t = new Thread(() -> out[0] = pipeline.analyze(text));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return out[0];
    }

    /** Every layer of every token, as text. */
    private static List<String> describe(AnalyzedText a) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.start(i) + "-" + a.end(i) + " s" + a.sentenceOf(i) + " " + a.pos(i) + " " + a.nameType(i) + " "
                    + a.lemma(i) + " " + a.head(i) + " " + a.deprel(i));
        }
        return out;
    }

    private static Gen<String> newsLike() {
        Gen<String> pieces = Generate.pick(List.of("“", "”", "\"", "'", "‘", "’", "``", "''", " said ", " don't ",
                "n't", "'s", "’s", " can't ", ", ", ". ", ". . .", "...", "\n\n", "\r\n", "\n", " — ", "--", "Mr.",
                " Sen. ", "U.S.", "p.m.", "3.3-billion", "$", "%", "100,000", "9/11", "<tweet/>", "http://x.org/a.",
                "@handle", "#tag", "é", "\u0000", "\uD83D\uDE00", "\uD83D", "(", ")", "J.", "cannot", "gonna", "'90s",
                "\u00A0", "O'Malley", "states'", "?!", "!!!"));
        Gen<String> words = strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 8).map(w -> " " + w);
        return lists().of(Generate.oneOf(pieces, words)).ofSizeBetween(0, 80).map(list -> String.join("", list));
    }

    private void check(String text) {
        AnalyzedText a = pipeline.analyze(text);
        int previousEnd = 0;
        int nonSpace = 0;
        for (int k = 0; k < text.length(); k++) {
            nonSpace += Tokenizer.isSpace(text.charAt(k)) ? 0 : 1;
        }
        int covered = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.start(i)).isGreaterThanOrEqualTo(previousEnd);
            assertThat(a.end(i)).isGreaterThan(a.start(i)).isLessThanOrEqualTo(text.length());
            assertThat(a.word(i)).isEqualTo(text.substring(a.start(i), a.end(i)));
            assertThat(Tokenizer.isSpace(a.word(i).charAt(0))).isFalse();
            for (int k = previousEnd; k < a.start(i); k++) {
                assertThat(Tokenizer.isSpace(text.charAt(k))).as("only space between tokens").isTrue();
            }
            covered += a.end(i) - a.start(i);
            previousEnd = a.end(i);
            assertThat(a.pos(i)).isNotBlank();
            assertThat(a.lemma(i)).isNotNull();
        }
        assertThat(covered).as("tokens cover every non-space character")
                .isGreaterThanOrEqualTo(nonSpace);
        int expectedStart = 0;
        for (int s = 0; s < a.sentenceCount(); s++) {
            assertThat(a.sentenceStart(s)).isEqualTo(expectedStart);
            assertThat(a.sentenceEnd(s)).isGreaterThan(a.sentenceStart(s));
            for (int i = a.sentenceStart(s); i < a.sentenceEnd(s); i++) {
                assertThat(a.sentenceOf(i)).isEqualTo(s);
            }
            expectedStart = a.sentenceEnd(s);
        }
        assertThat(expectedStart).isEqualTo(a.size());
        for (var name : a.names()) {
            assertThat(name.start()).isEqualTo(a.start(name.startToken()));
            assertThat(name.end()).isEqualTo(a.end(name.endToken() - 1));
        }
    }
}
