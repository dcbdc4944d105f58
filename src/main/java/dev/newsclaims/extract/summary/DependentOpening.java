package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.WordForms;
import dev.newsclaims.extract.text.WordTables;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence whose first words point back to the sentence before it: a pronoun ("He", "It", "Their"), a
 * demonstrative ("This", "That's why"), or a connective ("But", "However", "As a result"); or a quotation whose
 * speaker is named only before it. Out of its context it reads wrongly or not at all, so a summary takes it only
 * together with its predecessor.
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
    private static final Set<String> PRONOUN_SPEAKERS = WordTables.setOf("he", "she", "they", "it", "we", "i");
    /** Verbs of an inverted attribution ("…,” said she.). */
    private static final Set<String> SPEECH_VERBS = WordTables.setOf(
            "said", "says", "added", "adds", "told", "tells", "asked", "asks", "explained", "insisted", "warned");

    private DependentOpening() {}

    static boolean dependsOnPrevious(String text, Span s) {
        return opensByPointingBack(text, s) || isQuoteWithoutNamedSpeaker(text, s);
    }

    private static boolean opensByPointingBack(String text, Span s) {
        int i = s.start();
        int end = Math.min(s.end(), s.start() + WINDOW);
        while (i < end && !Character.isLetter(text.charAt(i))) {
            i++; // opening quotes, dashes, brackets
        }
        if (cannotPointBack(text, i, end)) {
            return false;
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

    /**
     * Most sentences open with none of the words and phrases: told in place for an ASCII opening (where lower case is
     * letter by letter), so that only the others are lower-cased into a copy. The first word can match only by its
     * letters before any apostrophe (the words have none); its lower-case form comes from the thread's word table.
     */
    private static boolean cannotPointBack(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128 && c != '’') {
                return false;
            }
        }
        for (String phrase : PHRASES) {
            if (opensWith(text, start, end, phrase)) {
                return false;
            }
        }
        int letters = start;
        while (letters < end && isAsciiLetter(text.charAt(letters))) {
            letters++;
        }
        return letters == start || !WORDS.contains(WordForms.ofThisThread().lower(text, start, letters));
    }

    /** {@code text[start, end)}, ASCII, opens with {@code phrase} in lower case, and a non-letter or the end follows it. */
    private static boolean opensWith(String text, int start, int end, String phrase) {
        int length = phrase.length();
        if (end - start < length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return start + length == end || !isAsciiLetter(text.charAt(start + length));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * A sentence that is a quotation with no speaker after it ({@code “We will appeal.”}), or only a pronoun one
     * ({@code “We will appeal,” she said.}): who speaks is in the sentences before.
     */
    private static boolean isQuoteWithoutNamedSpeaker(String text, Span s) {
        int i = s.start();
        while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= s.end() || !isDoubleQuote(text.charAt(i))) {
            return false;
        }
        int close = s.end() - 1;
        while (close > i && !isDoubleQuote(text.charAt(close))) {
            close--;
        }
        if (close == i) {
            return true; // the quotation runs on past this sentence
        }
        String after = text.substring(close + 1, Math.min(s.end(), close + 1 + WINDOW)).toLowerCase(Locale.ROOT);
        String first = word(after, 0);
        if (first.isEmpty()) {
            return true;
        }
        if (SPEECH_VERBS.contains(first)) {
            first = word(after, after.indexOf(first) + first.length());
        }
        return PRONOUN_SPEAKERS.contains(first);
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
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
