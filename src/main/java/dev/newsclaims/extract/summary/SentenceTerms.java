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

    private final int[] start;
    private final int[] contentWords;
    private final int[] wordsSeen;
    private int[] ids;
    private int[] counts;

    private SentenceTerms(int sentences, int expectedBagSize) {
        start = new int[sentences + 1];
        contentWords = new int[sentences];
        wordsSeen = new int[sentences];
        ids = new int[Math.max(16, expectedBagSize)];
        counts = new int[ids.length];
    }

    /** The bags of {@code sentences}, their words numbered (and added to) by {@code vocabulary}. */
    static SentenceTerms read(String text, List<Span> sentences, SummaryVocabulary vocabulary) {
        int n = sentences.size();
        SentenceTerms terms = new SentenceTerms(n, text.length() / 12);
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
            int grown = Math.max(capacity, ids.length * 2);
            ids = Arrays.copyOf(ids, grown);
            counts = Arrays.copyOf(counts, grown);
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
