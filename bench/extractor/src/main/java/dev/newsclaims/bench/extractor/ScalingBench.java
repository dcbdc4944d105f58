package dev.newsclaims.bench.extractor;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time per article as the article grows: 1 KB, 10 KB, 100 KB, 1 MB of real corpus paragraphs.
 * {@link ExtractorBenchMain} divides by the exact input size to give ns per KB at each length: a flat
 * line is linear, a rising one is not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ScalingBench {

    @Param({"1", "10", "100", "1024"})
    public int sizeKb;

    private Extractor extractor;
    private String text;

    @Setup
    public void setUp() {
        text = Corpus.load().synthetic(sizeKb * 1024);
        extractor = new Extractor();
    }

    @Benchmark
    public ArticleSummary extractSynthetic() {
        return extractor.extract("bench", text, null);
    }
}
