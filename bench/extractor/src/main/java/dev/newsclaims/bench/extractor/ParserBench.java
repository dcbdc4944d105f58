package dev.newsclaims.bench.extractor;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.language.SyntaxStage;
import dev.newsclaims.language.syntax.DependencySyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dependency parser alone, one thread: the corpus articles are tokenised and tagged once in the set-up (syntax
 * off), then one op parses the next article, either every sentence or only the sentences with a quotation mark or
 * a speech verb. Tokens/s = ops/s × the mean tokens per op, which {@link #stats()} computes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBench {
    static final int ARTICLES = 300;

    private AnalyzedText[] articles;
    private Set<String> speechLemmas;
    private DependencySyntax syntax;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Prepared p = prepare();
        articles = p.articles;
        speechLemmas = p.speechLemmas;
        syntax = DependencySyntax.standard();
    }

    record Prepared(AnalyzedText[] articles, Set<String> speechLemmas) {
    }

    static Prepared prepare() throws IOException {
        List<String> texts = Corpus.load().texts;
        LanguagePipeline pipeline = LanguagePipeline.standard().withSyntax(SyntaxStage.NONE);
        int n = Math.min(ARTICLES, texts.size());
        AnalyzedText[] articles = new AnalyzedText[n];
        for (int i = 0; i < n; i++) {
            articles[i] = pipeline.analyze(texts.get(i));
        }
        Set<String> lemmas = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ParserBench.class.getResourceAsStream("/dev/newsclaims/extract/vocabulary/speech-verbs.txt"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lemmas.add(line);
                }
            }
        }
        return new Prepared(articles, lemmas);
    }

    /** {mean tokens per article, mean tokens in the selected sentences per article, mean UTF-8 bytes per article}. */
    static double[] stats() throws IOException {
        Prepared p = prepare();
        DependencySyntax syntax = DependencySyntax.standard();
        double all = 0;
        double selected = 0;
        double bytes = 0;
        for (AnalyzedText a : p.articles()) {
            all += a.size();
            selected += syntax.parseSentences(a, DependencySyntax.quotesOrLemmas(a, p.speechLemmas()));
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        int n = p.articles().length;
        return new double[] {all / n, selected / n, bytes / n};
    }

    @Benchmark
    public int parseArticle() {
        AnalyzedText a = articles[next++ % articles.length];
        syntax.parse(a);
        return a.head(a.size() - 1);
    }

    @Benchmark
    public int parseQuoteAndSpeechSentences() {
        AnalyzedText a = articles[next++ % articles.length];
        return syntax.parseSentences(a, DependencySyntax.quotesOrLemmas(a, speechLemmas));
    }
}
