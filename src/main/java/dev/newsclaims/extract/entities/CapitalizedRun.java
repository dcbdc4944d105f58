package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.speakers.SpeakerTypes;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.WordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One run of capitalised words read as the names it holds: titles stripped (they mark a person), a place or an
 * organisation before a name split off ("Estonia Kersti Kaljulaid", "the Alliance Jens Stoltenberg"), each part
 * typed ({@link EntityTypes}).
 */
final class CapitalizedRun {

    private static final int MAX_RUN_WORDS = 24;
    /** Lower-case words that may stand inside a name: "Bank of England", "Osama bin Laden". */
    static final Set<String> CONNECTORS = WordTables.setOf("of", "de", "van", "von", "der", "la", "del", "da", "bin", "al");

    private CapitalizedRun() {
    }

    /** Turns one run of capitalised words into mentions: strips titles, splits "Estonia Kersti Kaljulaid", types. */
    static void read(String text, List<int[]> run, String wordBefore, NameTags names, List<EntityMention> out) {
        if (run.size() > MAX_RUN_WORDS) {
            return; // a long run of capitalised words is a shouted or title-cased passage, not names
        }
        List<String> words = new ArrayList<>(run.size());
        for (int[] w : run) {
            words.add(text.substring(w[0], w[1]));
        }
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        int offset = 0;
        boolean titled = false;
        while (offset < words.size() && (EntityLexicon.isHonorific(words.get(offset))
                || EntityLexicon.isCommonWord(words.get(offset)) || CONNECTORS.contains(words.get(offset)))) {
            titled |= EntityLexicon.isHonorific(words.get(offset));
            offset++;
        }
        if (offset >= words.size()) {
            return;
        }
        int start = run.get(offset)[0];
        List<String> name = words.subList(offset, words.size());
        // A known place or organisation directly before a name: "Estonia Kersti Kaljulaid", "NATO Jens Stoltenberg".
        if (name.size() >= 3 && !EntityTypes.containsOrganizationWord(name)) {
            for (int k = Math.min(3, name.size() - 2); k >= 1; k--) {
                String head = String.join(" ", name.subList(0, k));
                if (EntityLexicon.isPlace(head) || EntityLexicon.isOrganization(head)) {
                    out.add(new EntityMention(EntityLexicon.canonical(head), EntityLexicon.isPlace(head) ? "place" : "organization",
                            start));
                    name = name.subList(k, name.size());
                    while (name.size() > 1 && EntityLexicon.isHonorific(name.get(0))) {
                        name = name.subList(1, name.size()); // "US President Joe Bloggs"
                    }
                    titled = true;
                    break;
                }
            }
        }
        // A title inside the run: "Alliance Secretary General Jens Stoltenberg".
        for (int k = 1; k < name.size() - 1; k++) {
            if (EntityLexicon.isHonorific(name.get(k)) && !EntityTypes.containsOrganizationWord(name.subList(0, k))) {
                int m = k;
                while (m < name.size() && EntityLexicon.isHonorific(name.get(m))) {
                    m++;
                }
                if (m < name.size()) {
                    name = name.subList(m, name.size());
                    titled = true;
                }
                break;
            }
        }
        // A name after an organisation word: "the Alliance Jens Stoltenberg" is the Alliance's (titled) person.
        int lastOrganizationWord = -1;
        for (int k = 0; k < name.size(); k++) {
            if (EntityLexicon.isOrganizationWord(name.get(k))) {
                lastOrganizationWord = k;
            }
        }
        if (lastOrganizationWord >= 0 && name.size() - lastOrganizationWord > 2
                && !CONNECTORS.contains(name.get(lastOrganizationWord + 1))) {
            List<String> head = name.subList(0, lastOrganizationWord + 1);
            String headName = String.join(" ", head);
            if (head.size() > 1 || EntityLexicon.isOrganization(headName)) {
                out.add(new EntityMention(headName, "organization", start));
            }
            name = name.subList(lastOrganizationWord + 1, name.size());
            titled = true;
        }
        // A nationality before a name: "Kenyan Evans Rutto".
        if (name.size() >= 3 && EntityLexicon.isDemonym(name.get(0)) && !EntityTypes.containsOrganizationWord(name)) {
            name = name.subList(1, name.size());
        }
        String plain = name.size() == 1 ? name.get(0) : String.join(" ", name);
        String joined = EntityLexicon.canonical(plain);
        if (name.size() <= 3 && !joined.equals(plain)) {
            // an alias is typed by its own words (most names have none: their words are those of the run)
            name = joined.indexOf(' ') < 0 ? List.of(joined) : List.of(joined.split(" "));
        }
        if (SpeakerTypes.isPartyTag(joined)) {
            return; // "R-Ind.": a legislator's party and state, not a name
        }
        String type = EntityTypes.type(name, joined, titled, wordBefore);
        if (type != null && !titled && !EntityLexicon.isPlace(joined) && !EntityLexicon.isOrganization(joined)) {
            int[] last = run.get(words.size() - 1); // the name ends with the run's last kept word
            type = EntityTypes.tagged(type, names, last[0], last[1], words.get(words.size() - 1));
        }
        if (type != null) {
            out.add(new EntityMention(joined, type, start));
        }
    }
}
