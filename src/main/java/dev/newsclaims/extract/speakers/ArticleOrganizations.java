package dev.newsclaims.extract.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The organisations an article names by acronym ("NATO", "FIFA"), in text order, so that a definite description
 * written like a name ("the Alliance", "the Commission") can be read as the organisation the article is about:
 * the acronym named most often before it. A multi-word description ("North Atlantic Alliance") must also match the
 * acronym's opening letters (at least two). With no acronym named twice, a description stays as written.
 */
final class ArticleOrganizations {

    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 6;
    private static final int MIN_MENTIONS = 2;

    private final List<String> names = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    ArticleOrganizations(String text) {
        int n = text == null ? 0 : text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = lettersEnd(text, start, n);
            addIfAcronym(text, start, i);
        }
    }

    /** The end of the run of letters that starts at {@code start}. */
    private static int lettersEnd(String text, int start, int n) {
        int i = start;
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Remembers the word {@code text[start, end)} when it is an acronym: capitals only, not in a line of capitals. */
    private void addIfAcronym(String text, int start, int end) {
        int len = end - start;
        if (len < MIN_LETTERS || len > MAX_LETTERS || !allUpperCase(text, start, end)) {
            return;
        }
        boolean lowerNeighbour = (start > 0 && Character.isLowerCase(text.charAt(start - 1)))
                || (end < text.length() && Character.isLowerCase(text.charAt(end)));
        if (!lowerNeighbour && !inAllCapsLine(text, start, end)) {
            names.add(text.substring(start, end));
            positions.add(start);
        }
    }

    private static boolean allUpperCase(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The organisation {@code description} ("Alliance", "North Atlantic Alliance") stands for at {@code position},
     * or the description itself when the article gives no such organisation.
     */
    String resolve(String description, String head, int position) {
        String[] words = description.split(" ");
        if (!words[words.length - 1].equalsIgnoreCase(head)) {
            return description;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = 0; k < words.length - 1; k++) {
            if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                initials.append(words[k].charAt(0));
            }
        }
        if (words.length > 1 && initials.length() < 2) {
            return description; // "Justice Department": too few letters to tell which organisation
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (int k = 0; k < names.size() && positions.get(k) < position; k++) {
            String name = names.get(k);
            if (initials.length() > 0 && !name.startsWith(initials.toString().toUpperCase(Locale.ROOT))) {
                continue;
            }
            int count = counts.merge(name, 1, Integer::sum);
            if (count >= MIN_MENTIONS && (best == null || count > counts.get(best))) {
                best = name;
            }
        }
        return best == null ? description : best;
    }

    /** A headline or label in capitals ("BRUSSELS, 8 Dec", "READ MORE") is not an acronym. */
    private static boolean inAllCapsLine(String text, int start, int end) {
        int letters = 0;
        int upper = 0;
        for (int k = Math.max(0, start - 20); k < Math.min(text.length(), end + 20); k++) {
            char c = text.charAt(k);
            if (c == '\n' && k < start) {
                letters = 0;
                upper = 0;
                continue;
            }
            if (c == '\n') {
                break;
            }
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters > 0 && upper * 10 >= letters * 8 && letters > end - start + 2;
    }
}
