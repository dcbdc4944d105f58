package dev.newsclaims.bench.extractor;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Throughput over the corpus, one thread: one operation = one article, taken in turn, so over a run
 * every article counts equally and ops/s = articles/s; MB/s = articles/s × mean article bytes
 * (computed by {@link ExtractorBenchMain}). With {@code -prof gc}, {@code gc.alloc.rate.norm} is the
 * allocation per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CorpusBench {

    private Extractor extractor;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        texts = Corpus.load().texts;
        extractor = new Extractor();
    }

    @Benchmark
    public ArticleSummary extractArticle() {
        int i = next;
        next = i + 1 == texts.size() ? 0 : i + 1;
        return extractor.extract("bench", texts.get(i), null);
    }
}
