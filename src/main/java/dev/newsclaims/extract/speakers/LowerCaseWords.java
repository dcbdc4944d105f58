package dev.newsclaims.extract.speakers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lower-cased words of the names one article's speakers are looked up by, split once per distinct name: an
 * article names the same few people over and over, and splitting each name anew at every look-up was most of what
 * resolving its speakers allocated. Not thread-safe: one per article.
 */
final class LowerCaseWords {

    private final Map<String, String[]> byName = new HashMap<>();

    /** The words of {@code name}, lower-cased, as split at single spaces. */
    String[] of(String name) {
        return byName.computeIfAbsent(name, LowerCaseWords::split);
    }

    /** The last word of {@code name}, lower-cased. */
    String last(String name) {
        String[] words = of(name);
        return words[words.length - 1];
    }

    /**
     * The words of {@code name}, lower-cased, as {@code name.toLowerCase(Locale.ROOT).split(" ")} gives them (empty
     * words between spaces kept, those after the last word dropped), cut straight into an array of the right size.
     */
    static String[] split(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.indexOf(' ') < 0) {
            return new String[] {lower};
        }
        int end = lower.length();
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int count = end == 0 ? 0 : 1;
        for (int i = 0; i < end; i++) {
            count += lower.charAt(i) == ' ' ? 1 : 0;
        }
        String[] words = new String[count];
        int w = 0;
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (lower.charAt(i) == ' ') {
                words[w++] = lower.substring(from, i);
                from = i + 1;
            }
        }
        if (count > 0) {
            words[w] = lower.substring(from, end);
        }
        return words;
    }
}
