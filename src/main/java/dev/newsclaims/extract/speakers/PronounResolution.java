package dev.newsclaims.extract.speakers;

import static dev.newsclaims.extract.speakers.Coreference.PRONOUN_REACH;

import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.text.NameTags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pronouns to speakers: "he", "she" and "I" to the candidate person the {@link PronounModel} ranks first among the
 * speakers seen lately and the names written before the pronoun (gender, the name tagger's reading, the speaker just
 * quoted, distance, role, quotation and line); "they", "it", "we" to the latest organisation or group, never a
 * person.
 */
final class PronounResolution {

    /** How many full names a pronoun looks back over for one of its gender; bounds the work per pronoun. */
    private static final int MAX_NAMES_BACK = 8;
    /** How many of the article's speakers, the latest first, a pronoun looks for by surname; bounds the work. */
    private static final int MAX_SPEAKERS_NAMED_AGAIN = 32;
    /** How many occurrences of a surname's letters (inside other words too) are read back per speaker. */
    private static final int MAX_SURNAME_HITS = 16;
    /** Most candidates a pronoun is ranked over: the speakers seen lately and the names written before it. */
    private static final int MAX_CANDIDATES = 24;

    private final String text;
    private final ArticleSpeakers speakers;
    private final NamesInText names;
    private final PronounFeatures features;
    private final PronounModel model;
    /** The training command's watcher, or null. */
    private final PronounModel.Watcher watcher = PronounModel.WATCHER.get();
    /** The candidates of the pronoun being resolved, reused from one pronoun to the next. */
    private final PronounFeatures.Candidate[] candidates = new PronounFeatures.Candidate[MAX_CANDIDATES];
    private final int[] keys = new int[PronounFeatures.MAX];
    /** Where {@link #rankPassing} goes on from. */
    private int passed;

    PronounResolution(String text, ArticleSpeakers speakers, NamesInText names, NameTags tags) {
        this.text = text;
        this.speakers = speakers;
        this.names = names;
        this.features = new PronounFeatures(text, tags);
        this.model = watcher == null ? PronounModel.standard() : watcher.model() != null ? watcher.model() : PronounModel.of(null);
    }

    Coreference.Entity resolve(String pronoun, int position) {
        if (!Lexicon.PERSON_PRONOUNS.contains(pronoun)) {
            return byGroupPronoun(pronoun, position);
        }
        char gender = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : 0;
        int best = rank(pronoun, gender, position, true);
        if (best < 0) {
            return null;
        }
        PronounFeatures.Candidate chosen = candidates[best];
        Coreference.Entity e = chosen.entity != null ? chosen.entity : speakers.findPerson(chosen.name);
        if (e == null) {
            e = speakers.add(chosen.name, null, null, "person");
        }
        if (e.gender == 0) {
            e.gender = gender != 0 ? gender : chosen.gender; // "she said" tells us about the person from now on
        }
        return e;
    }

