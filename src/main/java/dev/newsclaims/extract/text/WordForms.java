package dev.newsclaims.extract.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word strings of the articles one thread reads, each made once: every token of a word shares one String, and
 * every token of a capitalised word one lower-case copy. An article repeats half its words ("the", "said", a
 * speaker's name), and a substring and a lower-case copy per token were the largest part of what tokenizing its
 * units allocated. Words are looked up by their characters in the text, so a repeated word costs no substring.
 *
 * <p>{@link #ofThisThread()} keeps one table per thread from article to article, since most of an article's words
 * were in the articles before it; the stages that read words out of the text (tokens, runs of names, the tagger's
 * names, sentence openings) share it. A table holding more than {@value #MAX_KEPT_WORDS} words starts over empty
 * when next asked for, so a thread keeps at most ≈ 0.4 MB (two arrays of {@value #KEPT_SLOTS} slots, 64 KB, and
 * the words with their lower-case forms, ≈ 60 bytes a word). Not thread-safe.
 */
public final class WordForms {

    /** News vocabulary beyond this many words is mostly names and rare words that the next articles do not repeat. */
    static final int MAX_KEPT_WORDS = 4_096;
    private static final int KEPT_SLOTS = 8_192;

    private static final ThreadLocal<WordForms> PER_THREAD = ThreadLocal.withInitial(WordForms::kept);

    private String[] words;
    /** The lower-case form of {@code words[i]}, once asked for. */
    private String[] lowers;
    private int size;

    /** {@code textLength}: the article's length, which sizes the table (about one distinct word per 10 characters). */
    public WordForms(int textLength) {
        int capacity = Integer.highestOneBit(Math.max(32, textLength / 10) * 2 - 1);
        words = new String[capacity];
        lowers = new String[capacity];
    }

    /**
     * This thread's table, with the words of the texts it read before; emptied first when it holds more than
     * {@value #MAX_KEPT_WORDS} words. A slot is valid until the next call.
     */
    public static WordForms ofThisThread() {
        WordForms forms = PER_THREAD.get();
        if (forms.size > MAX_KEPT_WORDS) {
            if (forms.words.length == KEPT_SLOTS) {
                Arrays.fill(forms.words, null);
                Arrays.fill(forms.lowers, null);
                forms.size = 0;
            } else {
                forms = kept(); // a long article grew it: drop the large arrays
                PER_THREAD.set(forms);
            }
        }
        return forms;
    }

    private static WordForms kept() {
        return new WordForms(KEPT_SLOTS * 10); // the table for a text of this length has KEPT_SLOTS slots
    }

    /** The word {@code text[start, end)} as the table holds it. */
    public String word(String text, int start, int end) {
        return word(slot(text, start, end));
    }

    /** The word {@code text[start, end)} in lower case, as {@link #lower(int)}. */
    public String lower(String text, int start, int end) {
        return lower(slot(text, start, end));
    }

    /** The slot of the word {@code text[start, end)}, made and stored on its first occurrence. */
    int slot(String text, int start, int end) {
        int hash = hashOf(text, start, end);
        int length = end - start;
        int mask = words.length - 1;
        int slot = spread(hash) & mask;
        for (String w = words[slot]; w != null; w = words[slot]) {
            if (w.length() == length && text.regionMatches(start, w, 0, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        words[slot] = text.substring(start, end);
        if (++size * 4 > words.length * 3) {
            grow();
            return slot(text, start, end);
        }
        return slot;
    }

    /** The word in {@code slot}. */
    String word(int slot) {
        return words[slot];
    }

    /**
     * The word in {@code slot} in lower case ({@link String#toLowerCase} in the root locale): the word itself when it
     * has no capital.
     */
    String lower(int slot) {
        String lower = lowers[slot];
        if (lower == null) {
            String word = words[slot];
            lower = hasUpperCase(word) ? word.toLowerCase(Locale.ROOT) : word;
            lowers[slot] = lower;
        }
        return lower;
    }

    private void grow() {
        String[] oldWords = words;
        String[] oldLowers = lowers;
        words = new String[oldWords.length * 2];
        lowers = new String[oldWords.length * 2];
        int mask = words.length - 1;
        for (int k = 0; k < oldWords.length; k++) {
            if (oldWords[k] != null) {
                int slot = spread(oldWords[k].hashCode()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[k];
                lowers[slot] = oldLowers[k];
            }
        }
    }

    /** {@code text.substring(start, end).hashCode()}, without the substring: tables of words look words up by region. */
    public static int hashOf(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Most words are already lower case; only those with a capital need a lower-cased copy. */
    static boolean hasUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }
}
