package dev.newsclaims.language;

import dev.newsclaims.language.lemma.LemmaModel;
import dev.newsclaims.language.lemma.Lemmatizer;
import dev.newsclaims.language.namefind.NameFinder;
import dev.newsclaims.language.namefind.NameModel;
import dev.newsclaims.language.perceptron.WordFeatures;
import dev.newsclaims.language.postag.PosModel;
import dev.newsclaims.language.postag.PosTagger;
import dev.newsclaims.language.syntax.DependencySyntax;
import dev.newsclaims.language.tokenize.SentenceSplitter;
import dev.newsclaims.language.tokenize.Tokenizer;

/**
 * Runs the language stages over a text, each adding one layer to the {@link AnalyzedText}: tokens and sentences,
 * parts of speech, names, lemmas (on demand), then syntax. The models are read once per process (see
 * {@link #standard()}); an instance is immutable and serves any number of threads. Deterministic: the same text
 * always gives the same analysis.
 */
public final class LanguagePipeline {

    private final PosTagger tagger;
    private final NameFinder names;
    private final Lemmatizer lemmatizer;
    private final SyntaxStage syntax;

    public LanguagePipeline(PosModel pos, NameModel names, LemmaModel lemmas, SyntaxStage syntax) {
        this.tagger = new PosTagger(pos);
        this.names = new NameFinder(names);
        this.lemmatizer = new Lemmatizer(lemmas);
        this.syntax = syntax;
    }

    private static final class Tagging {
        static final LanguagePipeline PIPELINE = new LanguagePipeline(PosModel.bundled(), NameModel.bundled(),
                LemmaModel.bundled(), SyntaxStage.NONE);
    }

    /** Built on first use, not in a holder class, for the reason given at DependencyParser.standard(). */
    private static volatile LanguagePipeline standard;

    /**
     * The pipeline with the bundled models, the parser included; the first call loads them (call it early to load
     * before serving).
     */
    public static LanguagePipeline standard() {
        LanguagePipeline pipeline = standard;
        if (pipeline == null) {
            synchronized (LanguagePipeline.class) {
                pipeline = standard;
                if (pipeline == null) {
                    standard = pipeline = Tagging.PIPELINE.withSyntax(DependencySyntax.standard());
                }
            }
        }
        return pipeline;
    }

    /**
     * Tokens, parts of speech, names and lemmas without syntax: the parser's model (the largest) is never read, so
     * a process that only tags starts faster and holds less.
     */
    public static LanguagePipeline tagging() {
        return Tagging.PIPELINE;
    }

    /** The same models with another syntax stage. */
    public LanguagePipeline withSyntax(SyntaxStage stage) {
        return new LanguagePipeline(this, stage);
    }

    private LanguagePipeline(LanguagePipeline base, SyntaxStage syntax) {
        this.tagger = base.tagger;
        this.names = base.names;
        this.lemmatizer = base.lemmatizer;
        this.syntax = syntax;
    }

    public AnalyzedText analyze(String text) {
        String t = text == null ? "" : text;
        AnalysisBuffers buffers = AnalysisBuffers.get();
        Tokenizer.Spans spans = Tokenizer.tokenize(t, buffers.spans);
        int[] starts = spans.starts();
        int[] ends = spans.ends();
        AnalyzedText analyzed = new AnalyzedText(t, starts, ends, SentenceSplitter.split(t, starts, ends));
        // Features one sentence at a time: the working arrays (≈ 120 bytes a token) then grow with the longest
        // sentence, not with the text, which may have millions of tokens.
        NameFinder.startText(buffers.names);
        if (buffers.tagScores.length != tagger.classCount()) {
            buffers.tagScores = new float[tagger.classCount()];
        }
        for (int s = 0; s < analyzed.sentenceCount(); s++) {
            int from = analyzed.sentenceStart(s);
            int to = analyzed.sentenceEnd(s);
            buffers.ensure(to - from);
            WordFeatures words = buffers.words;
            words.fill(t, starts, ends, from, to);
            tagger.tagSentence(analyzed, words, from, to, buffers.tags, buffers.tagScores, buffers.tagFeatures);
            names.findInSentence(analyzed, words, from, to, buffers.names);
        }
        buffers.release();
        analyzed.setLemmatizer(lemmatizer);
        syntax.parse(analyzed);
        return analyzed;
    }
}
