package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.text.WordForms;
import java.util.Locale;

/**
 * A set of words looked up by a region of the text, hashed like {@link String#hashCode()} straight from the
 * characters: the entity scans ask about words hundreds of times per article, and a substring (and a lower-case
 * copy) per question was most of their cost. Sized once for the words it will hold. Not thread-safe while filled.
 */
final class RegionSet {

    private final String[] slots;
    private int size;

    /** Room for up to {@code capacity} words. */
    RegionSet(int capacity) {
        slots = new String[Integer.highestOneBit(Math.max(4, capacity) * 4)];
    }

    static RegionSet of(Iterable<String> words, int count) {
        RegionSet set = new RegionSet(count);
        for (String w : words) {
            set.add(w);
        }
        return set;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code word} unless it is there; returns the word the set holds. */
    String add(String word) {
        int mask = slots.length - 1;
        int slot = word.hashCode() & mask;
        for (String w = slots[slot]; w != null; w = slots[slot]) {
            if (w.equals(word)) {
                return w;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = word;
        size++;
        return word;
    }

    boolean contains(String word) {
        int mask = slots.length - 1;
        for (int slot = word.hashCode() & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (slots[slot].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The word equal to {@code text[start, end)}, or null. */
    String find(String text, int start, int end) {
        int hash = WordForms.hashOf(text, start, end);
        int length = end - start;
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String w = slots[slot];
            if (w.length() == length && text.regionMatches(start, w, 0, length)) {
                return w;
            }
        }
        return null;
    }

    /**
     * The word equal to {@code text[start, end)} in lower case ({@link String#toLowerCase} in the root locale), or
     * null. An ASCII region is lower-cased in place; any other goes through {@code toLowerCase}, whose rules for
     * other letters depend on their context.
     */
    String findLowerCase(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
                return contains(lower) ? lower : null;
            }
            hash = 31 * hash + lowerAscii(c);
        }
        int length = end - start;
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String w = slots[slot];
            if (w.length() == length && equalsLowerAscii(text, start, w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean equalsLowerAscii(String text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(text.charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
