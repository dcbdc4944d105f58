package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.Locale;

/**
 * Roles and descriptions to people: "the Secretary General" is the recent speaker holding that role; "the mayor",
 * "the 45-year-old", "the Ohio businessman" are the person the article last described so when it names one.
 */
final class DescriptionResolution {

    private final String text;
    private final ArticleSpeakers speakers;
    private final NamesInText names;
    private final OrganizationReferences organizations;

    DescriptionResolution(String text, ArticleSpeakers speakers, NamesInText names, OrganizationReferences organizations) {
        this.text = text;
        this.speakers = speakers;
        this.names = names;
        this.organizations = organizations;
    }

    /** A title alone ("the Secretary General"); one held for another organisation or person is someone else's. */
    Coreference.Entity byTitle(SourceMention m, int position) {
        String head = m.head();
        if (isIndefinite(m)) {
            // "a spokeswoman for the mayor": someone the article has not spoken of, not the spokeswoman it named
            return speakers.byExactName(m.role() == null ? head : m.role(), "person", m.role(), m.organization());
        }
        Coreference.Entity best = null;
        for (Coreference.Entity e : speakers.recent()) {
            if (e.type.equals("person") && e.role != null
                    && e.role.toLowerCase(Locale.ROOT).contains(head)
                    && (m.organization() == null || e.organization == null || m.organization().equals(e.organization))
                    && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        if (best != null) {
            return best;
        }
        // "the mayor said", "the 45-year-old said": the person the article last described so
        Coreference.NamedPerson described = names.describedBefore(head, position);
        if (described != null) {
            Coreference.Entity known = speakers.findPerson(described.name());
            Coreference.Entity e = known != null ? known : speakers.add(described.name(), m.role(), m.organization(), "person");
            if (e.role == null) {
                e.role = m.role();
            }
            return e;
        }
        Coreference.Entity titled = personTitled(head);
        if (titled == null && isDefinite(m) && !Lexicon.TITLE_WORDS.contains(head)) {
            // a title ("the Vermont senator") names an office that may be anyone's; a description like an age or a
            // trade ("the 41-year-old machinist") is written of the person just named
            titled = personNamedJustBefore(Math.min(position, m.start())); // "the 41-year-old machinist said"
        }
        if (titled != null) {
            if (titled.role == null) {
                titled.role = m.role();
            }
            return titled;
        }
        return speakers.byExactName(m.role() == null ? head : m.role(), "person", m.role(), m.organization());
    }

    /** How far back (in characters) a definite description may find the person it describes without a matching word. */
    private static final int DESCRIPTION_REACH = 600;

    private boolean isIndefinite(SourceMention m) {
        return text != null && m.start() >= 0 && m.start() + 3 <= text.length()
                && (text.regionMatches(true, m.start(), "a ", 0, 2) || text.regionMatches(true, m.start(), "an ", 0, 3));
    }

    /** "the 41-year-old machinist", but not "The Chief Budget Officer": an office written as a name is its own. */
    private boolean isDefinite(SourceMention m) {
        return text != null && m.start() >= 0 && m.start() + 4 <= text.length() && m.end() <= text.length()
                && text.regionMatches(true, m.start(), "the ", 0, 4)
                && !Character.isUpperCase(text.charAt(text.lastIndexOf(" ", m.end() - 1) + 1));
    }

    /**
     * The person named last before {@code position}, by full name or by the surname of a full name the article writes,
     * when that is close (within a paragraph or two): a definite description the article gives no other match for
     * ("the 41-year-old machinist") is news writing's second reference to the person just named. Null when no person
     * is named that close.
     */
    private Coreference.Entity personNamedJustBefore(int position) {
        int from = Math.max(0, position - DESCRIPTION_REACH);
        int i = Math.min(position, text.length());
        while (i > from) {
            int end = i;
            while (end > from && !Character.isLetter(text.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > from && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start == end) {
                break;
            }
            if (Character.isUpperCase(text.charAt(start))) {
                String word = text.substring(start, end);
                String full = names.fullNameFor(word, position);
                if (full != null) {
                    Coreference.Entity known = speakers.findPerson(full);
                    return known != null ? known : speakers.add(full, null, null, "person");
                }
            }
            i = start;
        }
        return null;
    }

    /** How many times the article may write a title before a name, searched for one description. */
    private static final int MAX_TITLE_OCCURRENCES = 20;

    /**
     * The one person speaker the article writes with this title before the surname anywhere ("Mayor Okafor's
     * statements", in a quotation or not): "the mayor" of an article is that person. Null when none, or when two
     * people are written so.
     */
    private Coreference.Entity personTitled(String head) {
        if (text == null || head == null || head.length() < 3) {
            return null;
        }
        String title = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        Coreference.Entity found = null;
        int seen = 0;
        for (int at = text.indexOf(title + " "); at >= 0 && seen++ < MAX_TITLE_OCCURRENCES;
                at = text.indexOf(title + " ", at + 1)) {
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue;
            }
            int from = at + title.length() + 1;
            int to = from;
            while (to < text.length() && (Character.isLetter(text.charAt(to)) || text.charAt(to) == '-')) {
                to++;
            }
            if (to == from || !Character.isUpperCase(text.charAt(from))) {
                continue;
            }
            Coreference.Entity e = speakers.latestPerson(text.substring(from, to));
            if (e != null && found != null && e != found) {
                return null; // two people hold the title: the description cannot tell which
            }
            if (e != null) {
                found = e;
            }
        }
        return found;
    }

    /**
     * "the Ohio businessman": the person the article described so; "the security firm": the organisation it stands
     * for; else the group as written.
     */
    Coreference.Entity byDescriptionOrName(SourceMention m, int position) {
        boolean definite = text != null && text.regionMatches(true, m.start(), "the ", 0, 4);
        String head = m.head();
        if (definite && head != null && !head.endsWith("s")) {
            Coreference.NamedPerson described = names.describedBefore(head, position);
            if (described != null) {
                Coreference.Entity known = speakers.findPerson(described.name());
                return known != null ? known : speakers.add(described.name(), null, null, "person");
            }
        }
        Coreference.Entity organization = definite ? organizations.described(m, speakers) : null; // "the security firm"
        if (organization != null) {
            return organization;
        }
        if (definite && isDefinite(m) && text.substring(m.start(), m.end()).contains("-year-old")) {
            Coreference.Entity person = personNamedJustBefore(Math.min(position, m.start())); // "the 41-year-old machinist"
            if (person != null) {
                return person;
            }
        }
        return speakers.byExactName(m.name(), m.type(), null, m.organization());
    }
}
