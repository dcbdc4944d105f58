package dev.newsclaims.language.syntax;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.SyntaxStage;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The syntax stage: parses every sentence of an {@link AnalyzedText} and sets each token's head (an index into the
 * text's tokens, -1 for a sentence root) and relation. Thread-safe: the parser is immutable and the work arrays are
 * per call.
 */
public final class DependencySyntax implements SyntaxStage {
    private final DependencyParser parser;

    public DependencySyntax(DependencyParser parser) {
        this.parser = parser;
    }

    /** The stage with the shipped parser model. */
    public static DependencySyntax standard() {
        return new DependencySyntax(DependencyParser.standard());
    }

    @Override
    public void parse(AnalyzedText text) {
        for (int s = 0; s < text.sentenceCount(); s++) {
            parseSentence(text, s);
        }
        text.markSyntaxFilled();
    }

    /**
     * Parses only the sentences {@code wanted} accepts (by sentence number), for callers that need the syntax of a
     * few sentences; the other tokens keep head -1 and no relation, and the text is not marked as parsed.
     * Returns the number of tokens parsed.
     */
    public int parseSentences(AnalyzedText text, IntPredicate wanted) {
        int tokens = 0;
        for (int s = 0; s < text.sentenceCount(); s++) {
            if (wanted.test(s)) {
                parseSentence(text, s);
                tokens += text.sentenceEnd(s) - text.sentenceStart(s);
            }
        }
        return tokens;
    }

    /** Sentences that contain a quotation mark or a token whose lemma is one of {@code lemmas} (speech verbs, say). */
    public static IntPredicate quotesOrLemmas(AnalyzedText text, Set<String> lemmas) {
        return s -> {
            for (int i = text.sentenceStart(s); i < text.sentenceEnd(s); i++) {
                String pos = text.pos(i);
                if ("``".equals(pos) || "''".equals(pos) || isQuote(text, i)
                        || pos != null && pos.startsWith("VB") && lemmas.contains(text.lemma(i))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean isQuote(AnalyzedText text, int token) {
        if (text.end(token) - text.start(token) != 1) {
            return false;
        }
        char c = text.text().charAt(text.start(token));
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb';
    }

    /** Parses one sentence only, for callers that need the syntax of a few sentences. */
    public DependencyTree parseSentence(AnalyzedText text, int sentence) {
        int first = text.sentenceStart(sentence);
        int n = text.sentenceEnd(sentence) - first;
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = text.word(first + i);
            tags[i] = text.pos(first + i);
        }
        DependencyTree tree = parser.parse(words, tags);
        for (int i = 0; i < n; i++) {
            int h = tree.head(i);
            text.setHead(first + i, h < 0 ? -1 : first + h, tree.label(i));
        }
        return tree;
    }
}
