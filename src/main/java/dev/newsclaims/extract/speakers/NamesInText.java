package dev.newsclaims.extract.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The people the article's text names, whether they speak or not: full names in text order (with the words
 * describing them), and one-word person names; looked up by where they stand and by surname.
 */
final class NamesInText {

    private final List<Coreference.NamedPerson> people;
    /** Lower-cased surname → full names in the text with that surname, in text order. */
    private final Map<String, List<Coreference.NamedPerson>> peopleBySurname = new HashMap<>();
    /** One-word person names in the text ("Trump"), as {start, end}: a pronoun's antecedent may be one of them. */
    private final List<int[]> surnames;

    /** {@code people} must be in text order, {@code surnames} too. */
    NamesInText(List<Coreference.NamedPerson> people, List<int[]> surnames, LowerCaseWords words) {
        this.people = people;
        this.surnames = surnames;
        for (Coreference.NamedPerson p : people) {
            peopleBySurname.computeIfAbsent(words.last(p.name()), k -> new ArrayList<>(4)).add(p);
        }
    }

    Coreference.NamedPerson person(int index) {
        return people.get(index);
    }

    /** The one-word person name at {@code index}, as {start, end}. */
    int[] surname(int index) {
        return surnames.get(index);
    }

    /** The full name in the text whose last word is {@code surname}, nearest before {@code position}. */
    String fullNameFor(String surname, int position) {
        String best = null;
        for (Coreference.NamedPerson p : peopleBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
            if (best == null || p.start() < position) {
                best = p.name();
            }
        }
        return best;
    }

    /**
     * The article's fuller writing of the two-word name {@code name}: the one full name with the same given name and
     * surname and middle names between ("Jason Marcel Doucet" for "Jason Doucet"), or {@code name} itself.
     */
    String fullest(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
            return name;
        }
        String given = name.substring(0, space + 1);
        String surname = name.substring(space + 1);
        String found = null;
        for (Coreference.NamedPerson p : peopleBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
            String full = p.name();
            if (full.length() > name.length() && full.startsWith(given) && full.endsWith(" " + surname)) {
                if (found != null && !found.equals(full)) {
                    return name; // two fuller names: keep what was written
                }
                found = full;
            }
        }
        return found == null ? name : found;
    }

    /** The nearest full name before {@code position}, within a pronoun's reach, written with {@code head} as its description. */
    Coreference.NamedPerson describedBefore(String head, int position) {
        if (head == null || head.isEmpty()) {
            return null;
        }
        for (int k = lastNamedBefore(position); k >= 0; k--) {
            Coreference.NamedPerson p = people.get(k);
            if (position - p.start() > Coreference.PRONOUN_REACH) {
                break;
            }
            if (p.isDescribedBy(head)) {
                return p;
            }
        }
        return null;
    }

    /** Index in {@code surnames} of the last one-word person name before {@code position}, or -1. */
    int lastSurnameBefore(int position) {
        return lastBefore(surnames.size(), k -> surnames.get(k)[0], position);
    }

    /** Index in {@code people} of the last full name written before {@code position}, or -1. */
    int lastNamedBefore(int position) {
        return lastBefore(people.size(), k -> people.get(k).start(), position);
    }

    /** Binary search over {@code size} entries in text order: the last whose start is before {@code position}, or -1. */
    private static int lastBefore(int size, IntUnaryOperator startOf, int position) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(mid) < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
