package dev.newsclaims.language;

/**
 * The syntax stage of a {@link LanguagePipeline}: given a text whose tokens, sentences, parts of speech, lemmas and
 * names are filled in, it sets every token's head and dependency relation with
 * {@link AnalyzedText#setHead(int, int, String)} and then calls {@link AnalyzedText#markSyntaxFilled()}.
 * Implementations must be thread-safe (one instance serves every text) and deterministic.
 */
@FunctionalInterface
public interface SyntaxStage {

    /** No syntax: heads stay -1 and {@link AnalyzedText#hasSyntax()} false. */
    SyntaxStage NONE = text -> { };

    void parse(AnalyzedText text);
}
