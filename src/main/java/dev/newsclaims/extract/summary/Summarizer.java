package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Extractive summary: at most {@code maxSentences} body sentences within {@code maxWords} words, quoted verbatim in
 * article order. {@link SummaryCandidates} drops bylines, datelines and page furniture; {@link SentenceSalience}
 * scores lead position and salience together; {@link BudgetedChoice} takes the best set of whole sentences that
 * fits, never a sentence that opens by pointing back ("He", "But", "That's why") without the one it points to.
 */
public final class Summarizer {

    public static final int DEFAULT_MAX_SENTENCES = 3;
    public static final int DEFAULT_MAX_WORDS = 75;

    private final SentenceSalience salience;
    private final double redundancy;
    private final int maxSentences;
    private final int maxWords;

    public Summarizer() {
        this(DEFAULT_MAX_SENTENCES, DEFAULT_MAX_WORDS);
    }

    /** {@code maxWords} counts runs of letters and digits, as {@link SummaryCandidates#countWords} does. */
    public Summarizer(int maxSentences, int maxWords) {
        this(SentenceSalience.Weights.DEFAULT, maxSentences, maxWords);
    }

    Summarizer(SentenceSalience.Weights weights, int maxSentences, int maxWords) {
        if (maxSentences < 0 || maxWords < 0) {
            throw new IllegalArgumentException("summary limits must not be negative: " + maxSentences + ", " + maxWords);
        }
        this.salience = new SentenceSalience(weights);
        this.redundancy = weights.redundancy();
        this.maxSentences = maxSentences;
        this.maxWords = maxWords;
    }

    public List<String> summarize(TextDocument doc, Headline headline) {
        String text = doc.text();
        List<SummaryCandidates.Candidate> candidates = SummaryCandidates.of(doc, headline);
        if (candidates.isEmpty() || maxSentences == 0) {
            return List.of();
        }
        int n = candidates.size();
        List<Span> spans = new ArrayList<>(n);
        int[] words = new int[n];
        boolean[] depends = new boolean[n];
        for (int i = 0; i < n; i++) {
            spans.add(candidates.get(i).span());
            words[i] = candidates.get(i).words();
            depends[i] = candidates.get(i).dependsOnPrevious();
        }
        SentenceSalience.Scores scores = salience.score(text, spans, headline);
        int[] chosen = BudgetedChoice.choose(words, depends, scores.score(), scores.similarity(), redundancy,
                maxSentences, maxWords);
        SummaryBuffers.get().release();
        List<String> out = new ArrayList<>(chosen.length);
        for (int i : chosen) {
            out.add(spans.get(i).of(text));
        }
        return out;
    }

    /**
     * The baseline a summary should beat: the first body sentences in order, as many as fit the same limits
     * (the first alone when even it does not).
     */
    public List<String> lead(TextDocument doc, Headline headline) {
        String text = doc.text();
        List<String> out = new ArrayList<>();
        int used = 0;
        for (SummaryCandidates.Candidate c : SummaryCandidates.of(doc, headline)) {
            if (out.size() >= maxSentences || !out.isEmpty() && used + c.words() > maxWords) {
                break;
            }
            out.add(c.span().of(text));
            used += c.words();
        }
        return out;
    }
}
