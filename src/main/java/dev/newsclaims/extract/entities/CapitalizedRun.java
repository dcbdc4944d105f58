package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.speakers.SpeakerTypes;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.WordForms;
import dev.newsclaims.extract.vocabulary.Lexicon;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One run of capitalised words, collected word by word as a sentence is scanned, then read as the names it holds:
 * titles stripped (they mark a person), a place or an organisation before a name split off ("Estonia Kersti
 * Kaljulaid", "the Alliance Jens Stoltenberg"), each part typed ({@link EntityTypes}). One instance serves a whole
 * article, run after run: the words are kept as offsets and read into one array, and the name is a range of that
 * array, so a run costs no list per run nor a view per step. Not thread-safe.
 */
final class CapitalizedRun {

    private static final int MAX_RUN_WORDS = 24;
    /** Lower-case words that may stand inside a name: "Bank of England", "Osama bin Laden". */
    static final Set<String> CONNECTORS = Lexicon.ENTITY_RUN_CONNECTORS;
    private static final String[] CONNECTOR_LIST = CONNECTORS.toArray(new String[0]);

    private int[] starts = new int[MAX_RUN_WORDS];
    private int[] ends = new int[MAX_RUN_WORDS];
    private int size;
    private final String[] words = new String[MAX_RUN_WORDS];
    private final WordForms forms;

    /** {@code forms}: the word strings the run's words are read into (most were met before, so cost no substring). */
    CapitalizedRun(WordForms forms) {
        this.forms = forms;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds the word {@code text[start, end)} to the run. */
    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size++] = end;
    }

    /** {@code text[start, end)} is one of {@link #CONNECTORS}, tested in place. */
    static boolean isConnector(String text, int start, int end) {
        int length = end - start;
        for (String c : CONNECTOR_LIST) {
            if (c.length() == length && text.regionMatches(start, c, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns the run into mentions (strips titles, splits "Estonia Kersti Kaljulaid", types), then empties it;
     * {@code afterPlacePreposition}: the word before the run is "in" or "near".
     */
    void readAndClear(String text, boolean afterPlacePreposition, NameTags names, List<EntityMention> out) {
        if (size <= MAX_RUN_WORDS) { // a longer run of capitalised words is a shouted or title-cased passage, not names
            read(text, afterPlacePreposition, names, out);
        }
        size = 0;
    }

    private void read(String text, boolean afterPlacePreposition, NameTags names, List<EntityMention> out) {
        for (int k = 0; k < size; k++) {
            words[k] = forms.word(text, starts[k], ends[k]);
        }
        int kept = size;
        while (kept > 0 && CONNECTORS.contains(words[kept - 1])) {
            kept--;
        }
        int offset = 0;
        boolean titled = false;
        while (offset < kept && (EntityLexicon.isHonorific(words[offset])
                || EntityLexicon.isCommonWord(words[offset]) || CONNECTORS.contains(words[offset]))) {
            titled |= EntityLexicon.isHonorific(words[offset]);
            offset++;
        }
        if (offset >= kept) {
            return;
        }
        int start = starts[offset];
        // The name: words[from, to).
        String[] name = words;
        int from = offset;
        int to = kept;
        // A known place or organisation directly before a name: "Estonia Kersti Kaljulaid", "NATO Jens Stoltenberg".
        if (to - from >= 3 && !EntityTypes.containsOrganizationWord(name, from, to)) {
            for (int k = Math.min(3, to - from - 2); k >= 1; k--) {
                String head = join(name, from, from + k);
                if (EntityLexicon.isPlace(head) || EntityLexicon.isOrganization(head)) {
                    out.add(new EntityMention(EntityLexicon.canonical(head), EntityLexicon.isPlace(head) ? "place" : "organization",
                            start));
                    from += k;
                    while (to - from > 1 && EntityLexicon.isHonorific(name[from])) {
                        from++; // "US President Joe Bloggs"
                    }
                    titled = true;
                    break;
                }
            }
        }
        // A title inside the run: "Alliance Secretary General Jens Stoltenberg".
        for (int k = from + 1; k < to - 1; k++) {
            if (EntityLexicon.isHonorific(name[k]) && !EntityTypes.containsOrganizationWord(name, from, k)) {
                int m = k;
                while (m < to && EntityLexicon.isHonorific(name[m])) {
                    m++;
                }
                if (m < to) {
                    from = m;
                    titled = true;
                }
                break;
            }
        }
        // A name after an organisation word: "the Alliance Jens Stoltenberg" is the Alliance's (titled) person.
        int lastOrganizationWord = -1;
        for (int k = from; k < to; k++) {
            if (EntityLexicon.isOrganizationWord(name[k])) {
                lastOrganizationWord = k;
            }
        }
        if (lastOrganizationWord >= 0 && to - lastOrganizationWord > 2
                && !CONNECTORS.contains(name[lastOrganizationWord + 1])) {
            String headName = join(name, from, lastOrganizationWord + 1);
            if (lastOrganizationWord + 1 - from > 1 || EntityLexicon.isOrganization(headName)) {
                out.add(new EntityMention(headName, "organization", start));
            }
            from = lastOrganizationWord + 1;
            titled = true;
        }
        // A nationality before a name: "Kenyan Evans Rutto".
        if (to - from >= 3 && EntityLexicon.isDemonym(name[from]) && !EntityTypes.containsOrganizationWord(name, from, to)) {
            from++;
        }
        String plain = to - from == 1 ? name[from] : join(name, from, to);
        String joined = EntityLexicon.canonical(plain);
        if (to - from <= 3 && !joined.equals(plain)) {
            // an alias is typed by its own words (most names have none: their words are those of the run)
            name = joined.indexOf(' ') < 0 ? new String[] {joined} : joined.split(" ");
            from = 0;
            to = name.length;
        }
        if (SpeakerTypes.isPartyTag(joined)) {
            return; // "R-Ind.": a legislator's party and state, not a name
        }
        String type = EntityTypes.type(name, from, to, joined, titled, afterPlacePreposition);
        if (type != null && !titled && !EntityLexicon.isPlace(joined) && !EntityLexicon.isOrganization(joined)) {
            // the name ends with the run's last kept word
            type = EntityTypes.tagged(type, names, starts[kept - 1], ends[kept - 1], words[kept - 1]);
        }
        if (type != null) {
            out.add(new EntityMention(joined, type, start));
        }
    }

    /** {@code words[from, to)} joined by single spaces, as {@link String#join} would. */
    private static String join(String[] words, int from, int to) {
        if (to - from == 1) {
            return words[from];
        }
        int length = to - from - 1;
        for (int k = from; k < to; k++) {
            length += words[k].length();
        }
        StringBuilder sb = new StringBuilder(length);
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words[k]);
        }
        return sb.toString();
    }
}
