package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.WordTables;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which of "he" and "she" may refer to a person: from an honorific before the name ("Mr", "Mrs", "Ms") or from a
 * common given name. 'm', 'f', or 0 when neither tells.
 */
final class Genders {

    private static final Map<String, Character> FIRST_NAMES = load();

    private Genders() {}

    /** From the name's first word ("Emily Carter" → 'f'). */
    static char ofName(String name) {
        if (name == null || name.isEmpty()) {
            return 0;
        }
        int space = name.indexOf(' ');
        if (space < 0) {
            return 0; // a surname alone says nothing
        }
        return ofFirstName(name.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** From a name's first word, already lower-cased. */
    static char ofFirstName(String lowerWord) {
        Character g = FIRST_NAMES.get(lowerWord);
        return g == null ? 0 : g;
    }

    /** A given name the name lists know ("Emily"), in any case. */
    static boolean isFirstName(String word) {
        return FIRST_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** From the honorific just before {@code start} in {@code text} ("Ms. Carter", "Mr Dyke"). */
    static char honorificBefore(String text, int start) {
        if (text == null || start <= 0 || start > text.length()) {
            return 0;
        }
        String word = wordBefore(text, start);
        return switch (word) {
            case "Mr" -> 'm';
            case "Mrs", "Ms", "Miss" -> 'f';
            default -> 0;
        };
    }

    /** Nouns that say a person's gender when written just before the name ("husband Omar Haddad", "his mother Ana"). */
    private static final Map<String, Character> GENDERED_NOUNS = gendered(
            "husband father son brother uncle grandfather grandson nephew boyfriend king prince spokesman chairman "
                    + "businessman congressman councilman alderman sportsman widower",
            "wife mother daughter sister aunt grandmother granddaughter niece girlfriend queen princess spokeswoman "
                    + "chairwoman businesswoman congresswoman councilwoman alderwoman sportswoman widow actress");

    /**
     * From an honorific or a gendered noun just before {@code start} ("Ms. Carter", "husband Omar Haddad",
     * "spokeswoman Lea Vint"); 0 when the word before says nothing.
     */
    static char before(String text, int start) {
        char g = honorificBefore(text, start);
        if (g != 0 || text == null || start <= 0 || start > text.length()) {
            return g;
        }
        Character noun = GENDERED_NOUNS.get(wordBefore(text, start).toLowerCase(Locale.ROOT));
        return noun == null ? 0 : noun;
    }

    private static Map<String, Character> gendered(String men, String women) {
        Map<String, Character> out = new HashMap<>();
        for (String w : men.split(" ")) {
            out.put(w, 'm');
        }
        for (String w : women.split(" ")) {
            out.put(w, 'f');
        }
        return Map.copyOf(out);
    }

    /** The word just before {@code start} as written, skipping spaces and an abbreviation's period ("Ms. Carter"), or "". */
    static String wordBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end);
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (String line : WordTables.read(Genders.class, "first-names.txt")) {
            int colon = line.indexOf(':');
            if (colon != 1) {
                continue;
            }
            char g = line.charAt(0);
            for (String name : line.substring(colon + 1).trim().split("\\s+")) {
                Character before = out.putIfAbsent(name, g);
                if (before != null && before != g) {
                    ambiguous.put(name, true);
                }
            }
        }
        ambiguous.keySet().forEach(out::remove);
        return WordTables.mapOf(out);
    }
}
