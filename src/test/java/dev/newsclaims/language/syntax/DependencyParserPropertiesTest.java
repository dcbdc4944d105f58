package dev.newsclaims.language.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the tokens and tags, the parser returns a tree, the same one every time. */
class DependencyParserPropertiesTest {
    private final DependencyParser parser = DependencyParser.standard();

    private static final List<String> TAGS = List.of("NN", "NNP", "VBD", "VBZ", "IN", "DT", "JJ", ",", ".", "``",
            "''", "PRP", "MD", "VB", "CC", "RB", "CD", "NOUN", "VERB", "", "???", "-LRB-");

    private static Gen<String> token() {
        Gen<String> words = strings().allPossible().ofLengthBetween(0, 12);
        Gen<String> news = Generate.pick(List.of("said", "the", "\"", ",", ".", "he", "Smith", "told", "that", "(",
                ")", "—", "U.S.", "2017", "\uD83D\uDE00", "\u0000", "“", "of"));
        return Generate.oneOf(words, news);
    }

    @Test
    void anyTokensGiveATree() {
        qt().withExamples(400)
                .forAll(lists().of(token()).ofSizeBetween(0, 120), lists().of(Generate.pick(TAGS)).ofSizeBetween(0, 130))
                .checkAssert((words, tags) -> {
                    String[] w = words.toArray(String[]::new);
                    String[] t = tags.toArray(String[]::new);
                    DependencyTree tree = parser.parse(w, t);
                    TreeShape.assertTree(tree, w.length);
                    assertThat(parser.parse(w, t)).isEqualTo(tree);
                });
    }

    @Test
    void nullWordsAndTagsAreReadAsEmpty() {
        DependencyTree tree = parser.parse(new String[] {null, "said", null}, new String[] {null, "VBD"});
        TreeShape.assertTree(tree, 3);
    }
}
