package dev.newsclaims.process;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.ingest.IngestedArticle;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.language.tokenize.Tokenizer;

/**
 * Bytes (or text already decoded) → a summary, or the outcome that says why there is none. S3 objects,
 * API posts and the command line all take this path, so the same bytes give the same summary
 * wherever they arrive. No AWS here: the callers fetch and store.
 */
public final class ArticlePipeline {

    private final ArticleDecoder decoder;
    private final Extractor extractor;

    public ArticlePipeline(ArticleDecoder decoder, Extractor extractor) {
        this.decoder = decoder;
        this.extractor = extractor;
    }

    /** Either a summary or a refusal. */
    public sealed interface Result permits Summarized, Refused {}

    /** The article was read and summarised; {@code summary} carries {@code id} and no source yet. */
    public record Summarized(IngestedArticle article, ArticleSummary summary) implements Result {}

    /**
     * No summary: {@code outcome} is {@code unsupported}, {@code empty}, {@code unsupported_language} or {@code too_large};
     * {@code detectedType} the binary type or text format; {@code language} the detected language if any.
     */
    public record Refused(String outcome, String detectedType, String language, String reason) implements Result {}

    /**
     * The most tokens (words and marks) an article may have: analysis holds about 100 bytes a token. At this limit
     * the worst shape (one token a character, a run of quotation marks) and 2.6 MB of news each complete in an
     * 80 MB heap, within the 128 MB a 512 MB function's JVM takes by default (bench/results/memory-2026-12-07.md).
     * News articles have a few thousand tokens. Counted before analysis, without holding the tokens.
     */
    public static final int MAX_TOKENS = 500_000;

    /**
     * Whether {@code text} has more than {@link #MAX_TOKENS} tokens. A token is at least one character, so only a text
     * longer than the limit in characters is counted: an ordinary article costs no second pass of the tokenizer.
     */
    static boolean tooManyTokens(String text) {
        return text.length() > MAX_TOKENS && Tokenizer.count(text, MAX_TOKENS) > MAX_TOKENS;
    }

    /** {@code contentType} as declared (header or S3 metadata) and {@code name} (key or file name) may be null. */
    public Result fromBytes(String id, byte[] bytes, String contentType, String name, String titleHint) {
        return summarise(id, read(bytes, contentType, name), titleHint);
    }

    /** Only the ingest step: the article as the extractor receives it (its text, format, language), or why not. */
    public IngestedArticle read(byte[] bytes, String contentType, String name) {
        return decoder.decode(bytes, contentType, name);
    }

    /** Text that arrived as characters (a JSON field), read as {@code contentType} (null: plain text or HTML by its look). */
    public Result fromText(String id, String text, String contentType, String titleHint) {
        return summarise(id, decoder.decodeText(text, contentType), titleHint);
    }

    /** Only the charset step, for a JSON envelope whose fields are then read with {@link #fromText}. */
    public String characters(byte[] bytes, String contentType) {
        return decoder.characters(bytes, contentType);
    }

    private Result summarise(String id, IngestedArticle article, String titleHint) {
        return switch (article.status()) {
            case TEXT -> tooManyTokens(article.text())
                    ? new Refused("too_large", article.detectedType(), article.language(), "the text has more than "
                            + MAX_TOKENS + " words and marks; the limit keeps its analysis within the function's memory")
                    : new Summarized(article, extractor.extract(id, article.text(), titleHint).withLanguage(article.language()));
            case EMPTY -> new Refused("empty", article.detectedType(), null, article.reason());
            case UNSUPPORTED -> new Refused("unsupported", article.detectedType(), null, article.reason());
            case UNSUPPORTED_LANGUAGE -> new Refused("unsupported_language", article.language(), article.language(), article.reason());
        };
    }
}
