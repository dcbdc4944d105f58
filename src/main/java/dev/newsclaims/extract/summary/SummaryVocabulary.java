package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.text.WordTables;
import java.util.Arrays;
import java.util.Set;

/**
 * Numbers the content words of one article for the summarizer: lower-cased, function words dropped, plurals
 * folded ("talks" → "talk"). Words are hashed straight from the text's characters (64-bit FNV-1a), so no String is
 * made per word; a collision between two different words is astronomically unlikely and at worst merges them.
 * Not thread-safe: {@link #forArticle} hands each thread its own, emptied, so that the table and the working arrays
 * are not allocated again for every article.
 */
final class SummaryVocabulary {

    private static final long[] STOPWORDS = hashes(WordTables.read(SummaryVocabulary.class, "summary-stopwords.txt"));
    /** {@link #STOPWORDS} as an open-addressed table: every word of every sentence is tested against it. */
    private static final long[] STOPWORD_SLOTS = new long[Integer.highestOneBit(Math.max(4, STOPWORDS.length)) * 4];
    private static final boolean[] STOPWORD_USED = new boolean[STOPWORD_SLOTS.length];

    static {
        for (long h : STOPWORDS) {
            int slot = slot(h, STOPWORD_SLOTS.length - 1);
            while (STOPWORD_USED[slot]) {
                slot = (slot + 1) & (STOPWORD_SLOTS.length - 1);
            }
            STOPWORD_USED[slot] = true;
            STOPWORD_SLOTS[slot] = h;
        }
    }

    /** A thread keeps its vocabulary up to this many slots (≈ 13 bytes each); a larger one is dropped after use. */
    private static final int MAX_KEPT_SLOTS = 1 << 14;
    private static final ThreadLocal<SummaryVocabulary> PER_THREAD = new ThreadLocal<>();

    private long[] keys;
    private int[] ids;
    private boolean[] used;
    private int size;
    private int wordsSeen;
    private char[] buffer = new char[32];
    /** The ids found in the range last {@link #read}. */
    private int[] found = new int[64];

    /**
     * This thread's vocabulary, empty, with room for about {@code expectedWords} words (it grows past them). Use
     * it for one article at a time.
     */
    static SummaryVocabulary forArticle(int expectedWords) {
        if (expectedWords * 2 > MAX_KEPT_SLOTS) {
            return new SummaryVocabulary(expectedWords); // a long article's own, not kept
        }
        SummaryVocabulary v = PER_THREAD.get();
        if (v == null || v.keys.length > MAX_KEPT_SLOTS) { // grown past the bound while in use: not kept either
            v = new SummaryVocabulary(expectedWords);
            PER_THREAD.set(v);
        } else {
            v.clear();
        }
        return v;
    }

    private void clear() {
        Arrays.fill(used, false);
        size = 0;
        wordsSeen = 0;
    }

    /** {@code expectedWords}: a guess at the distinct words, to size the table once instead of regrowing it. */
    SummaryVocabulary(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.clamp(expectedWords, 128, 1 << 20)) * 2;
        keys = new long[capacity];
        ids = new int[capacity];
        used = new boolean[capacity];
    }

    int size() {
        return size;
    }

    /**
     * Numbers the content words in {@code text[start, end)} and returns how many there are; their ids, in text
     * order, are the first ones of {@link #found}. With {@code add} false, words not yet numbered are skipped (used
     * for the title, which only matters through words the body shares).
     */
    int read(String text, int start, int end, boolean add) {
        int[] out = found;
        int count = 0;
        wordsSeen = 0;
        int i = start;
        while (i < end) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && isWordChar(text.charAt(j))) {
                j++;
            }
            wordsSeen++;
            int id = idOf(text, i, j, add);
            i = j;
            if (id >= 0) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                    found = out;
                }
                out[count++] = id;
            }
        }
        return count;
    }

    /**
     * The id of the word {@code text[i, j)} (lower-cased, stemmed), or -1 for a stopword, a single letter or, with
     * {@code add} false, a word not yet numbered. A method of its own, so the loop over the characters compiles small.
     */
    private int idOf(String text, int i, int j, boolean add) {
        int length = j - i;
        if (buffer.length < length + 1) {
            buffer = new char[Math.max(buffer.length * 2, length + 1)];
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(i + k);
            buffer[k] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        long hash = hash(buffer, length);
        if (length == 1 && Character.isLetter(buffer[0]) || isStopword(hash)) {
            return -1;
        }
        int stemmed = stem(buffer, length);
        return lookup(stemmed == length ? hash : hash(buffer, stemmed), add); // unchanged word: same hash
    }

    /** The ids of the range last {@link #read}, in its first places; overwritten by the next read. */
    int[] found() {
        return found;
    }

    /**
     * All words of the range last {@link #read}, function words included: the sentence's length as a
     * reader sees it (the same runs of letters and digits, counted in the same pass).
     */
    int wordsSeen() {
        return wordsSeen;
    }

    /** Folds plurals in place: "countries" → "country", "talks" → "talk"; keeps "boss", "bus", "crisis". */
    private static int stem(char[] w, int length) {
        if (length > 4 && w[length - 3] == 'i' && w[length - 2] == 'e' && w[length - 1] == 's') {
            w[length - 3] = 'y';
            return length - 2;
        }
        if (length > 3 && w[length - 1] == 's' && w[length - 2] != 's' && w[length - 2] != 'u' && w[length - 2] != 'i') {
            return length - 1;
        }
        return length;
    }

    private int lookup(long key, boolean add) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (!add) {
            return -1;
        }
        used[slot] = true;
        keys[slot] = key;
        ids[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldUsed[k]) {
                int slot = (int) (oldKeys[k] ^ (oldKeys[k] >>> 32)) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[k];
                ids[slot] = oldIds[k];
            }
        }
    }

    private static boolean isStopword(long hash) {
        int mask = STOPWORD_SLOTS.length - 1;
        for (int slot = slot(hash, mask); STOPWORD_USED[slot]; slot = (slot + 1) & mask) {
            if (STOPWORD_SLOTS[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }

    private static long hash(char[] w, int length) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < length; k++) {
            h ^= w[k];
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long[] hashes(Set<String> words) {
        long[] out = new long[words.size()];
        int k = 0;
        for (String w : words) {
            out[k++] = hash(w.toCharArray(), w.length());
        }
        Arrays.sort(out);
        return out;
    }

    /** Letter or digit, with an ASCII fast path. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
