package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.text.WordTables;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The small word lists the entity, dateline and summary stages share, read once from class-path resources
 * ({@code entities-*.txt}, {@code dateline-*.txt}, {@code summary-*.txt}: one entry a line, {@code #} comments).
 */
public final class EntityLexicon {

    private static final Set<String> PLACES = read("entities-places.txt");
    private static final Set<String> ORGANIZATIONS = read("entities-organizations.txt");
    private static final Set<String> ORGANIZATION_WORDS = read("entities-organization-words.txt");
    private static final Set<String> HONORIFICS = read("entities-honorifics.txt");
    private static final Set<String> COMMON_WORDS = read("entities-common-words.txt");
    /** {@link #COMMON_WORDS} looked up by a region of the text: asked of every sentence's first word. */
    private static final RegionSet COMMON_WORD_REGIONS = RegionSet.of(COMMON_WORDS, COMMON_WORDS.size());
    private static final Set<String> DEMONYMS = read("entities-demonyms.txt");
    private static final Map<String, String> ALIASES = readAliases("entities-aliases.txt");
    private static final Set<String> PLACE_WORDS = read("entities-place-words.txt");
    private static final Set<String> NON_PERSON_WORDS = read("entities-non-person-words.txt");
    /** The {@code event:} entries of the non-person list without their prefix, so a look-up builds no string. */
    private static final Set<String> EVENT_WORDS = withoutPrefix(NON_PERSON_WORDS, "event:");

    private EntityLexicon() {}

    public static boolean isPlace(String name) {
        return PLACES.contains(name);
    }

    /** The name a short form is counted under ("U.S." → "United States"), or the name itself. */
    static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** A known organisation name ("NATO", "Kremlin"). */
    static boolean isOrganization(String name) {
        return ORGANIZATIONS.contains(name);
    }

    public static boolean isOrganizationAcronym(String word) {
        return ORGANIZATIONS.contains(word) || ORGANIZATIONS.contains(word.replace(".", ""));
    }

    /** A word that marks an organisation name: "Ministry", "Party", "Inc". */
    static boolean isOrganizationWord(String word) {
        return ORGANIZATION_WORDS.contains(stripPeriod(word));
    }

    /** A title or role written before a name: "President", "Mr.", "Minister". */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(stripPeriod(word));
    }

    /** A capitalised word that names nothing by itself: "The", "However", "Monday". */
    public static boolean isCommonWord(String word) {
        return COMMON_WORDS.contains(word);
    }

    /** {@link #isCommonWord(String)} of {@code text[start, end)}, tested in place. */
    static boolean isCommonWord(String text, int start, int end) {
        return COMMON_WORD_REGIONS.find(text, start, end) != null;
    }

    /** A landmark or geographic word: "Square", "Museum", "River". */
    static boolean isPlaceWord(String word) {
        return PLACE_WORDS.contains(word);
    }

    /** A word of an event's name ("Championships", "Festival"): such names are no person, place or organisation. */
    static boolean isEventWord(String word) {
        return EVENT_WORDS.contains(word);
    }

    /** A word never found in a person's name ("World", "National"). */
    static boolean isNonPersonWord(String word) {
        return NON_PERSON_WORDS.contains(word) || isEventWord(word);
    }

    /** A nationality or group adjective ("Russian", "Estonian"), by list or by its -ian/-ese/-ish ending. */
    static boolean isDemonym(String word) {
        String singular = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        return DEMONYMS.contains(word) || DEMONYMS.contains(singular) || singular.length() > 5
                && (singular.endsWith("ian") || singular.endsWith("ese") || singular.endsWith("ish"));
    }

    private static String stripPeriod(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static Set<String> withoutPrefix(Set<String> entries, String prefix) {
        Set<String> out = new HashSet<>();
        for (String entry : entries) {
            if (entry.startsWith(prefix)) {
                out.add(entry.substring(prefix.length()));
            }
        }
        return WordTables.setOf(out);
    }

    static Set<String> read(String resource) {
        return WordTables.read(EntityLexicon.class, resource);
    }

    private static Map<String, String> readAliases(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String entry : read(resource)) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return WordTables.mapOf(out);
    }

    static Set<String> readLowerCase(String resource) {
        return WordTables.readLowerCase(EntityLexicon.class, resource);
    }
}
