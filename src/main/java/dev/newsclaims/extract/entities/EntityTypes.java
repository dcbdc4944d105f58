package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isUpper;

import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.language.NameType;
import java.util.List;
import java.util.Set;

/**
 * The type of a cleaned name: the word lists first (places, organisations, organisation and place words,
 * demonyms, titles), then the name tagger's reading where the lists leave it open. "single", "surname" and
 * "place?" are provisional types the merge settles with what else the article names.
 */
final class EntityTypes {

    private static final int MAX_NAME_WORDS = 8;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near");

    private EntityTypes() {
    }

    /**
     * The word lists' {@code type} of a name, corrected by the name tagger's reading of the name's last word (here,
     * or where the article names it elsewhere): a person, an organisation or a place as the tagger says; a name it
     * reads as something else (a nationality, an event, a law) is no entity. Names the lexicons know, and titled
     * names, keep their type before this is asked.
     */
    static String tagged(String type, NameTags names, int lastStart, int lastEnd, String lastWord) {
        boolean provisional = type.equals("single") || type.equals("place?");
        // a lone word ("Trump") is read as the article reads it most often, not as one doubtful mention
        NameType tag = provisional ? names.typeAcrossArticle(lastWord) : names.typeOf(lastStart, lastEnd);
        if (tag == null) {
            tag = provisional ? names.typeOf(lastStart, lastEnd) : names.typeAcrossArticle(lastWord);
        }
        if (tag == null) {
            return type;
        }
        return switch (tag) {
            case PERSON -> provisional ? "single" : "person"; // a lone word still joins the full name given elsewhere
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
            case OTHER -> null;
        };
    }

    /** The entity type of a cleaned name, or null when it is probably not an entity. */
    static String type(List<String> name, String joined, boolean titled, String wordBefore) {
        if (name.size() > MAX_NAME_WORDS) {
            return null; // a run of capitalised words this long is a headline or a shout, not a name
        }
        if (EntityLexicon.isPlace(joined)) {
            return "place";
        }
        if (EntityLexicon.isOrganization(joined) || name.size() > 1 && containsOrganizationWord(name)) {
            return "organization";
        }
        if (name.size() == 1) {
            String word = name.get(0);
            if (EntityLexicon.isDemonym(word) || EntityLexicon.isOrganizationWord(word) || isNumber(word)) {
                return null;
            }
            if (isAcronym(word)) {
                return "organization";
            }
            if (titled) {
                return "surname"; // "Mr Blunkett": a person, merged into the full name when the article gives it
            }
            // An unknown single word is kept only to be merged into a longer name later, or as a place after "in".
            return wordBefore != null && PLACE_PREPOSITIONS.contains(wordBefore) ? "place?" : "single";
        }
        boolean placeWord = false;
        boolean nonPersonWord = false;
        for (String w : name) {
            if (EntityLexicon.isEventWord(w) || isNumber(w)) {
                return null;
            }
            placeWord |= EntityLexicon.isPlaceWord(w);
            nonPersonWord |= EntityLexicon.isNonPersonWord(w);
        }
        if (placeWord) {
            return "place";
        }
        if (!titled) {
            for (String w : name) {
                // People's names hold no acronym or country: "USA Today", "BBC Sport" are organisations.
                nonPersonWord |= isAcronym(w) || EntityLexicon.isPlace(w);
            }
        }
        if (nonPersonWord) {
            return "organization";
        }
        if (titled) {
            return "person";
        }
        for (String w : name) {
            if (EntityLexicon.isDemonym(w) && name.size() == 2) {
                return null;
            }
        }
        if (wordBefore != null && PLACE_PREPOSITIONS.contains(wordBefore) && name.size() <= 3) {
            return "place?";
        }
        return name.size() <= 4 ? "person" : null;
    }

    static boolean containsOrganizationWord(List<String> words) {
        for (String w : words) {
            if (EntityLexicon.isOrganizationWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += isUpper(c) ? 1 : 0;
        }
        return letters >= 2 && letters <= 6;
    }

    private static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }
}
