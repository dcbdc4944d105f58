package dev.newsclaims.language.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Clear sentences the shipped model must parse right, and the shape of every tree it returns. */
class DependencyParserTest {
    private final DependencyParser parser = DependencyParser.standard();

    static String[] split(String s) {
        return s.split(" ");
    }

    private DependencyTree parse(String words, String tags) {
        DependencyTree tree = parser.parse(split(words), split(tags));
        TreeShape.assertTree(tree, split(words).length);
        return tree;
    }

    @Test
    void subjectVerbObject() {
        DependencyTree tree = parse("Suncor reported a profit .", "NNP VBD DT NN .");
        assertThat(tree.root()).isEqualTo(1);
        assertThat(tree.head(0)).isEqualTo(1);
        assertThat(tree.label(0)).isEqualTo("nsubj");
        assertThat(tree.head(3)).isEqualTo(1);
        assertThat(tree.label(3)).isEqualTo("dobj");
        assertThat(tree.head(2)).isEqualTo(3);
        assertThat(tree.label(2)).isEqualTo("det");
        assertThat(tree.head(4)).isEqualTo(1);
    }

    @Test
    void reportedClause() {
        DependencyTree tree = parse("She said the rules will apply .", "PRP VBD DT NNS MD VB .");
        assertThat(tree.root()).isEqualTo(1);
        assertThat(tree.head(5)).isEqualTo(1);
        assertThat(tree.label(5)).isEqualTo("ccomp");
        assertThat(tree.head(3)).isEqualTo(5);
        assertThat(tree.label(3)).isEqualTo("nsubj");
        assertThat(tree.head(4)).isEqualTo(5);
        assertThat(tree.label(4)).isEqualTo("aux");
    }

    @Test
    void passiveSubject() {
        DependencyTree tree = parse("The bill was passed by the Senate .", "DT NN VBD VBN IN DT NNP .");
        assertThat(tree.root()).isEqualTo(3);
        assertThat(tree.label(1)).isEqualTo("nsubjpass");
        assertThat(tree.label(2)).isEqualTo("auxpass");
        assertThat(tree.head(6)).isEqualTo(3);
    }

    @Test
    void emptySentenceAndOneWord() {
        assertThat(parser.parse(new String[0], new String[0]).size()).isZero();
        DependencyTree one = parser.parse(new String[] {"Hello"}, null);
        assertThat(one.head(0)).isEqualTo(-1);
        assertThat(one.label(0)).isEqualTo("root");
    }

    @Test
    void sameResultEveryRun() {
        String[] words = split("The rules , she said , will apply to every member of the committee .");
        String[] tags = split("DT NNS , PRP VBD , MD VB TO DT NN IN DT NN .");
        DependencyTree first = parser.parse(words, tags);
        for (int i = 0; i < 5; i++) {
            assertThat(parser.parse(words, tags)).isEqualTo(first);
        }
    }
}
