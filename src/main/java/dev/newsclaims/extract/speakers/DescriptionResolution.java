package dev.newsclaims.extract.speakers;

import java.util.Locale;

/**
 * Roles and descriptions to people: "the Secretary General" is the recent speaker holding that role; "the mayor",
 * "the 45-year-old", "the Ohio businessman" are the person the article last described so when it names one.
 */
final class DescriptionResolution {

    private final String text;
    private final ArticleSpeakers speakers;
    private final NamesInText names;

    DescriptionResolution(String text, ArticleSpeakers speakers, NamesInText names) {
        this.text = text;
        this.speakers = speakers;
        this.names = names;
    }

    /** A title alone ("the Secretary General"). */
    Coreference.Entity byTitle(SourceMention m, int position) {
        String head = m.head();
        Coreference.Entity best = null;
        for (Coreference.Entity e : speakers.recent()) {
            if (e.type.equals("person") && e.role != null
                    && e.role.toLowerCase(Locale.ROOT).contains(head)
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
        return speakers.byExactName(m.role() == null ? head : m.role(), "person", m.role(), m.organization());
    }

    /** "the Ohio businessman": the person the article described so, else the group as written. */
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
        return speakers.byExactName(m.name(), m.type(), null, m.organization());
    }
}
