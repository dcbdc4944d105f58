package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.vocabulary.Possessives;
import dev.newsclaims.language.NameType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    private final String text;
    private final NameTags tags;
    /** The organisations the name tagger reads, in text order; listed on the first question. */
    private List<Named> named;
    private final Map<String, String> expansions = new HashMap<>();

    /** An organisation's name as the article writes it (without "the" or a possessive), and where. */
    record Named(String name, int start) {
        String lastWord() {
            return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        }
    }

    ArticleOrganizations(String text) {
        this(text, NameTags.NONE);
    }

    ArticleOrganizations(String text, NameTags tags) {
        this.text = text;
        this.tags = tags;
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

    /**
     * The organisation named nearest before {@code position} (at most {@code reach} characters back) whose last word
     * is one of {@code nouns}, or any whose last word passes {@code anyKind} when {@code nouns} is null; null
     * when the article names none there. The names are the tagger's organisations, and names written with one of
     * {@code nouns} capitalised as their last word ("Northern Prairie Railway" for "the railway").
     */
    Named nearestBefore(Set<String> nouns, int position, int reach, java.util.function.Predicate<String> anyKind) {
        Named best = null;
        List<Named> all = named();
        for (int k = lastBefore(all, position); k >= 0; k--) {
            Named n = all.get(k);
            if (position - n.start() > reach) {
                break;
            }
            if (nouns == null ? anyKind.test(n.lastWord()) : nouns.contains(n.lastWord())) {
                best = n;
                break;
            }
        }
        if (nouns != null) {
            for (String noun : nouns) {
                Named written = writtenBefore(noun, position, reach);
                if (written != null && (best == null || written.start() > best.start())) {
                    best = written;
                }
            }
        }
        return best;
    }

    /** More capitalised words than an organisation's name has: a headline written in title case. */
    private static final int MAX_WRITTEN_WORDS = 5;
    private static final int MAX_WORD_LENGTH = 40;

    /** Capitalised words ending in {@code noun} capitalised ("Northern Prairie Railway"), the last before {@code position}. */
    private Named writtenBefore(String noun, int position, int reach) {
        if (text == null || noun.length() < 3) {
            return null;
        }
        String word = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        int floor = Math.max(0, position - reach);
        for (int at = Math.min(position, text.length()) - word.length(); at >= floor; at--) {
            if (!text.startsWith(word, at)) {
                continue; // searched by hand within reach: a missing word costs no pass over the whole text
            }
            int end = at + word.length();
            if (end < text.length() && Character.isLetter(text.charAt(end)) || at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue; // "Railways", "Railwayman": another word
            }
            int start = at;
            int words = 1;
            while (words <= MAX_WRITTEN_WORDS && start >= 2 && text.charAt(start - 1) == ' '
                    && Character.isLetter(text.charAt(start - 2))) {
                int w = start - 2;
                while (w > 0 && start - w < MAX_WORD_LENGTH && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                if (!Character.isUpperCase(text.charAt(w)) || isSentenceStart(w)) {
                    break;
                }
                start = w;
                words++;
            }
            if (start < at && words <= MAX_WRITTEN_WORDS && !inAllCapsLine(text, start, end)) {
                return new Named(text.substring(start, end), start);
            }
        }
        return null;
    }

    /** True when a sentence starts at {@code offset}: its capital says nothing about a name. */
    private boolean isSentenceStart(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '\n' || text.charAt(i) == '?' || text.charAt(i) == '!';
    }

    /** Index of the last name in {@code all} (in text order) that starts before {@code position}, or -1. */
    private static int lastBefore(List<Named> all, int position) {
        int lo = 0;
        int hi = all.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private List<Named> named() {
        if (named == null) {
            named = new ArrayList<>();
            for (int[] span : tags.spansOf(NameType.ORGANIZATION)) {
                String name = nameAt(span[0], span[1]);
                if (name != null && tags.typeAcrossArticle(lastWordOf(name)) != NameType.PERSON) {
                    named.add(new Named(name, span[0]));
                }
            }
        }
        return named;
    }

    private static String lastWordOf(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** The organisation's name written at {@code [start, end)}, or null for a label ("WATCH:") or a heading in capitals. */
    private String nameAt(int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ':' || inAllCapsLine(text, start, end)) {
            return null;
        }
        String name = Possessives.stripPossessive(text.substring(start, end).replaceAll("\\s+", " ").strip());
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        return name.isEmpty() || !Character.isUpperCase(name.charAt(0)) ? null : name;
    }

    /** Words that may stand inside a name without adding a letter to its acronym. */
    private static final Set<String> ACRONYM_GAPS = Set.of("of", "the", "and", "for", "on", "&");
    private static final int MAX_NAME_WORDS = 8;
    /** Distinct acronyms spelled out per article; news names a handful. */
    private static final int MAX_EXPANSIONS = 32;

    /**
     * The full name the article writes for {@code acronym} ("Coastal Transit Authority" for "CTA"): capitalised words
     * whose initials spell it, "of", "the", "and", "for" between them adding none; the acronym itself when the article
     * writes no such name.
     */
    String expand(String acronym) {
        if (text == null || acronym.length() < 2 || acronym.length() > MAX_LETTERS || !NameWords.isAcronym(acronym)) {
            return acronym;
        }
        String known = expansions.get(acronym);
        if (known != null) {
            return known;
        }
        if (expansions.size() >= MAX_EXPANSIONS) {
            return acronym; // each search reads the text: a text of thousands of acronyms gets no more searches
        }
        String found = findExpansion(acronym);
        expansions.put(acronym, found);
        return found;
    }

    private String findExpansion(String acronym) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2) {
            return acronym;
        }
        char first = letters.charAt(0);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            String found = spelled(letters, at);
            if (found != null) {
                return found;
            }
        }
        return acronym;
    }

    /** The capitalised words from {@code at} whose initials are {@code letters}, or null. */
    private String spelled(String letters, int at) {
        int i = at;
        int matched = 0;
        int words = 0;
        int end = -1;
        while (i < text.length() && matched < letters.length() && words < MAX_NAME_WORDS) {
            int j = i;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '&')) {
                j++;
            }
            if (j == i) {
                return null;
            }
            String word = text.substring(i, j);
            words++;
            if (Character.isUpperCase(word.charAt(0)) && word.length() > 1 && !NameWords.isAcronym(word)) {
                if (Character.toUpperCase(word.charAt(0)) != letters.charAt(matched)) {
                    return null;
                }
                matched++;
                end = j;
            } else if (!(matched > 0 && ACRONYM_GAPS.contains(word.toLowerCase(Locale.ROOT)))) {
                return null;
            }
            if (matched == letters.length()) {
                break;
            }
            if (j >= text.length() || text.charAt(j) != ' ') {
                return null; // the name ends before it spells the acronym
            }
            i = j + 1;
        }
        return matched == letters.length() ? text.substring(at, end) : null;
    }
}
