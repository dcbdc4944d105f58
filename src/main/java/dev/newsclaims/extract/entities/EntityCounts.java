package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.model.Entity;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article's mentions merged into entities with how often each is named, the most named first: a lone
 * surname counts toward the one full name met elsewhere, and the speakers' names count as well.
 */
final class EntityCounts {

    /** Marks a word that more than one full name holds: it resolves to none of them. Compared by identity. */
    private static final String SEVERAL_NAMES = new String("(several names)");

    private EntityCounts() {
    }

    /**
     * Counts mentions per name; single words and speakers' surnames join the one full name that contains them;
     * provisional types ("place?" after "in", "single") are settled by what else the article says.
     */
    static List<Entity> merge(List<EntityMention> mentions, List<Speaker> speakers) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Speaker s : speakers) {
            if (s.name() != null && !s.name().isBlank() && isEntityType(s.type())) {
                types.put(s.name().strip(), s.type());
            }
        }
        List<EntityMention> pending = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.type().equals("single") || m.type().equals("place?") || m.type().equals("surname")) {
                pending.add(m);
            } else {
                types.putIfAbsent(m.name(), m.type());
                counts.merge(m.name(), 1, Integer::sum);
            }
        }
        // Index full names by their first and last words, to resolve "Stoltenberg" to "Jens Stoltenberg". The
        // names are stripped, so they neither start nor end with a space.
        Map<String, String> byWord = new HashMap<>();
        for (var e : types.entrySet()) {
            String name = e.getKey();
            if (!e.getValue().equals("person") || name.indexOf(' ') < 0) {
                continue;
            }
            indexWord(byWord, name.substring(0, name.indexOf(' ')), name);
            indexWord(byWord, name.substring(name.lastIndexOf(' ') + 1), name);
        }
        for (EntityMention m : pending) {
            if (types.containsKey(m.name())) {
                counts.merge(m.name(), 1, Integer::sum);
                continue;
            }
            String full = byWord.get(m.name());
            if (full != null && full != SEVERAL_NAMES) {
                counts.merge(full, 1, Integer::sum);
            } else if (full == null && !m.type().equals("single")) {
                types.put(m.name(), m.type().equals("surname") ? "person" : "place");
                counts.merge(m.name(), 1, Integer::sum);
            }
        }
        mergeTitledSpeakers(types, counts, speakers);
        mergePartialNames(types, counts);
        List<Entity> out = new ArrayList<>();
        for (var e : types.entrySet()) {
            int count = counts.getOrDefault(e.getKey(), 0);
            if (count > 0) {
                out.add(new Entity(e.getKey(), e.getValue(), count));
            }
        }
        for (Speaker s : speakers) { // a speaker the scan missed still names an entity
            if (s.name() != null && types.containsKey(s.name().strip()) && !counts.containsKey(s.name().strip())) {
                counts.put(s.name().strip(), 1);
                out.add(new Entity(s.name().strip(), types.get(s.name().strip()), 1));
            }
        }
        // Stable sort keeps first-seen order among equal counts.
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out.size() > EntityFinder.MAX_ENTITIES ? List.copyOf(out.subList(0, EntityFinder.MAX_ENTITIES)) : out;
    }

    /**
     * "Councillor Ahmed Rahimi" counts toward the speaker "Ahmed Rahimi": a person's name that is a speaker's name
     * after title words (the words any speaker's role is made of) is that speaker, named as the speakers name them.
     */
    private static void mergeTitledSpeakers(Map<String, String> types, Map<String, Integer> counts, List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            return;
        }
        List<String> titled = new ArrayList<>();
        for (var e : types.entrySet()) {
            if (e.getValue().equals("person") && e.getKey().indexOf(' ') > 0 && counts.containsKey(e.getKey())) {
                titled.add(e.getKey());
            }
        }
        for (String name : titled) {
            for (Speaker s : speakers) {
                String speaker = s.name() == null ? "" : s.name().strip();
                if ("person".equals(s.type()) && speaker.indexOf(' ') > 0 && endsWithWords(name, speaker)
                        && onlyTitleWords(name.substring(0, name.length() - speaker.length()))) {
                    types.putIfAbsent(speaker, "person");
                    counts.merge(speaker, counts.remove(name), Integer::sum);
                    types.remove(name);
                    break;
                }
            }
        }
    }

    private static boolean onlyTitleWords(String words) {
        for (String w : words.strip().split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!Lexicon.TITLE_WORDS.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower)) {
                return false;
            }
        }
        return true;
    }

    /** Notes that the full name {@code name} holds {@code word}. */
    private static void indexWord(Map<String, String> byWord, String word, String name) {
        byWord.merge(word, name, (known, added) -> known.equals(added) ? known : SEVERAL_NAMES);
    }

    /**
     * "Saumarez Smith" counts toward "Charles Saumarez Smith", and "Ministry of Russia" toward "defense Ministry
     * of Russia", when that is the only longer name of the same type ending so.
     */
    private static void mergePartialNames(Map<String, String> types, Map<String, Integer> counts) {
        for (String type : new String[] {"person", "organization"}) {
            List<String> names = new ArrayList<>();
            for (var e : types.entrySet()) {
                if (e.getValue().equals(type) && e.getKey().indexOf(' ') > 0) {
                    names.add(e.getKey());
                }
            }
            if (names.size() > 200) {
                continue; // keep the pairwise check bounded on huge inputs
            }
            for (String shorter : names) {
                String longer = null;
                int matches = 0;
                for (String candidate : names) {
                    if (endsWithWords(candidate, shorter) || type.equals("person") && withMiddleNames(candidate, shorter)) {
                        longer = candidate;
                        matches++;
                    }
                }
                if (matches == 1 && counts.containsKey(shorter)) {
                    counts.merge(longer, counts.remove(shorter), Integer::sum);
                    types.remove(shorter); // one entity, named as its most complete mention
                }
            }
        }
    }

    /** "Jason Marcel LeBlanc" and "Jason LeBlanc": the same given name and surname, with middle names between. */
    private static boolean withMiddleNames(String longer, String shorter) {
        int space = shorter.indexOf(' ');
        if (space < 0 || shorter.indexOf(' ', space + 1) >= 0 || longer.length() <= shorter.length()) {
            return false;
        }
        String given = shorter.substring(0, space + 1);
        String surname = shorter.substring(space);
        return longer.startsWith(given) && longer.endsWith(surname);
    }

    /** {@code longer} ends with a space and then {@code shorter}. */
    private static boolean endsWithWords(String longer, String shorter) {
        int at = longer.length() - shorter.length();
        return at > 0 && longer.charAt(at - 1) == ' ' && longer.startsWith(shorter, at);
    }

    private static boolean isEntityType(String type) {
        return "person".equals(type) || "organization".equals(type) || "place".equals(type);
    }
}
