package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.vocabulary.Possessives;
import dev.newsclaims.language.NameType;
import java.util.Locale;

/**
 * Types a source the phrase rules read as a person's name by what the name tagger says of those words: a place
 * or an organisation the tagger recognises is spoken for as such, never as a person; a capitalised word the tagger
 * reads as neither a name nor a proper noun ("Having", "Once") names nobody. The word lists keep what the tagger
 * does not know: a title alone ("Spokeswoman said") is a role, not a name.
 */
public final class SpeakerTypes {


    private final NameTags names;
    private final String text;

    public SpeakerTypes(NameTags names, String text) {
        this.names = names;
        this.text = text;
    }

    /**
     * A party tag such as "D-Ohio", "R-Texas", "I-Vt.": a party and a state, written after a legislator's name, never
     * part of a name. That is {@code [DRI]\.?-[A-Z][A-Za-z.]*}, tested by hand: it is asked of nearly every capitalised
     * word, and a regular expression's matcher per word was a tenth of what the speaker and entity stages allocated.
     */
    public static boolean isPartyTag(String word) {
        int n = word.length();
        if (n < 3) {
            return false;
        }
        char party = word.charAt(0);
        if (party != 'D' && party != 'R' && party != 'I') {
            return false;
        }
        int i = word.charAt(1) == '.' ? 2 : 1;
        if (i + 1 >= n || word.charAt(i) != '-' || !isAsciiUpper(word.charAt(i + 1))) {
            return false;
        }
        for (int k = i + 2; k < n; k++) {
            char c = word.charAt(k);
            if (!isAsciiUpper(c) && !(c >= 'a' && c <= 'z') && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * The type a speaker is published with: a person is someone named; one the article never names, known only by a
     * role ("Spokeswoman", "the 45-year-old"), stays a person for pronouns while the claims are built, but is
     * published as "other", since the role is not a person's name.
     */
    public static String outputType(Coreference.Entity e) {
        if ("person".equals(e.type) && e.name != null
                && (e.name.equalsIgnoreCase(e.role) || hasDigit(e.name) || Lexicon.TITLE_WORDS.contains(e.name.toLowerCase(Locale.ROOT)))) {
            return "other";
        }
        return e.type;
    }

    /**
     * {@code m} with its form and type as the name tagger reads its name, {@code m} itself when the tagger says
     * nothing against it, or null when its "name" names nobody.
     */
    public SourceMention retype(SourceMention m) {
        if (m == null || m.name() == null || !names.known()) {
            return m;
        }
        if (m.form() == SourceMention.Form.ORGANIZATION || m.form() == SourceMention.Form.PLACE) {
            return personInside(m);
        }
        if (m.form() != SourceMention.Form.NAME) {
            return m;
        }
        int[] at = locate(m);
        String single = m.name().indexOf(' ') < 0 ? m.name().toLowerCase(Locale.ROOT) : null;
        if (single != null && Lexicon.TITLE_WORDS.contains(single)) {
            // "Spokeswoman said": a role word alone is a role, not a person's name
            return new SourceMention(m.start(), m.end(), SourceMention.Form.TITLE, null,
                    m.role() != null ? m.role() : m.name(), m.organization(), "person", single);
        }
        if (at == null) {
            return m;
        }
        NameType type = names.typeOf(at[0], at[1]);
        if (type == null) {
            type = names.typeAcrossArticle(lastWord(m.name())); // untagged here, tagged where named elsewhere
        }
        if ((type == NameType.PLACE || type == NameType.ORGANIZATION || type == NameType.OTHER)
                && (m.role() != null || Genders.ofName(m.name()) != 0 || readAsPersonElsewhere(m.name()))) {
            // "City Attorney Jane Roe", "Mark Doe": a title or a given name says person, whatever the tagger; and
            // a name the tagger reads as a person's across the article is one here too
            return m;
        }
        if (type == NameType.PLACE) {
            return new SourceMention(m.start(), m.end(), SourceMention.Form.PLACE, m.name(), null, null, "place",
                    m.head());
        }
        if (type == NameType.ORGANIZATION) {
            return new SourceMention(m.start(), m.end(), SourceMention.Form.ORGANIZATION, m.name(), null, null,
                    "organization", m.head());
        }
        if (type == NameType.OTHER) {
            // "Democrats", "Mexicans": a group of people by party or nationality, not one person
            return new SourceMention(m.start(), m.end(), SourceMention.Form.GROUP, m.name(), null, m.organization(),
                    "other", m.head());
        }
        if (type == null && single != null && "NNS".equals(names.posAfter(at[0]))) {
            // "Protestors said": a plural common noun opening the sentence is the group it names
            return new SourceMention(m.start(), m.end(), SourceMention.Form.GROUP, m.name(), null, m.organization(),
                    "group", single);
        }
        if (type == null && (hasDigit(m.name()) || !names.hasProperNoun(at[0], at[1]))) {
            return null; // "Having", "Chastened", "45-year-old": capitalised, but no one's name
        }
        return m;
    }

    /**
     * {@code m}, a name the article's evidence says is no person's, as the place or organisation the tagger reads it
     * as, or a place the article writes as one ({@code writtenAsPlace}: "in Port Aldwyn"); an organisation otherwise
     * ("Rally Norland", "the Lakeside Open" speak for their organisers).
     */
    SourceMention notAPerson(SourceMention m, boolean writtenAsPlace) {
        int[] at = locate(m);
        NameType type = at == null ? null : names.typeOf(at[0], at[1]);
        if (type == NameType.PLACE || (writtenAsPlace || Lexicon.PLACES.containsKey(m.name())) && type != NameType.ORGANIZATION) {
            return new SourceMention(m.start(), m.end(), SourceMention.Form.PLACE, m.name(), null, null, "place", m.head());
        }
        return new SourceMention(m.start(), m.end(), SourceMention.Form.ORGANIZATION, m.name(), null, null,
                "organization", m.head());
    }

    /** {@code m}, a work's title ("a paper titled Martin Frost"), as the work: a source of type other, no person. */
    SourceMention work(SourceMention m) {
        return new SourceMention(m.start(), m.end(), SourceMention.Form.GROUP, m.name(), null, null, "other", m.head());
    }

    /**
     * "Police Chief Jane Jordan", "Jordan", "Vann R. Doe II": a phrase the word lists took for an organisation or a
     * place that ends in a name the tagger reads as a person's is that person.
     */
    private SourceMention personInside(SourceMention m) {
        if (text == null || m.start() < 0 || m.end() > text.length()) {
            return m;
        }
        int[] person = names.personEndingAt(m.start(), m.end());
        if (person == null) {
            return m;
        }
        String name = Possessives.stripPossessive(text.substring(person[0], person[1]).replaceAll("\\s+", " "));
        if (name.isBlank() || !Character.isUpperCase(name.charAt(0))
                || m.form() == SourceMention.Form.PLACE && name.equals(m.name()) && !readAsPersonElsewhere(name)) {
            return m; // "Ottawa said": a place the word lists know is that place, whatever one tag says
        }
        String[] words = name.split(" ");
        return new SourceMention(m.start(), m.end(), SourceMention.Form.NAME, name, null, m.organization(), "person",
                words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private boolean readAsPersonElsewhere(String name) {
        return names.typeAcrossArticle(lastWord(name)) == NameType.PERSON;
    }

    /**
     * Character offsets of the name's words inside the mention ({@code [first word, last word end)}), or null. Asked
     * of nearly every name mention, so the words are searched for in the text itself rather than in copies.
     */
    private int[] locate(SourceMention m) {
        if (text == null || m.start() < 0 || m.end() > text.length()) {
            return null;
        }
        String name = m.name();
        String lastWord = lastWord(name);
        int last = lastIndexWithin(lastWord, m.start(), m.end(), m.end());
        if (last < 0) {
            return null;
        }
        int space = name.indexOf(' ');
        int first = space < 0 || space >= lengthWithoutTrailingSpaces(name) ? last
                : lastIndexWithin(name.substring(0, space), m.start(), m.end(), last);
        if (first < 0) {
            first = last;
        }
        return new int[] {first, last + lastWord.length()};
    }

    /** The last occurrence of {@code word} that starts at or before {@code from} and lies within [start, end), or -1. */
    private int lastIndexWithin(String word, int start, int end, int from) {
        for (int at = text.lastIndexOf(word, Math.min(from, end - word.length())); at >= start;
                at = text.lastIndexOf(word, at - 1)) {
            if (at + word.length() <= end) {
                return at;
            }
        }
        return -1;
    }

    /** The name's last word, as its words split at single spaces give it. */
    private static String lastWord(String name) {
        int end = lengthWithoutTrailingSpaces(name);
        return name.substring(name.lastIndexOf(' ', end - 1) + 1, end);
    }

    /** Splitting at spaces drops the empty words a name's trailing spaces would make. */
    private static int lengthWithoutTrailingSpaces(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
