package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.WordTables;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence whose first words point back to the sentence before it: a pronoun ("He", "It", "Their"), a
 * demonstrative ("This", "That's why"), or a connective ("But", "However", "As a result"). Out of its context it
 * reads wrongly or not at all, so a summary takes it only together with its predecessor.
 */
final class DependentOpening {

    private static final Set<String> WORDS = WordTables.setOf(
            "he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "theirs", "hers",
            "this", "that", "these", "those", "such",
            "but", "however", "and", "or", "nor", "so", "yet", "also", "still", "instead", "meanwhile",
            "nevertheless", "nonetheless", "moreover", "furthermore", "besides", "otherwise", "therefore",
            "thus", "hence", "then", "consequently", "accordingly", "likewise", "similarly", "additionally",
            "indeed");
    private static final String[] PHRASES = {
            "in addition", "as a result", "in turn", "even so", "on the other hand", "at the same time",
            "by contrast", "in contrast", "for example", "for instance", "in fact", "after that", "before that",
            "the latter", "the former", "on top of that", "as well as this", "not only that", "despite this",
            "because of this", "apart from that", "in response", "in the meantime", "to that end"};
    /** "This year", "that night": a demonstrative before a time word points to the calendar, not the text. */
    private static final Set<String> TIME_WORDS = WordTables.setOf(
            "year", "years", "week", "weeks", "month", "months", "morning", "afternoon", "evening", "night",
            "weekend", "season", "summer", "winter", "spring", "autumn", "fall", "day", "time", "century", "decade",
            "quarter", "term", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final int WINDOW = 40;

    private DependentOpening() {}

    static boolean dependsOnPrevious(String text, Span s) {
        int i = s.start();
        int end = Math.min(s.end(), s.start() + WINDOW);
        while (i < end && !Character.isLetter(text.charAt(i))) {
            i++; // opening quotes, dashes, brackets
        }
        String head = text.substring(i, end).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String phrase : PHRASES) {
            if (head.startsWith(phrase) && (head.length() == phrase.length() || !Character.isLetter(head.charAt(phrase.length())))) {
                return true;
            }
        }
        String first = word(head, 0);
        if (first.isEmpty()) {
            return false;
        }
        String bare = first.indexOf('\'') > 0 ? first.substring(0, first.indexOf('\'')) : first;
        if (!WORDS.contains(first) && !WORDS.contains(bare)) {
            return false;
        }
        if (bare.equals("this") || bare.equals("that") || bare.equals("these") || bare.equals("those")) {
            return !TIME_WORDS.contains(word(head, first.length()));
        }
        return true;
    }

    /** The word (letters and apostrophes) starting at the first letter at or after {@code from}. */
    private static String word(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
            j++;
        }
        return s.substring(i, j);
    }
}
