package dev.newsclaims.extract.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.process.ArticlePipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile shape, 450 KB of it (under the token limit even at one token a character), through the path of an
 * uploaded file (bytes → ingest → extractor): it finishes (the timeout only stops a runaway, it measures nothing;
 * speed is in {@code bench/run-hostile.sh}) and what it finds is still the kind of thing a reader can use: verbatim
 * spans, no claim that swallows the file, no text repeated in claim after claim, a summary of a few sentences. At
 * 5 MB every shape has more tokens than the limit and is refused as {@code too_large}.
 */
class HostileShapesTest {

    private static final int BYTES = 450_000;
    /** A claim is at most a long quotation; a longer one has swallowed a file of marks. */
    private static final int MAX_CLAIM_CHARS = 20_000;
    /** Reports nest a few deep ("X said Y believes Z"); a storm of cue words must not nest each in the last. */
    private static final int MAX_CLAIMS_OVER_ONE_CHARACTER = 4;
    /** A few sentences, never the article. */
    private static final int MAX_SUMMARY_CHARS = 10_000;

    private static final ArticlePipeline PIPELINE = new ArticlePipeline(new ArticleDecoder(), new Extractor());

    static Stream<HostileShapes.Shape> shapes() {
        return HostileShapes.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void underTheTokenLimitGivesABoundedSensibleSummary(HostileShapes.Shape shape) {
        String text = shape.of(BYTES);
        ArticlePipeline.Result result = PIPELINE.fromBytes(shape.name(), text.getBytes(StandardCharsets.UTF_8),
                "text/plain", shape.name() + ".txt", null);

        assertThat(result).as("summarised, not refused").isInstanceOf(ArticlePipeline.Summarized.class);
        ArticleSummary summary = ((ArticlePipeline.Summarized) result).summary();
        String article = ((ArticlePipeline.Summarized) result).article().text();
        for (Claim c : summary.claims()) {
            assertThat(c.start()).isBetween(0, c.end() - 1);
            assertThat(c.end()).isLessThanOrEqualTo(article.length());
            assertThat(c.text()).isEqualTo(article.substring(c.start(), c.end()));
            assertThat(c.end() - c.start()).as("claim length").isLessThanOrEqualTo(MAX_CLAIM_CHARS);
            if (c.mention() != null) {
                assertThat(c.mention().text()).isEqualTo(article.substring(c.mention().start(), c.mention().end()));
            }
        }
        assertThat(deepestOverlap(summary.claims())).as("claims over one character")
                .isLessThanOrEqualTo(MAX_CLAIMS_OVER_ONE_CHARACTER);
        assertThat(summary.summary()).hasSizeLessThanOrEqualTo(Extractor.SUMMARY_SENTENCES);
        assertThat(summary.summary().stream().mapToInt(String::length).sum()).as("summary length")
                .isLessThanOrEqualTo(MAX_SUMMARY_CHARS);
        summary.summary().forEach(sentence -> assertThat(article).contains(sentence));
        assertThat(summary.speakers()).allMatch(s -> s.name() != null && s.claims() > 0);
        assertThat(summary.entities()).allMatch(e -> e.text().length() <= 200 && e.count() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void fiveMegabytesAreRefusedAsTooLarge(HostileShapes.Shape shape) {
        String text = shape.of(5_000_000);
        ArticlePipeline.Result result = PIPELINE.fromBytes(shape.name(), text.getBytes(StandardCharsets.UTF_8),
                "text/plain", shape.name() + ".txt", null);

        assertThat(result).isInstanceOf(ArticlePipeline.Refused.class);
        ArticlePipeline.Refused refused = (ArticlePipeline.Refused) result;
        assertThat(refused.outcome()).isEqualTo("too_large");
        assertThat(refused.reason()).contains(String.valueOf(ArticlePipeline.MAX_TOKENS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void everyShapeHasTheSizeAskedFor(HostileShapes.Shape shape) {
        int bytes = shape.of(BYTES).getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isBetween(BYTES * 9 / 10, BYTES * 11 / 10);
    }

    /** The most claims that cover one same character. */
    private static int deepestOverlap(List<Claim> claims) {
        List<int[]> edges = new ArrayList<>();
        for (Claim c : claims) {
            edges.add(new int[] {c.start(), 1});
            edges.add(new int[] {c.end(), -1});
        }
        edges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int depth = 0;
        int deepest = 0;
        for (int[] edge : edges) {
            depth += edge[1];
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
