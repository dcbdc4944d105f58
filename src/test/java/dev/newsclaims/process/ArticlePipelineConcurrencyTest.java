package dev.newsclaims.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import dev.newsclaims.local.ArticleMix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * One {@link ArticlePipeline} (decoder, extractor, language models) shared by many threads gives every article
 * exactly the result it gets alone. The concurrent pass runs first, so lazily filled tables and first loads of the
 * models are raced too (as far as earlier tests in this JVM left them unfilled).
 */
class ArticlePipelineConcurrencyTest {

    private static final int THREADS = 6;
    private static final List<ArticleMix.Article> ARTICLES = ArticleMix.articles(240, 12);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sharedPipelineGivesEachArticleItsSequentialSummary() throws Exception {
        ArticlePipeline shared = new ArticlePipeline(new ArticleDecoder(), new Extractor());
        IntFunction<String> summarise = i -> {
            ArticleMix.Article a = ARTICLES.get(i);
            return describe(shared.fromBytes(a.name(), a.bytes(), a.contentType(), a.name(), null));
        };

        List<List<String>> concurrent = concurrently(summarise);
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            sequential.add(describe(new ArticlePipeline(new ArticleDecoder(), new Extractor()).fromBytes(ARTICLES.get(i).name(),
                    ARTICLES.get(i).bytes(), ARTICLES.get(i).contentType(), ARTICLES.get(i).name(), null)));
        }

        assertThat(sequential).allSatisfy(s -> assertThat(s).startsWith("{\"id\":\"mix-"));
        assertThat(sequential.stream().filter(s -> s.contains("\"speaker\":\"")).count()).isGreaterThan(ARTICLES.size() / 2);
        for (List<String> run : concurrent) {
            assertThat(run).containsExactlyElementsOf(sequential);
        }
    }

    @Test
    void sharedLanguagePipelineGivesEachTextItsSequentialAnalysis() throws Exception {
        LanguagePipeline shared = LanguagePipeline.standard();
        IntFunction<String> analyse = i -> describe(shared.analyze(ARTICLES.get(i).text()));

        List<List<String>> concurrent = concurrently(analyse);
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            sequential.add(analyse.apply(i));
        }

        assertThat(sequential.stream().filter(s -> s.contains("NNP/person")).count()).isGreaterThan(ARTICLES.size() / 2);
        for (List<String> run : concurrent) {
            assertThat(run).containsExactlyElementsOf(sequential);
        }
    }

    /**
     * Every thread does every article, each thread in its own order, all starting together; the results are put
     * back in article order, one list per thread.
     */
    private static List<List<String>> concurrently(IntFunction<String> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                runs.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < ARTICLES.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    String[] results = new String[ARTICLES.size()];
                    start.await();
                    for (int i : order) {
                        results[i] = work.apply(i);
                    }
                    return List.of(results);
                }));
            }
            List<List<String>> out = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                out.add(run.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(ArticlePipeline.Result result) {
        try {
            return result instanceof ArticlePipeline.Summarized s ? JSON.writeValueAsString(s.summary()) : result.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every layer of every token: offsets, sentence, tag, name type, lemma, head and relation. */
    private static String describe(AnalyzedText a) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            out.append(a.start(i)).append('-').append(a.end(i)).append(' ').append(a.sentenceOf(i)).append(' ')
                    .append(a.pos(i)).append('/').append(a.nameType(i) == null ? "-" : a.nameType(i).label()).append(' ')
                    .append(a.lemma(i)).append(' ').append(a.head(i)).append(' ').append(a.deprel(i)).append('\n');
        }
        return out.toString();
    }
}
