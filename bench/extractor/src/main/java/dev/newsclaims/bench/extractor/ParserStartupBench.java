package dev.newsclaims.bench.extractor;

import dev.newsclaims.language.syntax.DependencyParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Loading the parser model in a fresh JVM (one call per fork, no warm-up): class loading, inflating, bulk copy. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParserStartupBench {

    @Benchmark
    public DependencyParser loadParser() {
        return DependencyParser.standard();
    }
}
