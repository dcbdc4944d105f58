package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.language.NameType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether capitalised words the word rules read as a person's name name a person, by the evidence of every place the
 * article writes them: how they are written ("in Nova Scotia", "the Mount Arden volcano", "Rally Norland": where a
 * place or a thing is named; "Ms. Ruiz", "Councillor Ana Ruiz", a given name: where a person is), and the name
 * tagger's reading here and wherever the same last word is named. One doubtful tag or one odd sentence is outvoted
 * by the rest of the article. A place, an organisation, a work's title or a heading is no one a pronoun, a surname
 * or a role can refer to, never a person in the speaker list, and never a person among the entities (which ask the
 * same questions of the same text and tags, so a name has one type everywhere). One instance per article; answers
 * are cached.
 */
public final class PersonEvidence {

    /** Words before a name that say it is a place: "in Nova Scotia", "on Mount Arden". */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "on", "at", "near",
            "across", "throughout", "outside", "inside", "into", "within");
    /** The prepositions that put only places after them: "in", never "in Ana Ruiz". */
    private static final java.util.Set<String> STRONG_PLACE_PREPOSITIONS = java.util.Set.of("in", "across",
            "throughout", "within");
    private static final int MAX_OCCURRENCES = 40;

    private final String text;
    private final NameTags names;
    private final Map<String, Boolean> decided = new HashMap<>();
    private final java.util.Set<String> writtenAsPlace = new java.util.HashSet<>();

    public PersonEvidence(String text, NameTags names) {
        this.text = text;
        this.names = names;
    }

    /** The names in {@code people} that the article's evidence says are people. */
    List<Coreference.NamedPerson> persons(List<Coreference.NamedPerson> people) {
        if (text == null || people.isEmpty()) {
            return people;
        }
        List<Coreference.NamedPerson> out = new ArrayList<>(people.size());
        for (Coreference.NamedPerson p : people) {
            if (isPerson(p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    /** True unless the article's evidence says {@code name} (two or more words) is not a person. */
    public boolean isPerson(String name) {
        if (text == null || name == null || name.indexOf(' ') < 0) {
            return true; // one word says too little; the tagger and the word lists decide those
        }
        return decided.computeIfAbsent(name, this::weigh);
    }

    /**
     * True unless the article's evidence says the one word {@code name}, which no full name of the article ends in,
     * is not a person: the tagger reads it as an organisation or a place more often than as a person, an appositive
     * calls it one (", a Quebec-based engineering firm"), or it is written as no person is ("Calgary-based Suncor").
     */
    public boolean isPersonAlone(String name) {
        if (text == null || name == null || name.isEmpty() || name.indexOf(' ') >= 0
                || Genders.isFirstName(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return decided.computeIfAbsent(name, this::weighOneWord);
    }

    /** The article writes {@code name} as a work's title: after "titled" or "entitled". */
    public boolean isWorkTitle(String name) {
        if (text == null || name == null || name.isEmpty()) {
            return false;
        }
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0 && seen++ < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length())) {
            String before = wordBefore(at);
            if (before.equals("titled") || before.equals("entitled")) {
                return true;
            }
        }
        return false;
    }

    /** {@code name}, found no person, was written where places are ("in Port Aldwyn"). */
    public boolean writtenAsPlace(String name) {
        return writtenAsPlace.contains(name);
    }

    private boolean weighOneWord(String word) {
        int forPerson = 0;
        int against = 0;
        boolean knownPlace = Lexicon.PLACES.containsKey(word); // "Ottawa said": a known place, unless titled
        int seen = 0;
        for (int at = text.indexOf(word); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue; // part of a longer word
            }
            seen++;
            String before = wordBefore(at);
            if (Genders.honorificBefore(text, at) != 0 || Lexicon.TITLE_WORDS.contains(before)) {
                forPerson += 2;
            }
            if (at >= 7 && text.startsWith("-based ", at - 7)) {
                against++; // "Calgary-based Suncor"
            }
            if (appositiveNamesOrganization(end)) {
                return false; // the article says what it is
            }
            if (names.known() && !knownPlace) {
                NameType t = names.typeOf(at, end);
                if (t == NameType.PERSON) {
                    forPerson++;
                } else if (t != null && t != NameType.OTHER) {
                    against++;
                }
            }
        }
        if (knownPlace) {
            return forPerson > 0; // the tagger's person tags do not outweigh the word lists' place; a title does
        }
        return against == 0 || forPerson > against; // against evidence, a word alone must outweigh it
    }

    /** ", a Quebec-based engineering firm", ", the company that …" right after {@code end}: an organisation noun. */
    private boolean appositiveNamesOrganization(int end) {
        if (!text.startsWith(", a ", end) && !text.startsWith(", an ", end) && !text.startsWith(", the ", end)) {
            return false;
        }
        int i = text.indexOf(' ', end + 2) + 1;
        for (int words = 0; words < 6 && i > 0 && i < text.length(); words++) {
            int j = i;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            if (Lexicon.ORG_WORDS.contains(w) || w.equals("firm") || w.equals("company") || w.equals("maker")) {
                return true;
            }
            if (j >= text.length() || text.charAt(j) != ' ') {
                return false; // the appositive ends
            }
            i = j + 1;
        }
        return false;
    }

    private boolean weigh(String name) {
        String[] words = name.split(" ");
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (k == 0 && words.length > 1 && Genders.isFirstName(w.toLowerCase(Locale.ROOT))) {
                continue; // "Jordan Vale", "Florence Dane": a given name that is also a place's
            }
            if (Lexicon.PLACES.containsKey(w) || Lexicon.ORG_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return titled(name); // "Rally Norland", "Harbourside Mall", but "Police Chief Ana Ruiz" is a person
            }
        }
        int forPerson = Genders.isFirstName(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        int against = 0;
        int tagged = 0;
        int taggedPerson = 0;
        int taggedPlace = 0;
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length())) {
            seen++;
            String before = wordBefore(at);
            if (Genders.honorificBefore(text, at) != 0 || Lexicon.TITLE_WORDS.contains(before)) {
                forPerson += 2;
            } else if (organizationWordAfter(at + name.length())) {
                against += 2; // "Brackley Quarry Corp.": the start of an organisation's name
            } else if (before.equals("titled") || before.equals("entitled")) {
                against += 2; // "a document titled White Paper": a work's title
            } else if (before.equals("the") || PLACE_PREPOSITIONS.contains(before)) {
                // "the Lakeside Open", "in Arden County": no one's name is written so; "in", "across" say it most clearly
                against += STRONG_PLACE_PREPOSITIONS.contains(before) ? 2 : 1;
                if (!before.equals("the")) {
                    writtenAsPlace.add(name);
                }
            }
            if (names.known()) {
                NameType t = names.typeOf(at, at + name.length());
                if (t != null) {
                    tagged++;
                    taggedPerson += t == NameType.PERSON ? 1 : 0;
                    taggedPlace += t == NameType.PLACE ? 1 : 0;
                }
            }
        }
        if (names.known()) {
            NameType across = names.typeAcrossArticle(words[words.length - 1]);
            if (tagged == 0 && across == null) {
                against++; // capitalised words the tagger never reads as a name: a title or a heading
            } else if (taggedPerson * 2 > tagged) {
                forPerson++;
            } else {
                against += taggedPlace * 2 > tagged ? 2 : 1; // a place is never a person, whatever its first word
            }
        }
        return forPerson >= against;
    }

    /** A capitalised organisation word right after {@code end}: "Corp.", "Inc.", "Group", "Foundation". */
    private boolean organizationWordAfter(int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return Lexicon.ORG_WORDS.contains(text.substring(end + 1, j).toLowerCase(Locale.ROOT));
    }

    private boolean titled(String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            if (Genders.honorificBefore(text, at) != 0 || Lexicon.TITLE_WORDS.contains(wordBefore(at))) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased word just before {@code start} (a period after it skipped), or "". */
    private String wordBefore(int start) {
        return Genders.wordBefore(text, start).toLowerCase(Locale.ROOT);
    }
}
