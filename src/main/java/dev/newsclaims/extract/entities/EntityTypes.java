package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isUpper;

import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.language.NameType;

/**
 * The type of a cleaned name: the word lists first (places, organisations, organisation and place words,
 * demonyms, titles), then the name tagger's reading where the lists leave it open. "single", "surname" and
 * "place?" are provisional types the merge settles with what else the article names.
 */
final class EntityTypes {

    private static final int MAX_NAME_WORDS = 8;
    /** Words after which an unknown name is probably a place: "in Kilifi". */
    private static final String[] PLACE_PREPOSITIONS = {"in", "near"};

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

    /**
     * The entity type of a cleaned name, the words {@code name[from, to)}, or null when it is probably not an
     * entity; {@code afterPlacePreposition}: the name follows "in" or "near".
     */
    static String type(String[] name, int from, int to, String joined, boolean titled, boolean afterPlacePreposition) {
        int size = to - from;
        if (size > MAX_NAME_WORDS) {
            return null; // a run of capitalised words this long is a headline or a shout, not a name
        }
        if (EntityLexicon.isPlace(joined)) {
            return "place";
        }
        if (EntityLexicon.isOrganization(joined) || size > 1 && containsOrganizationWord(name, from, to)) {
            return "organization";
        }
        if (size == 1) {
            String word = name[from];
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
            return afterPlacePreposition ? "place?" : "single";
        }
        boolean placeWord = false;
        boolean nonPersonWord = false;
        for (int k = from; k < to; k++) {
            String w = name[k];
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
            for (int k = from; k < to; k++) {
                // People's names hold no acronym or country: "USA Today", "BBC Sport" are organisations.
                nonPersonWord |= isAcronym(name[k]) || EntityLexicon.isPlace(name[k]);
            }
        }
        if (nonPersonWord) {
            return "organization";
        }
        if (titled) {
            return "person";
        }
        for (int k = from; k < to; k++) {
            if (EntityLexicon.isDemonym(name[k]) && size == 2) {
                return null;
            }
        }
        if (afterPlacePreposition && size <= 3) {
            return "place?";
        }
        return size <= 4 ? "person" : null;
    }

    /** {@code text[start, end)} is "in" or "near", tested in place. */
    static boolean isPlacePreposition(String text, int start, int end) {
        for (String p : PLACE_PREPOSITIONS) {
            if (p.length() == end - start && text.regionMatches(start, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    /** Some word of {@code words[from, to)} marks an organisation. */
    static boolean containsOrganizationWord(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (EntityLexicon.isOrganizationWord(words[k])) {
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
