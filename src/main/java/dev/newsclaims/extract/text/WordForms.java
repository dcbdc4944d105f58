package dev.newsclaims.extract.text;

import java.util.Locale;

/**
 * The word strings of one article, each made once: every token of a word shares one String, and every token of a
 * capitalised word one lower-case copy. An article repeats half its words ("the", "said", a speaker's name), and a
 * substring and a lower-case copy per token were the largest part of what tokenizing its units allocated. Words
 * are looked up by their characters in the text, so a repeated word costs no substring. Not thread-safe: one per
 * article.
 */
public final class WordForms {

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

    /** The slot of the word {@code text[start, end)}, made and stored on its first occurrence. */
    int slot(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            hash = 31 * hash + text.charAt(k);
        }
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

    /** The word in {@code slot} in lower case: the word itself when it has no capital. */
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
