package dev.newsclaims.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * When two quotations are the same, and the fingerprints by which one finds the other.
 *
 * <p>Same quotation: equal normalised words ({@link QuoteWords}), or the shorter contained in the longer, which
 * is a trimmed quotation: at least {@value #TRIM_WORDS} consecutive words in common (and at least half of the
 * shorter), or the whole of the shorter inside the longer.
 *
 * <p>Fingerprints (winnowing, Schleimer, Wilkerson and Aiken 2003): each run of {@value #WINDOW} consecutive words
 * (a window) has a hash; of every {@value #WINNOW} consecutive window hashes the smallest is a fingerprint. The
 * guarantee: two quotations that share a run of {@value #TRIM_WORDS} = {@value #WINDOW} + {@value #WINNOW} − 1
 * words or more share a fingerprint. Proof: such a run holds {@value #WINNOW} consecutive windows, the same in
 * both; each quotation takes the smallest of exactly those {@value #WINNOW} hashes as a fingerprint, and the
 * smallest of equal hashes is the same value. A quotation of n words has about 2(n − 5)/({@value #WINNOW} + 1)
 * fingerprints (at most n − 5, at least one): bounded by its length, which {@link QuoteWords} caps.
 */
public final class QuoteMatch {

    public static final int WINDOW = 6;
    /** Windows per winnowing step: any run of WINDOW + WINNOW − 1 = TRIM_WORDS shared words holds a shared fingerprint. */
    public static final int WINNOW = 3;
    public static final int TRIM_WORDS = WINDOW + WINNOW - 1;

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

    /**
     * The fingerprints of a quotation, distinct, in the order of their first window: the smallest hash of every
     * {@value #WINNOW} consecutive windows (the smallest of all when there are fewer).
     */
    public static List<String> fingerprints(List<String> words) {
        List<String> windows = windows(words);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (windows.size() < WINNOW) {
            windows.stream().min(String::compareTo).ifPresent(out::add); // seven words or fewer: the name alone
        }
        for (int i = 0; i + WINNOW <= windows.size(); i++) {
            String least = windows.get(i);
            for (int j = i + 1; j < i + WINNOW; j++) {
                if (windows.get(j).compareTo(least) < 0) {
                    least = windows.get(j);
                }
            }
            out.add(least);
        }
        return List.copyOf(out);
    }

    /** The name a quotation gives a group it starts: its smallest window hash (always one of its fingerprints). */
    public static String name(List<String> words) {
        return windows(words).stream().min(String::compareTo).orElseThrow();
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
     * The id of a group none of whose fingerprints is free: 16 hexadecimal characters, like a fingerprint, of the hash of
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
