package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MarkdownTextTest {

    private final MarkdownText markdown = new MarkdownText();

    @Test
    void comparisonsAndIdentifiersAreProseNotMarkup() {
        assertThat(markdown.toText("The test shows x < y and z > w in every case."))
                .isEqualTo("The test shows x < y and z > w in every case.");
        assertThat(markdown.toText("Set max_retry_count and my__init__ as in snake_case code."))
                .isEqualTo("Set max_retry_count and my__init__ as in snake_case code.");
    }

    @Test
    void markupIsStillRemoved() {
        assertThat(markdown.toText("## Heading ##\n\nA _stressed_ and __strong__ word, <b>bold</b> and \\*stars\\*."))
                .isEqualTo("Heading\n\nA stressed and strong word, bold and *stars*.");
    }

    /** Sentences built from words and signs that are not Markdown syntax where they stand. */
    private static Gen<String> prose() {
        Gen<String> words = Generate.pick(List.of("the", "minister", "said", "x", "<", "y", ">", "z", "w", "snake_case",
                "obj__init__", "max_value_2", "a_b", "5", "-", "3", "=", "2", "C++", "AT&T", "50%", "#1", "e.g.", "(see", "above)",
                "O'Neil", "don't", "\u201cquoted\u201d", "\"plain\"", "--", "\u2014", "1990s", "$5", "~", "a<5", "b>a", "<3",
                "->", "<-", "<=", ">=", "x_1", "[sic]", "!", "?", ",", ";", ":", "Zo\u00eb", "\u00e9t\u00e9", "3.5", "#", "*"));
        Gen<String> sentence = Generate.pick(List.of("The", "A", "Officials", "In", "Zo\u00eb"))
                .zip(lists().of(words).ofSizeBetween(0, 25), (first, rest) -> first + " " + String.join(" ", rest) + ".");
        return lists().of(sentence).ofSizeBetween(1, 6).zip(Generate.pick(List.of(" ", "\n", "\n\n")),
                (sentences, separator) -> String.join(separator, sentences));
    }

    @Test
    void proseWithoutMarkdownComesOutUnchanged() {
        qt().withExamples(500).forAll(prose()).checkAssert(text -> assertThat(markdown.toText(text)).isEqualTo(text));
    }
}