    /**
     * Ranks the candidates of the pronoun at {@code position} with the model (gender, what the tagger makes of the
     * name, the speaker just quoted, distance, role, mentions) and returns the first one's index, or -1 when there
     * is none. {@code source}: the pronoun names a claim's source (else only the training command asks).
     */
    private int rank(String pronoun, char gender, int position, boolean source) {
        int n = candidates(gender, position);
        if (n == 0) {
            return -1;
        }
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        int[][] watched = watcher == null ? null : new int[n][];
        for (int c = 0; c < n; c++) {
            int f = features.write(candidates[c], c, pronoun, gender, position, keys);
            if (watched != null) {
                watched[c] = Arrays.copyOf(keys, f);
            }
            float score = model.score(keys, f);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (watcher != null) {
            List<String> names = new ArrayList<>(n);
            int[] starts = new int[n];
            for (int c = 0; c < n; c++) {
                names.add(candidates[c].name);
                starts[c] = candidates[c].start;
            }
            watcher.choices().accept(new PronounModel.Choice(pronoun, position, names, starts, watched, source));
        }
        return best;
    }

    /**
     * For the training command only: ranks every "he" and "she" in the text before {@code upTo} that names no source,
     * with the speakers known at that point, so that each pronoun CoreNLP chains to a name is an example.
     */
    void rankPassing(int upTo) {
        if (watcher == null || !watcher.everyPronoun() || text == null) {
            return;
        }
        for (int i = passed; i < upTo && i + 3 <= text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int len = text.regionMatches(true, i, "he", 0, 2) ? 2 : text.regionMatches(true, i, "she", 0, 3) ? 3 : 0;
            if (len > 0 && i + len < text.length() && !Character.isLetterOrDigit(text.charAt(i + len))
                    && text.charAt(i + len) != '\'' && text.charAt(i + len) != '’') {
                String pronoun = len == 2 ? "he" : "she";
                rank(pronoun, len == 2 ? 'm' : 'f', i, false);
            }
        }
        passed = Math.max(passed, upTo + 1);
    }

    /**
     * Fills {@link #candidates} with the persons a pronoun at {@code position} may refer to, nearest first, one per
     * person: the speakers seen within reach, then the full names and one-word names written before it (up to
     * {@link #MAX_NAMES_BACK} of each). Returns how many.
     */
    private int candidates(char gender, int position) {
        int n = 0;
        Coreference.Entity last = speakers.recent().peekFirst();
        for (Coreference.Entity e : speakers.recent()) {
            if (n < MAX_CANDIDATES && e.type.equals("person") && e.lastSeen < position
                    && position - e.lastSeen <= PRONOUN_REACH) {
                PronounFeatures.Candidate c = slot(n++);
                c.name = e.name;
                c.start = e.lastSeen;
                c.end = e.lastSeen + lastWordLength(e.name);
                c.entity = e;
                c.gender = genderOf(e);
                c.speaker = e == last ? PronounFeatures.LAST_SPEAKER : PronounFeatures.SPEAKER;
                c.honorific = false;
            }
        }
        n = speakersNamedAgain(n, position, last);
        int tried = 0;
        int k = names.lastNamedBefore(position);
        int s = names.lastSurnameBefore(position);
        while ((k >= 0 || s >= 0) && tried++ < 2 * MAX_NAMES_BACK && n < MAX_CANDIDATES) {
            // the later of the next full name and the next one-word name ("Trump has … He recently …")
            boolean surname = s >= 0 && (k < 0 || names.surname(s)[0] > names.person(k).start());
            int[] span = surname ? names.surname(s--) : null;
            Coreference.NamedPerson p = surname ? personNamed(span, position) : names.person(k--);
            if (p == null) {
                continue;
            }
            if (position - p.start() > PRONOUN_REACH) {
                break;
            }
            if (p.name().indexOf(' ') < 0 && isTitle(p.name())) {
                continue; // "Ms.", "Mayor" alone name no one
            }
            Coreference.Entity known = speakers.findPerson(p.name());
            if (known != null && !known.type.equals("person")) {
                continue;
            }
            int seen = indexOf(known, p.name(), n);
            if (seen >= 0) {
                PronounFeatures.Candidate c = candidates[seen];
                if (p.start() > c.start) { // a later mention of a speaker seen before: nearer than where it was seen
                    c.start = p.start();
                    c.end = surname ? span[1] : p.start() + p.name().length();
                }
                continue;
            }
            if (known == null && features.inCredit(p.start())) {
                continue; // "(Ana Ruiz / Harbour Times)": the photographer is not in the story
            }
            PronounFeatures.Candidate c = slot(n++);
            c.name = known != null ? known.name : p.name();
            c.start = p.start();
            c.end = surname ? span[1] : Math.min(text.length(), p.start() + p.name().length());
            c.entity = known;
            char honorific = Genders.honorificBefore(text, p.start());
            c.honorific = honorific != 0;
            char g = known != null ? genderOf(known) : 0;
            if (g == 0) {
                g = honorific != 0 ? honorific : Genders.before(text, p.start());
            }
            c.gender = g != 0 ? g : speakers.genderOfName(p.name());
            c.speaker = known == null ? PronounFeatures.NOT_SPEAKER
                    : known == last ? PronounFeatures.LAST_SPEAKER : PronounFeatures.SPEAKER;
        }
        return agreeing(gender, n);
    }

    /**
     * Adds the person speakers seen earlier whose surname is written again within reach ("Myers also cited …"), which
     * the name tagger may not have read as a name, and moves a speaker already among the first {@code n} to such a
     * later mention. Returns how many candidates there are now.
     */
    private int speakersNamedAgain(int n, int position, Coreference.Entity last) {
        if (text == null) {
            return n;
        }
        List<Coreference.Entity> all = speakers.all();
        for (int k = all.size() - 1, read = 0; k >= 0 && read < MAX_SPEAKERS_NAMED_AGAIN && n < MAX_CANDIDATES;
                k--, read++) {
            Coreference.Entity e = all.get(k);
            if (!e.type.equals("person") || e.name.indexOf(' ') < 0 || e.lastSeen >= position) {
                continue;
            }
            int at = surnameBefore(e.name, position);
            if (at < 0 || at <= e.lastSeen || position - at > PRONOUN_REACH) {
                continue;
            }
            int seen = indexOf(e, e.name, n);
            PronounFeatures.Candidate c = seen >= 0 ? candidates[seen] : slot(n++);
            if (seen < 0) {
                c.name = e.name;
                c.entity = e;
                c.gender = genderOf(e);
                c.speaker = e == last ? PronounFeatures.LAST_SPEAKER : PronounFeatures.SPEAKER;
                c.honorific = false;
            } else if (at <= c.start) {
                continue;
            }
            c.start = at;
            c.end = at + lastWordLength(e.name);
        }
        return n;
    }

    /** Where the last word of {@code name} is last written as a whole word before {@code position}, or -1. */
    private int surnameBefore(String name, int position) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        int hits = 0;
        for (int at = text.lastIndexOf(surname, position - 1); at >= 0 && position - at <= PRONOUN_REACH
                && hits++ < MAX_SURNAME_HITS; at = text.lastIndexOf(surname, at - 1)) {
            int end = at + surname.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return end <= position ? at : -1;
            }
        }
        return -1;
    }

    /**
     * Keeps the candidates whose gender is not known to differ from the pronoun's (a name the lists give as a
     * woman's is never "he"), nearest first; all of them when none agrees.
     */
    private int agreeing(char gender, int n) {
        int kept = 0;
        if (gender != 0) {
            for (int c = 0; c < n; c++) {
                if (candidates[c].gender == 0 || candidates[c].gender == gender) {
                    PronounFeatures.Candidate keep = candidates[c];
                    candidates[c] = candidates[kept];
                    candidates[kept++] = keep;
                }
            }
        }
        n = kept > 0 ? kept : n;
        sortNearestFirst(n);
        return n;
    }

    private PronounFeatures.Candidate slot(int k) {
        if (candidates[k] == null) {
            candidates[k] = new PronounFeatures.Candidate();
        }
        return candidates[k];
    }

    /** The candidate among the first {@code n} for the same person, or -1. */
    private int indexOf(Coreference.Entity known, String name, int n) {
        for (int c = 0; c < n; c++) {
            if (known != null ? candidates[c].entity == known : candidates[c].entity == null && candidates[c].name.equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private void sortNearestFirst(int n) {
        for (int i = 1; i < n; i++) { // insertion sort: a handful of candidates
            PronounFeatures.Candidate c = candidates[i];
            int j = i - 1;
            while (j >= 0 && candidates[j].start < c.start) {
                candidates[j + 1] = candidates[j];
                j--;
            }
            candidates[j + 1] = c;
        }
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lexicon.TITLE_WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static int lastWordLength(String name) {
        return name.length() - name.lastIndexOf(' ') - 1;
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
                g = Genders.before(text, p.start());
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

    /** The gender the person's given name tells, else what an honorific or an earlier pronoun told. */
    private char genderOf(Coreference.Entity e) {
        char byName = speakers.genderOfName(e.name);
        return byName != 0 ? byName : e.gender; // a pronoun resolved wrongly once must not change who "Ahmed" is
    }

    /** The person a one-word name at {@code span} stands for: a speaker of that name, or the full name written before. */
    private Coreference.NamedPerson personNamed(int[] span, int position) {
        String word = text.substring(span[0], span[1]);
        Coreference.Entity speaker = speakers.latestPerson(word);
        String full = speaker != null ? speaker.name : names.fullNameFor(word, position);
        return full == null ? null : new Coreference.NamedPerson(full, span[0]);
    }
}
