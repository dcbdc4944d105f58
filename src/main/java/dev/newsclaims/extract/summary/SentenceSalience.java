package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.text.Span;
import java.util.List;

/**
 * How central each candidate sentence is: TextRank centrality ({@link TextRank}) over cosine similarity of
 * content-word vectors ({@link SentenceSimilarity}), blended with how much of the article's recurring vocabulary
 * the sentence carries, times a lead-position prior (news is written most-important-first) and a title-overlap
 * bonus; fragments, questions and pieces of longer quotations are damped. Quadratic in the candidates, which
 * {@link SummaryCandidates} bounds.
 */
final class SentenceSalience {

    private static final double PART_OF_QUOTE = 0.8;

    /**
     * Tunable weights (defaults measured on BBC news with reference summaries).
     * {@code damping}: TextRank damping; {@code lead}, {@code leadDecay}: bonus {@code lead·decay/(decay+i)} for the
     * i-th body sentence; {@code title}: bonus per share of title words; {@code lengthExponent}: how TextRank
     * centrality scales with content words (full, informative sentences over fragments); {@code minWords}: shorter
     * sentences are fragments and mostly dropped; {@code question}: factor for questions; {@code redundancy}: MMR
     * penalty per unit of similarity to a chosen sentence; {@code frequency}: share of the salience that comes from
     * the article's recurring words rather than from TextRank.
     */
    record Weights(double damping, double lead, double leadDecay, double title, double lengthExponent,
                   double minWords, double question, double redundancy, double frequency) {
        static final Weights DEFAULT = new Weights(0.85, 0.2, 3.0, 0.2, 1.0, 6, 0.5, 0.3, 0.6);
    }

    private final Weights weights;

    SentenceSalience(Weights weights) {
        this.weights = weights;
    }

    /** Scores of the candidates (in their order) and their pairwise similarities. */
    record Scores(double[] score, SentenceSimilarity.Matrix similarity) {}

    Scores score(String text, List<Span> candidates, Headline headline) {
        SummaryVocabulary vocabulary = SummaryVocabulary.forArticle(text.length() / 12);
        SentenceTerms terms = SentenceTerms.read(text, candidates, vocabulary);
        double[] termWeights = SentenceSimilarity.weigh(terms, vocabulary.size());
        boolean[] title = titleVector(headline, vocabulary);

        double titleWords = 0;
        if (title != null) {
            for (boolean member : title) {
                titleWords += member ? 1 : 0;
            }
        }
        int n = candidates.size();
        SentenceSimilarity.Matrix similarity = SentenceSimilarity.cosine(terms, termWeights);
        double[] centrality = TextRank.rank(similarity, weights.damping());
        double[] frequency = frequency(terms, vocabulary.size());
        for (int i = 0; i < n; i++) {
            int words = terms.contentWords(i);
            frequency[i] = words == 0 ? 0 : frequency[i] / words * terms.wordsSeen(i);
        }
        double meanFrequency = 0;
        for (double f : frequency) {
            meanFrequency += f / n;
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double lead = 1 + weights.lead() * weights.leadDecay() / (weights.leadDecay() + i);
            double length = Math.pow(terms.contentWords(i) / 20.0, weights.lengthExponent());
            if (terms.contentWords(i) < weights.minWords()) {
                length *= 0.2; // fragments, captions, sign-offs
            }
            double titleOverlap = title == null ? 0 : overlap(terms, i, title, titleWords);
            double salience = (1 - weights.frequency()) * centrality[i] * n * length
                    + weights.frequency() * (meanFrequency > 0 ? frequency[i] / meanFrequency : 0);
            double s = salience * lead * (1 + weights.title() * titleOverlap);
            if (endsWithQuestion(text, candidates.get(i))) {
                s *= weights.question();
            }
            if (hasUnbalancedQuote(text, candidates.get(i))) {
                s *= PART_OF_QUOTE; // one sentence of a longer quotation reads badly out of its context
            }
            score[i] = s;
        }
        return new Scores(score, similarity);
    }

    /**
     * How much of the article's repeated vocabulary a sentence carries: the sum of log document frequency of its
     * words, so words said once add nothing and the article's recurring topics add most.
     */
    private static double[] frequency(SentenceTerms terms, int vocabularySize) {
        SummaryBuffers buffers = SummaryBuffers.get();
        int[] tf = buffers.wordCounts(vocabularySize);
        for (int e = 0; e < terms.entries(); e++) {
            tf[terms.id(e)] += terms.count(e);
        }
        double[] logTf = buffers.wordValues(vocabularySize);
        for (int id = 0; id < vocabularySize; id++) {
            logTf[id] = Math.log(tf[id]);
        }
        double[] out = new double[terms.sentences()];
        for (int s = 0; s < out.length; s++) {
            double sum = 0;
            for (int e = terms.from(s); e < terms.to(s); e++) {
                for (int k = terms.count(e); k > 0; k--) {
                    sum += logTf[terms.id(e)]; // once per use, in order: the same rounding as a sum over the words
                }
            }
            out[s] = sum;
        }
        return out;
    }

    /** The title's content words that the body also uses, as a membership table over the vocabulary; null if none. */
    private static boolean[] titleVector(Headline headline, SummaryVocabulary vocabulary) {
        if (headline.title() == null || vocabulary.size() == 0) {
            return null;
        }
        String title = headline.title();
        boolean[] member = new boolean[vocabulary.size()];
        int known = 0;
        int found = vocabulary.read(title, 0, title.length(), false);
        for (int k = 0; k < found; k++) {
            int id = vocabulary.found()[k];
            if (!member[id]) {
                member[id] = true;
                known++;
            }
        }
        return known == 0 ? null : member;
    }

    /** Share of the title's words that sentence {@code s} contains. */
    private static double overlap(SentenceTerms terms, int s, boolean[] title, double titleWords) {
        double hit = 0;
        for (int e = terms.from(s); e < terms.to(s); e++) {
            if (title[terms.id(e)]) {
                hit++;
            }
        }
        return hit / titleWords;
    }

    /** An opening curly quote without its closing one, or the reverse, or an odd number of straight quotes. */
    private static boolean hasUnbalancedQuote(String text, Span s) {
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open != close || straight % 2 != 0;
    }

    private static boolean endsWithQuestion(String text, Span s) {
        for (int i = s.end() - 1; i >= s.start(); i--) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if ("\"'”’»)]".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
