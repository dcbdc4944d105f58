package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.text.Span;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates' content words as bags: for each sentence its distinct word ids in increasing order, each with how
 * often the sentence uses it, all sentences in the same flat arrays. Repeats are folded once here, so the weighing,
 * the pairwise similarities and the frequency score need neither an array per sentence nor to fold them again.
 */
final class SentenceTerms {

    private final SummaryBuffers buffers;
    private final int[] start;
    private final int[] contentWords;
    private final int[] wordsSeen;
    private int[] ids;
    private int[] counts;

    private SentenceTerms(int sentences, SummaryBuffers buffers) {
        this.buffers = buffers;
        start = new int[sentences + 1];
        contentWords = new int[sentences];
        wordsSeen = new int[sentences];
        ids = buffers.bagIds(0);
        counts = buffers.bagCounts(0);
    }

    /**
     * The bags of {@code sentences}, their words numbered (and added to) by {@code vocabulary}; kept in this thread's
     * {@link SummaryBuffers}, valid until its next summary.
     */
    static SentenceTerms read(String text, List<Span> sentences, SummaryVocabulary vocabulary) {
        int n = sentences.size();
        SentenceTerms terms = new SentenceTerms(n, SummaryBuffers.get());
        int size = 0;
        for (int s = 0; s < n; s++) {
            Span sentence = sentences.get(s);
            int found = vocabulary.read(text, sentence.start(), sentence.end(), true);
            int[] read = vocabulary.found();
            Arrays.sort(read, 0, found);
            terms.contentWords[s] = found;
            terms.wordsSeen[s] = vocabulary.wordsSeen();
            terms.ensure(size + found);
            for (int k = 0; k < found; k++) {
                if (k > 0 && read[k] == read[k - 1]) {
                    terms.counts[size - 1]++;
                } else {
                    terms.ids[size] = read[k];
                    terms.counts[size++] = 1;
                }
            }
            terms.start[s + 1] = size;
        }
        return terms;
    }

    private void ensure(int capacity) {
        if (ids.length < capacity) {
            ids = buffers.bagIds(capacity);
            counts = buffers.bagCounts(capacity);
        }
    }

    int sentences() {
        return contentWords.length;
    }

    /** Sentence {@code s}'s bag is the entries {@code [from(s), to(s))}. */
    int from(int s) {
        return start[s];
    }

    int to(int s) {
        return start[s + 1];
    }

    /** All entries of all bags: {@code [0, entries())}. */
    int entries() {
        return start[start.length - 1];
    }

    int id(int entry) {
        return ids[entry];
    }

    /** How often the sentence uses the entry's word. */
    int count(int entry) {
        return counts[entry];
    }

    /** Sentence {@code s}'s content words, repeats included. */
    int contentWords(int s) {
        return contentWords[s];
    }

    /** All of sentence {@code s}'s words, function words included: its length as a reader sees it. */
    int wordsSeen(int s) {
        return wordsSeen[s];
    }
}
