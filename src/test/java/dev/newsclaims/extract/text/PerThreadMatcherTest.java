package dev.newsclaims.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** A matcher over a region of a text finds what a matcher over that region cut out finds, at the same places. */
class PerThreadMatcherTest {

    /** Word boundaries, a lookahead and a lookbehind: the constructs that could see past a region's ends. */
    private static final Pattern PATTERN = Pattern.compile("(?i)(?<!x)\\b(?:read|by)\\b(?! more)(?<rest>\\w*)");

    @Test
    void regionMatchesAsTheSubstring() {
        PerThreadMatcher shared = new PerThreadMatcher(PATTERN);
        qt().withExamples(2_000)
                .forAll(lists().of(Generate.pick(List.of("read", "by", " ", "x", "more", "Read", "s", ".", "bye")))
                        .ofSizeBetween(0, 12).map(parts -> String.join("", parts)), integers().between(0, 60),
                        integers().between(0, 60))
                .checkAssert((text, a, b) -> {
                    int start = Math.min(Math.min(a, b), text.length());
                    int end = Math.min(Math.max(a, b), text.length());
                    Matcher cut = PATTERN.matcher(text.substring(start, end));
                    Matcher region = shared.over(text, start, end);
                    boolean looking = cut.lookingAt();
                    assertThat(region.lookingAt()).isEqualTo(looking);
                    if (looking) {
                        assertThat(region.end() - start).isEqualTo(cut.end());
                        assertThat(region.group("rest")).isEqualTo(cut.group("rest"));
                    }
                    cut.reset();
                    region = shared.over(text, start, end);
                    while (cut.find()) {
                        assertThat(region.find()).isTrue();
                        assertThat(region.start() - start).isEqualTo(cut.start());
                        assertThat(region.group()).isEqualTo(cut.group());
                    }
                    assertThat(region.find()).isFalse();
                    assertThat(shared.over(text, start, end).matches()).isEqualTo(cut.matches());
                });
    }
}
