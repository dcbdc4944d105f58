package dev.newsclaims.bench.extractor;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
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
 * The language layer's throughput over the corpus, one thread: one operation = one article through
 * {@link LanguagePipeline#analyze} (tokens, sentences, parts of speech, names, and whatever syntax stage the
 * standard pipeline has); tokens/s = articles/s × mean tokens per article (computed by {@link ExtractorBenchMain}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LanguageBench {

    private LanguagePipeline pipeline;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        texts = Corpus.load().texts;
        pipeline = LanguagePipeline.standard();
    }

    @Benchmark
    public AnalyzedText analyzeArticle() {
        int i = next;
        next = i + 1 == texts.size() ? 0 : i + 1;
        return pipeline.analyze(texts.get(i));
    }
}
