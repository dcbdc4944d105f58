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
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean upper = true;
            while (i < n && Character.isLetter(text.charAt(i))) {
                upper &= Character.isUpperCase(text.charAt(i));
                i++;
            }
            int len = i - start;
            boolean lowerNeighbour = (start > 0 && Character.isLowerCase(text.charAt(start - 1)))
                    || (i < n && Character.isLowerCase(text.charAt(i)));
            if (upper && len >= MIN_LETTERS && len <= MAX_LETTERS && !lowerNeighbour && !inAllCapsLine(text, start, i)) {
                names.add(text.substring(start, i));
                positions.add(start);
            }
        }
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
