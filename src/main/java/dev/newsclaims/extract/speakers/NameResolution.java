package dev.newsclaims.extract.speakers;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Names to speakers: a full name and its surname are one person (the longest full name is kept), a bare surname
 * is the speaker of that name seen last, else the person of that name written nearest before it; a role seen
 * before the name ("The Secretary General said …") joins the person named with it later.
 */
final class NameResolution {

    private final String text;
    private final Predicate<String> isCommonWord;
    private final ArticleSpeakers speakers;
    private final NamesInText names;
    private final OrganizationReferences organizations;

    NameResolution(String text, Predicate<String> isCommonWord, ArticleSpeakers speakers, NamesInText names,
            OrganizationReferences organizations) {
        this.text = text;
        this.isCommonWord = isCommonWord;
        this.speakers = speakers;
        this.names = names;
        this.organizations = organizations;
    }

    Coreference.Entity resolve(SourceMention m, int position) {
        String name = m.name();
        if (startsSentence(m.start())) {
            // "Rival Hillary Clinton said", "Demonstrators said": a sentence's first word is capitalised anyway;
            // if the article also writes it in lower case, it is a common word, not part of a name
            int space = name.indexOf(' ');
            String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
            if (isCommonWord.test(first)) {
                if (space < 0) {
                    return speakers.byExactName(name, "group", null, m.organization());
                }
                name = name.substring(space + 1);
            }
        }
        Coreference.Entity e = null;
        if (name.indexOf(' ') < 0) {
            // a bare surname is the speaker of that name seen last (two Lunds stay apart), else the person of that
            // name written nearest before it
            e = speakers.latestPerson(name);
            if (e == null) {
                String full = names.fullNameFor(name, position);
                if (full != null) {
                    name = full;
                }
            }
        }
        if (e == null) {
            e = speakers.findPerson(name);
        }
        if (e == null && m.role() != null) {
            // "The Secretary General said …" before the name is given: that unnamed speaker is this person
            Coreference.Entity unnamed = speakers.named(m.role().toLowerCase(Locale.ROOT));
            if (unnamed != null && unnamed.type.equals("person") && unnamed.name.equals(unnamed.role)) {
                unnamed.name = name;
                speakers.index(unnamed);
                e = unnamed;
            }
        }
        if (e == null) {
            name = names.fullest(name); // the person is named as the article names them most completely
            e = speakers.add(name, m.role(), m.organization(), "person");
        } else if (speakers.words(name).length > speakers.words(e).length) {
            e.name = name; // keep the longest full name
            speakers.index(e);
        }
        if (e.role == null) {
            e.role = m.role();
        }
        if (e.organization == null) {
            e.organization = organizations.normalize(m.organization());
        }
        if (e.gender == 0) {
            e.gender = honorificGender(m);
        }
        return e;
    }

    /** True when only spaces, quotes or brackets stand between {@code offset} and a sentence end or the text start. */
    private boolean startsSentence(int offset) {
        if (text == null) {
            return false;
        }
        for (int i = Math.min(offset, text.length()) - 1; i >= 0 && offset - i < 8; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '”' && c != '(' && c != '\'' && c != '’') {
                return false;
            }
        }
        return offset <= 8 && text.substring(0, Math.min(offset, text.length())).isBlank();
    }

    /** "Mr. Earnest" → 'm', "Mrs. Clinton" / "Ms. Acosta" → 'f', otherwise 0. */
    private char honorificGender(SourceMention m) {
        if (text == null || m.end() > text.length() || m.start() < 0) {
            return 0;
        }
        int i = m.start();
        int end = Math.min(m.end(), i + 200);
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            int length = j - i;
            if (length == 2 && text.regionMatches(false, i, "Mr", 0, 2)) {
                return 'm';
            }
            if ((length == 3 && text.regionMatches(false, i, "Mrs", 0, 3))
                    || (length == 2 && text.regionMatches(false, i, "Ms", 0, 2))
                    || (length == 4 && text.regionMatches(false, i, "Miss", 0, 4))) {
                return 'f';
            }
            i = j;
        }
        return 0;
    }
}
