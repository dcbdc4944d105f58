package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.Coreference.PRONOUN_REACH;

import dev.newsclaims.extract.attribution.Lexicon;

/**
 * Pronouns to speakers: "he"/"she" to the nearest earlier person of that gender (from an honorific, a common given
 * name or an earlier pronoun), else the nearest not known to differ, a speaker seen before or a name written in
 * the text; "they", "it", "we" to the latest organisation or group, never a person.
 */
final class PronounResolution {

    /** How many full names a pronoun looks back over for one of its gender; bounds the work per pronoun. */
    private static final int MAX_NAMES_BACK = 8;

    private final String text;
    private final ArticleSpeakers speakers;
    private final NamesInText names;

    PronounResolution(String text, ArticleSpeakers speakers, NamesInText names) {
        this.text = text;
        this.speakers = speakers;
        this.names = names;
    }

    Coreference.Entity resolve(String pronoun, int position) {
        if (!Lexicon.PERSON_PRONOUNS.contains(pronoun)) {
            return byGroupPronoun(pronoun, position);
        }
        char gender = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : 0;
        // the nearest person before the pronoun known to have its gender, else the nearest not known to differ:
        // a speaker seen before, or a full name written in the text
        Coreference.Entity best = nearestPerson(gender, position, true);
        Coreference.Entity nearest = gender == 0 ? best : nearestPerson(gender, position, false);
        if (best == null || nearest != null && nearest != best && nearest == speakers.recent().peekFirst()) {
            best = nearest; // the speaker just quoted, whose gender no one has told yet ("Johnson said … he said")
        }
        if (best != null && best.gender == 0) {
            best.gender = gender; // "she said" tells us about the person from now on
        }
        return best;
    }

    /**
     * The nearest person before {@code position} whose gender fits: known to be {@code gender} when
     * {@code knownOnly}, else not known to differ (any gender when it is 0).
     */
    Coreference.Entity nearestPerson(char gender, int position, boolean knownOnly) {
        Coreference.Entity best = null;
        int bestAt = -1;
        for (Coreference.Entity e : speakers.recent()) {
            if (e.type.equals("person") && e.lastSeen < position && position - e.lastSeen <= PRONOUN_REACH
                    && e.lastSeen > bestAt && fits(gender, genderOf(e), knownOnly)) {
                best = e;
                bestAt = e.lastSeen;
            }
        }
        int tried = 0;
        int k = names.lastNamedBefore(position);
        int s = names.lastSurnameBefore(position);
        while ((k >= 0 || s >= 0) && tried++ < MAX_NAMES_BACK) {
            // the later of the next full name and the next one-word name ("Trump has … He recently …")
            boolean surname = s >= 0 && (k < 0 || names.surname(s)[0] > names.person(k).start());
            Coreference.NamedPerson p = surname ? personNamed(names.surname(s--), position) : names.person(k--);
            if (p == null) {
                continue;
            }
            if (p.start() <= bestAt || position - p.start() > PRONOUN_REACH) {
                break;
            }
            Coreference.Entity known = speakers.findPerson(p.name());
            char g = known != null ? genderOf(known) : 0;
            if (g == 0) {
                g = Genders.honorificBefore(text, p.start());
            }
            if (g == 0) {
                g = speakers.genderOfName(p.name());
            }
            if (fits(gender, g, knownOnly)) {
                Coreference.Entity e = known != null ? known : speakers.add(p.name(), null, null, "person");
                if (e.gender == 0) {
                    e.gender = g;
                }
                return e;
            }
        }
        return best;
    }

    private static boolean fits(char pronoun, char person, boolean knownOnly) {
        return knownOnly ? pronoun == 0 || pronoun == person : person == 0 || pronoun == person;
    }

    /** "they", "it", "we": the latest organisation or group seen (never a person). */
    private Coreference.Entity byGroupPronoun(String pronoun, int position) {
        Coreference.Entity best = null;
        for (Coreference.Entity e : speakers.recent()) {
            boolean compatible = pronoun.equals("it") ? e.type.equals("organization") : !e.type.equals("person");
            if (compatible && position - e.lastSeen <= PRONOUN_REACH && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    private char genderOf(Coreference.Entity e) {
        return e.gender != 0 ? e.gender : speakers.genderOfName(e.name);
    }

    /** The person a one-word name at {@code span} stands for: a speaker of that name, or the full name written before. */
    private Coreference.NamedPerson personNamed(int[] span, int position) {
        String word = text.substring(span[0], span[1]);
        Coreference.Entity speaker = speakers.latestPerson(word);
        String full = speaker != null ? speaker.name : names.fullNameFor(word, position);
        return full == null ? null : new Coreference.NamedPerson(full, span[0]);
    }
}
