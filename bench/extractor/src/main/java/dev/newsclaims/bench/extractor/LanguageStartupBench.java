package dev.newsclaims.bench.extractor;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Loading the language models in a fresh JVM (one measured call per fork, no warm-up): the first
 * {@link LanguagePipeline#standard()} reads every bundled model; the second benchmark adds the first analysis of a
 * short text (class loading and interpretation of the stages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LanguageStartupBench {

    @Benchmark
    public LanguagePipeline loadModels() {
        return LanguagePipeline.standard();
    }

    @Benchmark
    public AnalyzedText loadModelsAndAnalyze() {
        return LanguagePipeline.standard().analyze("The minister said on Tuesday that Canada would sign the deal.");
    }
}
