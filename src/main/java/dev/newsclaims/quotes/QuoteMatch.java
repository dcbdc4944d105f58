package dev.newsclaims.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When two quotations are the same, and the few fingerprints by which one finds the other.
 *
 * <p>Same quotation: equal normalised words ({@link QuoteWords}), or the shorter contained in the longer, which
 * is a trimmed quotation: at least {@value #TRIM_WORDS} consecutive words in common, or the whole of a shorter
 * one (six or seven words) inside the longer.
 *
 * <p>Fingerprints: each run of {@value #WINDOW} consecutive words (a window) has a hash; a quotation's anchors
 * are its {@value #ANCHORS} smallest window hashes. Equal quotations have equal anchors; a trimmed one keeps
 * the longer one's smallest window whenever that window lies in the part kept (so, for a quotation cut to a
 * half, three times in four or more, more when both forms are stored), and the group's id is the hash of its first
 * form's words. Bounded either way: at most {@value #ANCHORS} lookups and {@value #ANCHORS} new anchors per claim.
 */
public final class QuoteMatch {

    public static final int WINDOW = 6;
    public static final int ANCHORS = 3;
    public static final int TRIM_WORDS = 8;

    private QuoteMatch() {}

    /** Whether two quotations (normalised words) are one: equal, or the shorter contained in the longer. */
    public static boolean same(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (shorter.size() < QuoteWords.MIN_WORDS) {
            return false;
        }
        if (shorter.size() < TRIM_WORDS) {
            return contains(longer, shorter);
        }
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + TRIM_WORDS <= longer.size(); i++) {
            runs.add(longer.subList(i, i + TRIM_WORDS));
        }
        for (int i = 0; i + TRIM_WORDS <= shorter.size(); i++) {
            if (runs.contains(shorter.subList(i, i + TRIM_WORDS))) {
                return true;
            }
        }
        return false;
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

    /** A group's id: 20 hexadecimal characters of the hash of its first form's words. */
    public static String groupId(List<String> words) {
        return hash(words, 10);
    }

    public static boolean isGroupId(String id) {
        return id != null && id.length() == 20 && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
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
