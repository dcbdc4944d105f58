package dev.newsclaims.store;

import dev.newsclaims.model.Folding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How speaker names are compared: folded ({@link Folding}: without case, accents or extra spaces).
 * "Jens STØLTENBERG", "jens stoltenberg" and "Jéns Stoltenberg"
 * are one speaker; "Stoltenberg, Jens" is the same words in another order.
 */
public final class SpeakerNames {

    /** Keys are capped so that an index key stays far below DynamoDB's 2 KB partition-key limit. */
    static final int MAX_KEY_CHARS = 500;
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Courtesy titles a caller may put before a name ("Mr Stoltenberg"); never part of a stored speaker. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame");

    private SpeakerNames() {}

    /** The key of a speaker in the index: the folded name, capped in length. */
    public static String key(String name) {
        String folded = Folding.fold(name);
        return folded.length() <= MAX_KEY_CHARS ? folded : folded.substring(0, MAX_KEY_CHARS);
    }

    /** The words of a name, folded: apostrophes dropped ("O'Brien" → obrien), other punctuation separates. */
    static List<String> words(String name) {
        String folded = APOSTROPHES.matcher(Folding.fold(name)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words of a name as a caller writes it, without a leading courtesy title. */
    static List<String> queryWords(String name) {
        List<String> words = new ArrayList<>(words(name));
        while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /**
     * The words a speaker is found by in the directory: the first and the last word of two letters or
     * more (the given name and the surname of a person, "European" and "Commission"). Middle words and
     * initials are not looked up by; they still match once a first or last word has found the speaker.
     */
    static Set<String> directoryWords(String key) {
        List<String> words = words(key).stream().filter(w -> w.length() >= 2).toList();
        Set<String> chosen = new LinkedHashSet<>();
        if (!words.isEmpty()) {
            chosen.add(words.get(0));
            chosen.add(words.get(words.size() - 1));
        }
        return chosen;
    }

    /** Whether each word a caller wrote names a word of the speaker: equal, or an initial ("J.") of it. */
    static boolean sameName(List<String> written, String key) {
        List<String> words = words(key);
        List<String> left = new ArrayList<>(words);
        for (String w : longestFirst(written)) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                String candidate = left.get(i);
                if (candidate.equals(w) || w.length() == 1 && candidate.startsWith(w)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return !written.isEmpty();
    }

    /** Whether each word typed into a search begins a different word of the speaker's name. */
    static boolean matchesPrefixes(List<String> typed, String key) {
        List<String> left = new ArrayList<>(words(key));
        for (String w : longestFirst(typed)) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (left.get(i).startsWith(w)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return !typed.isEmpty();
    }

    /** Longer words first, so that an initial or a short prefix does not take the word a longer one needs. */
    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }
}
