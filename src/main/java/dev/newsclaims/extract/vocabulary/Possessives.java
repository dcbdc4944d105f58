package dev.newsclaims.extract.vocabulary;

/**
 * The possessive test the stages share: a word ending in 's ("BA's", "CBC’s"), and the plural form s' ("the
 * ministers'"), with either the straight or the typographic apostrophe.
 */
public final class Possessives {

    private Possessives() {}

    /** "BA's", "CBC’s": the singular possessive (or a contraction written the same way). */
    public static boolean endsWithApostropheS(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** "BA's", "the ministers'": a singular or a plural possessive. */
    public static boolean isPossessive(String word) {
        return endsWithApostropheS(word) || word.endsWith("s'") || word.endsWith("s’");
    }

    /** The word without its 's ("NATO's" → "NATO"); any other word as it is. */
    public static String stripPossessive(String word) {
        return endsWithApostropheS(word) ? word.substring(0, word.length() - 2) : word;
    }
}
