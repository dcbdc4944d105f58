package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.List;
import java.util.Set;

/**
 * Word tests and phrase texts the source readers share: which capitalised words can be part of a person's
 * name, acronyms, party tags, possessives, and the names, roles and phrases as written.
 */
final class NameWords {

    /** Forms of address: part of how a person is named, never their role. */
    static final Set<String> HONORIFICS = WordTables.setOf("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "lord", "lady");

    /**
     * Capitalised words written before a person's name that describe the person and are never a given name:
     * "Democrat Hillary Clinton", "Republican Ana Fields", "Former Mayor …".
     */
    static final Set<String> DESCRIPTIONS_BEFORE_NAMES = WordTables.setOf("democrat", "republican", "libertarian",
            "former", "retired", "longtime", "veteran");
    /** "de la", "von der", "van den": at most this many particles in a row. */
    private static final int MAX_PARTICLES = 2;

    private NameWords() {
    }

    /**
     * Whether {@code toks[i]} is a lower-case name particle with capitalised name words on both sides within
     * {@code [lo, hi]}, past at most one other particle: "von" and "der" in "Ursula von der Leyen".
     */
    static boolean isParticleInName(List<Tok> toks, int i, int lo, int hi) {
        if (!isParticle(toks.get(i))) {
            return false;
        }
        int before = i - 1;
        while (before >= lo && i - before <= MAX_PARTICLES && isParticle(toks.get(before))) {
            before--;
        }
        int after = i + 1;
        while (after <= hi && after - i <= MAX_PARTICLES && isParticle(toks.get(after))) {
            after++;
        }
        return before >= lo && after <= hi && after - before - 1 <= MAX_PARTICLES
                && isNameWord(toks.get(before)) && isNameWord(toks.get(after));
    }

    /** A lower-case name particle ("von", "der", "de", "bin"): part of a name only between two of its capitalised words. */
    static boolean isParticle(Tok t) {
        return t.isWord() && !t.isCapitalized() && Lexicon.NAME_PARTICLES.contains(t.text());
    }

    /** A capitalised word that can be part of a person's name. */
    static boolean isNameWord(Tok t) {
        if (!t.isCapitalized() || SpeakerTypes.isPartyTag(t.text())) {
            return false;
        }
        String w = t.lower();
        if (isContraction(w)) {
            return false; // "Don't", "They're"
        }
        return !Lexicon.NEVER_IN_NAMES.contains(w) && !DESCRIPTIONS_BEFORE_NAMES.contains(w)
                && !Lexicon.NATIONALITIES.containsKey(t.text())
                && !Lexicon.PLACES.containsKey(Possessives.stripPossessive(t.text())) && !isAcronym(t.text());
    }

    /**
     * A capitalised word right after an honorific is a surname, even one that is also a month, a verb or a common
     * word elsewhere: "Ms. May", "Mr. Grant", "Dr. Hope".
     */
    static boolean isSurnameAfterHonorific(List<Tok> toks, int k, int lo) {
        if (k - 1 < lo || !toks.get(k).isWord() || !toks.get(k).isCapitalized() || isContraction(toks.get(k).lower())) {
            return false;
        }
        String before = toks.get(k - 1).lower();
        return HONORIFICS.contains(before.endsWith(".") ? before.substring(0, before.length() - 1) : before);
    }

    /**
     * A capitalised word right after a given name is a surname, even one that is also a month or a modal elsewhere:
     * "Theresa May", "Hugh Grant".
     */
    static boolean isSurnameAfterGivenName(List<Tok> toks, int k, int lo) {
        return k - 1 >= lo && toks.get(k).isWord() && toks.get(k).isCapitalized() && !isContraction(toks.get(k).lower())
                && !Lexicon.TITLE_WORDS.contains(toks.get(k).lower()) && isNameWord(toks.get(k - 1))
                && Genders.isFirstName(toks.get(k - 1).text());
    }

    private static boolean isContraction(String w) {
        int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
        if (apostrophe <= 0) {
            return false;
        }
        String tail = w.substring(apostrophe + 1);
        return tail.equals("t") || tail.equals("re") || tail.equals("ll") || tail.equals("ve") || tail.equals("d")
                || tail.equals("m");
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && !word.equals("I");
    }

    /** Tokens {@code from..to} written together as one party tag ("D-Ohio", "R-N.Y."). */
    static boolean isPartyTag(List<Tok> toks, int from, int to) {
        if (from > to || to - from > 4) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from && toks.get(k).start() != toks.get(k - 1).end()) {
                return false;
            }
            b.append(toks.get(k).text());
        }
        return SpeakerTypes.isPartyTag(b.toString());
    }

    static String phraseText(List<Tok> toks, int from, int to) {
        if (from == to) {
            return toks.get(from).text(); // most sources are one word ("Trump said"): the word itself, no copy
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            append(b, toks.get(k).text());
        }
        return b.toString();
    }

    static String nameText(List<Tok> toks, int from, int to) {
        if (from == to) {
            return Possessives.stripPossessive(toks.get(from).text());
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to; k++) {
            append(b, Possessives.stripPossessive(toks.get(k).text()));
        }
        return b.toString();
    }

    private static final String[] DETERMINERS = {"the ", "a ", "an "};

    static String withoutDeterminer(String phrase) {
        for (String det : DETERMINERS) {
            if (phrase.regionMatches(true, 0, det, 0, det.length())) {
                return phrase.substring(det.length());
            }
        }
        return phrase;
    }

    static String titleCase(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static void append(StringBuilder b, String word) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(word);
    }
}
