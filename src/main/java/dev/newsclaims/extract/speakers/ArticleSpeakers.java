package dev.newsclaims.extract.speakers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speakers of one article as they are merged, indexed by name, name word and initials, with the few seen
 * last, which pronouns and titles may refer to.
 */
final class ArticleSpeakers {

    /** How many recently seen speakers pronouns and titles may refer to; bounds the work per mention. */
    private static final int RECENT = 12;

    private final List<Coreference.Entity> entities = new ArrayList<>();
    /** Lower-cased name word → the entities whose name has it (surname look-up without scanning all). */
    private final Map<String, List<Coreference.Entity>> byWord = new HashMap<>();
    private final Map<String, Coreference.Entity> byLowerName = new HashMap<>();
    private final Map<String, Coreference.Entity> byInitials = new HashMap<>();
    private final ArrayDeque<Coreference.Entity> recent = new ArrayDeque<>();
    private final OrganizationReferences organizations;
    private final LowerCaseWords words;

    ArticleSpeakers(OrganizationReferences organizations, LowerCaseWords words) {
        this.organizations = organizations;
        this.words = words;
    }

    List<Coreference.Entity> all() {
        return entities;
    }

    /** The speakers seen last, the latest first. */
    ArrayDeque<Coreference.Entity> recent() {
        return recent;
    }

    /** {@code e} was referred to at {@code position}: it becomes the latest speaker seen. */
    void seen(Coreference.Entity e, int position) {
        e.lastSeen = position;
        recent.remove(e);
        recent.addFirst(e);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
    }

    /** The speaker of exactly this (lower-cased) name, or null. */
    Coreference.Entity named(String lowerName) {
        return byLowerName.get(lowerName);
    }

    /** A known person whose name shares all words with {@code name}, or whose surname is {@code name}. */
    Coreference.Entity findPerson(String name) {
        String[] w = words(name);
        List<Coreference.Entity> candidates = byWord.getOrDefault(w[w.length - 1], List.of());
        for (int k = 0; k < candidates.size(); k++) { // by index: this runs for every mention and pronoun
            Coreference.Entity e = candidates.get(k);
            if (!e.type.equals("person")) {
                continue;
            }
            String[] ew = words(e);
            if (containsAll(ew, w) || containsAll(w, ew)) {
                return e;
            }
        }
        return null;
    }

    /** The person speaker with the word {@code name} in their name who was seen last, or null. */
    Coreference.Entity latestPerson(String name) {
        String[] w = words(name);
        Coreference.Entity best = null;
        List<Coreference.Entity> candidates = byWord.getOrDefault(w[w.length - 1], List.of());
        for (int k = 0; k < candidates.size(); k++) {
            Coreference.Entity e = candidates.get(k);
            if (e.type.equals("person") && containsAll(words(e), w) && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    Coreference.Entity byExactName(String name, String type, String role, String organization) {
        Coreference.Entity known = byLowerName.get(name.toLowerCase(Locale.ROOT));
        if (known == null && type.equals("organization")) {
            // "BA" after "British Airways" (and the reverse): an acronym of the other's initials
            known = byLowerName.get(initials(name));
            if (known == null && NameWords.isAcronym(name)) {
                known = byInitials.get(name.toLowerCase(Locale.ROOT));
            }
        }
        if (known != null) {
            return known;
        }
        return add(name, role, organizations.normalize(organization), type);
    }

    Coreference.Entity add(String name, String role, String organization, String type) {
        Coreference.Entity e = new Coreference.Entity(name, role, organizations.normalize(organization), type, entities.size());
        entities.add(e);
        index(e);
        return e;
    }

    /** Indexes {@code e} under its (possibly grown) name; earlier entries stay. */
    void index(Coreference.Entity e) {
        byLowerName.putIfAbsent(e.name.toLowerCase(Locale.ROOT), e);
        if (e.type.equals("organization")) {
            String i = initials(e.name);
            if (i.length() >= 2) {
                byInitials.putIfAbsent(i, e);
            }
        }
        for (String w : words(e)) {
            List<Coreference.Entity> list = byWord.computeIfAbsent(w, k -> new ArrayList<>(2)); // a word names one or two speakers
            if (!list.contains(e) && list.size() < 64) {
                list.add(e);
            }
        }
    }

    /** "british airways" → "ba"; "" for one-word names. */
    private String initials(String name) {
        String[] w = words(name);
        if (w.length < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String word : w) {
            if (!word.isEmpty() && !word.equals("of") && !word.equals("the") && !word.equals("and")) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    /** The lower-cased words of {@code name}. */
    String[] words(String name) {
        return words.of(name);
    }

    /** The lower-cased words of {@code e}'s name (which grows to the longest full name seen). */
    String[] words(Coreference.Entity e) {
        return words.of(e.name);
    }

    /** {@link Genders#ofName}, from the name's words as already split for the look-ups. */
    char genderOfName(String name) {
        if (name == null || name.indexOf(' ') < 0) {
            return 0; // a surname alone says nothing
        }
        String[] w = words(name);
        return w.length == 0 ? 0 : Genders.ofFirstName(w[0]);
    }

    private static boolean containsAll(String[] big, String[] small) {
        for (String s : small) {
            boolean found = false;
            for (String b : big) {
                if (b.equals(s)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
