package dev.newsclaims.language.syntax;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a parse is a tree: one root, heads inside the sentence, no cycles, a label on every token. */
final class TreeShape {
    private TreeShape() {
    }

    static void assertTree(DependencyTree tree, int words) {
        assertThat(tree.size()).isEqualTo(words);
        int roots = 0;
        for (int i = 0; i < words; i++) {
            int h = tree.head(i);
            assertThat(h).isBetween(-1, words - 1).isNotEqualTo(i);
            assertThat(tree.label(i)).isNotEmpty();
            if (h < 0) {
                roots++;
                assertThat(tree.label(i)).isEqualTo("root");
            }
            int steps = 0;
            for (int a = i; a >= 0; a = tree.head(a)) {
                assertThat(steps++).as("cycle through token %d", i).isLessThanOrEqualTo(words);
            }
        }
        assertThat(roots).isEqualTo(words == 0 ? 0 : 1);
    }
}
