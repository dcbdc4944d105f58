package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isLetter;
import static dev.newsclaims.extract.entities.WordChars.isUpper;
import static dev.newsclaims.extract.entities.WordChars.isWordChar;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The capitalised sentence-opening words that the body also writes in lower case ("Reinforcement" when
 * "reinforcement" appears): such an opener is an ordinary word, not a name.
 */
final class LowerCaseOpeners {

    private LowerCaseOpeners() {
    }

    /**
     * The openers of the body's sentences written in lower case elsewhere in the body. Only words of an opener's
     * first letter and length are looked up, so the pass over the text allocates little.
     */
    static Set<String> find(TextDocument doc, int bodyStart) {
        String text = doc.text();
        Set<String> openers = new HashSet<>();
        boolean[] shape = new boolean[26 * 32]; // first letter × length of the openers
        for (Span sentence : doc.sentences()) {
            int i = Math.max(sentence.start(), bodyStart);
            while (i < sentence.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= sentence.end() || !isUpper(text.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < sentence.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String lower = text.substring(i, j).toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            if (lower.length() < 32 && first >= 'a' && first <= 'z' && openers.add(lower)) {
                shape[(first - 'a') * 32 + lower.length()] = true;
            }
        }
        Set<String> out = new HashSet<>();
        if (openers.isEmpty()) {
            return out;
        }
        RegionTable table = new RegionTable(openers);
        int n = text.length();
        int i = bodyStart;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i < 32 && shape[(c - 'a') * 32 + (j - i)]) {
                    String opener = table.find(text, i, j);
                    if (opener != null) {
                        out.add(opener);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A small read-only set of words looked up by a region of the text, hashed like {@link String#hashCode()}
     * straight from the characters: the scan meets "the" or "he" hundreds of times per article, and a substring per
     * occurrence was most of its cost.
     */
    private static final class RegionTable {
        private final String[] slots;

        RegionTable(Set<String> words) {
            slots = new String[Integer.highestOneBit(Math.max(4, words.size()) * 4)];
            for (String w : words) {
                int slot = w.hashCode() & (slots.length - 1);
                while (slots[slot] != null) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = w;
            }
        }

        /** The word equal to {@code text[start, end)}, or null. */
        String find(String text, int start, int end) {
            int hash = 0;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + text.charAt(k);
            }
            int length = end - start;
            for (int slot = hash & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
                String w = slots[slot];
                if (w.length() == length && text.regionMatches(start, w, 0, length)) {
                    return w;
                }
            }
            return null;
        }
    }
}
