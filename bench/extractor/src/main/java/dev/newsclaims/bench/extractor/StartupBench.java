package dev.newsclaims.bench.extractor;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The extractor's own start-up in a fresh JVM (one measured call per fork, no warm-up): constructing
 * the first {@link Extractor} (lexicons, patterns), and constructing it plus running its first
 * extraction on the sample article (class loading and interpretation of every stage). Nothing of the
 * extractor is touched before the measured call: the set-up reads the article with plain java.nio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StartupBench {

    private String article;

    @Setup
    public void setUp() throws IOException {
        article = Files.readString(Corpus.repoRoot().resolve("events/articles/nato-eastern-europe.txt"), StandardCharsets.UTF_8);
    }

    @Benchmark
    public Extractor firstExtractor() {
        return new Extractor();
    }

    @Benchmark
    public ArticleSummary firstExtractorAndExtraction() {
        return new Extractor().extract("startup", article, null);
    }
}
