package dev.newsclaims.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * When two quotations are the same, and the few fingerprints by which one finds the other.
 *
 * <p>Same quotation: equal normalised words ({@link QuoteWords}), or the shorter contained in the longer, which
 * is a trimmed quotation: at least {@value #TRIM_WORDS} consecutive words in common (and at least half of the
 * shorter), or the whole of the shorter inside the longer.
 *
 * <p>Fingerprints: each run of {@value #WINDOW} consecutive words (a window) has a hash; a quotation's anchors
 * are its {@value #ANCHORS} smallest window hashes, and a group is named by an anchor of its first form. Equal
 * quotations have equal anchors; a trimmed form holds the group's name whenever the longer form's smallest
 * window lies in the part kept, and a longer form arriving after a trimmed one holds it when the trimmed one's
 * smallest window is among its own three smallest. Bounded either way: {@value #ANCHORS} lookups per claim.
 */
public final class QuoteMatch {

    public static final int WINDOW = 6;
    public static final int ANCHORS = 3;
    public static final int TRIM_WORDS = 8;

    private QuoteMatch() {}

    /**
     * Whether two quotations (normalised words) are one: equal, the whole of the shorter inside the longer, or a
     * run of at least {@value #TRIM_WORDS} words in common that is also at least half of the shorter one. The
     * half keeps apart two quotations that share only a set phrase ("to serve as president of the United
     * States" in two different remarks), which the eight words alone let through on the PolNeAR news.
     */
    public static boolean same(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < QuoteWords.MIN_WORDS) {
            return false;
        }
        int run = longestCommonRun(shorter, longer);
        return run == shorter.size() || run >= TRIM_WORDS && 2 * run >= shorter.size();
    }

    /** The length of the longest run of words the two lists have in common. */
    static int longestCommonRun(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        int best = 0;
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1 : 0;
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }

    /** Whether {@code part} occurs, word for word and in a row, in {@code whole}. */
    public static boolean contains(List<String> whole, List<String> part) {
        if (part.isEmpty() || part.size() > whole.size()) {
            return false;
        }
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            if (whole.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** The anchors of a quotation: its smallest window hashes, in ascending order. */
    public static List<String> anchors(List<String> words) {
        TreeSet<String> smallest = new TreeSet<>();
        for (String w : windows(words)) {
            smallest.add(w);
            if (smallest.size() > ANCHORS) {
                smallest.pollLast();
            }
        }
        return List.copyOf(smallest);
    }

    /** Every window hash of a text, in order (for a search, whose words may be any part of a quotation). */
    public static List<String> windows(List<String> words) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + WINDOW <= words.size(); i++) {
            out.add(hash(words.subList(i, i + WINDOW), 8));
        }
        return out;
    }

    /**
     * The id of a group none of whose anchors is free: 16 hexadecimal characters, like an anchor, of the hash of
     * all its words (with a mark so that it is never a window's hash).
     */
    public static String groupId(List<String> words) {
        List<String> marked = new java.util.ArrayList<>(words);
        marked.add("#");
        return hash(marked, 8);
    }

    public static boolean isGroupId(String id) {
        return id != null && id.length() == 16 && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    private static String hash(List<String> words, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
