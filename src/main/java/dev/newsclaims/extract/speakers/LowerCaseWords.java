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

    static String[] split(String name) {
        return name.toLowerCase(Locale.ROOT).split(" ");
    }
}
