package dev.newsclaims.extract.entities;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.speakers.SpeakerTypes;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.language.NameType;
import dev.newsclaims.model.Entity;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * People, organisations and places named in the body, with how often each is named. Candidates are runs of
 * capitalised words ({@code Ministry of Defence} keeps its "of"); titles such as "President" are stripped and mark
 * a person; lexicons type places and organisations; a lone surname counts toward the full name met elsewhere.
 * Sentence-initial common words, nationality adjectives and the dateline are not entities. One pass over the text.
 */
public final class EntityFinder {

    public static final int MAX_ENTITIES = 50;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_RUN_WORDS = 24;
    private static final Set<String> CONNECTORS = WordTables.setOf("of", "de", "van", "von", "der", "la", "del", "da", "bin", "al");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near");

    /** One candidate name as found, before merging. */
    private record Mention(String name, String type, int start) {}

    public List<Entity> find(TextDocument doc, Headline headline, List<Speaker> speakers) {
        return find(doc, headline, speakers, NameTags.NONE);
    }

    /** {@code names}: the name tagger's reading of the article, which types the names it recognises. */
    public List<Entity> find(TextDocument doc, Headline headline, List<Speaker> speakers, NameTags names) {
        String text = doc.text();
        Set<String> openersWrittenLowerCase = openersWrittenLowerCase(doc, headline.bodyStart());
        List<Mention> mentions = new ArrayList<>();
        for (Span sentence : doc.sentences()) {
            if (sentence.end() <= headline.bodyStart()) {
                continue;
            }
            int from = Math.max(sentence.start(), headline.bodyStart());
            scanSentence(text, from, sentence.end(), openersWrittenLowerCase, names, mentions);
        }
        return merge(mentions, speakers == null ? List.of() : speakers);
    }

    /** Splits a sentence into runs of capitalised words and turns each run into zero or more mentions. */
    private static void scanSentence(String text, int start, int end, Set<String> openersWrittenLowerCase,
                                     NameTags names, List<Mention> out) {
        List<int[]> run = new ArrayList<>();
        boolean first = true;
        int previousStart = -1;
        int previousEnd = -1;
        String wordBeforeRun = null;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c != ' ' && !run.isEmpty()) {
                    emit(text, run, wordBeforeRun, names, out);
                    run.clear();
                }
                i++;
                continue;
            }
            int j = wordEnd(text, i, end);
            int wordEnd = j;
            boolean possessive = false;
            if (j - i > 2 && (text.charAt(j - 2) == '\'' || text.charAt(j - 2) == '’') && text.charAt(j - 1) == 's') {
                wordEnd = j - 2;
                possessive = true;
            }
            if (isUpper(c) && !(first && isSentenceOpener(text.substring(i, wordEnd), openersWrittenLowerCase))) {
                if (run.isEmpty()) {
                    wordBeforeRun = previousStart >= 0 && previousEnd - previousStart <= 4
                            ? text.substring(previousStart, previousEnd) : null;
                }
                run.add(new int[] {i, wordEnd});
            } else if (!run.isEmpty() && wordEnd - i <= 3 && CONNECTORS.contains(text.substring(i, wordEnd))
                    && j + 1 < end && text.charAt(j) == ' ' && isUpper(text.charAt(j + 1))) {
                run.add(new int[] {i, wordEnd}); // "Bank of England"; split again later if it joins two names
            } else if (!run.isEmpty()) {
                emit(text, run, wordBeforeRun, names, out);
                run.clear();
            }
            if (possessive && !run.isEmpty()) {
                emit(text, run, wordBeforeRun, names, out);
                run.clear();
            }
            previousStart = i;
            previousEnd = wordEnd;
            first = false;
            i = j;
        }
        if (!run.isEmpty()) {
            emit(text, run, wordBeforeRun, names, out);
        }
    }

    /** End of the word at {@code i}: letters and digits, with inner hyphens, apostrophes and periods (U.S., O'Brien). */
    private static int wordEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && j + 1 < end
                    && isWordChar(text.charAt(j + 1))) {
                j++;
            } else if (c == '.' && (j - i == 1 && isUpper(text.charAt(i))
                    || j - i >= 2 && j - i <= 5 && text.charAt(j - 2) == '.')) {
                j++; // an initial, "F." in "John F. Kennedy", or the last period of "U.S."
                break;
            } else {
                break;
            }
        }
        return j;
    }

    /** A capitalised first word that is only capitalised because it opens the sentence. */
    private static boolean isSentenceOpener(String word, Set<String> openersWrittenLowerCase) {
        return EntityLexicon.isCommonWord(word) || openersWrittenLowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Turns one run of capitalised words into mentions: strips titles, splits "Estonia Kersti Kaljulaid", types. */
    private static void emit(String text, List<int[]> run, String wordBefore, NameTags names, List<Mention> out) {
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
        if (name.size() >= 3 && !containsOrganizationWord(name)) {
            for (int k = Math.min(3, name.size() - 2); k >= 1; k--) {
                String head = String.join(" ", name.subList(0, k));
                if (EntityLexicon.isPlace(head) || EntityLexicon.isOrganization(head)) {
                    out.add(new Mention(EntityLexicon.canonical(head), EntityLexicon.isPlace(head) ? "place" : "organization",
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
            if (EntityLexicon.isHonorific(name.get(k)) && !containsOrganizationWord(name.subList(0, k))) {
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
                out.add(new Mention(headName, "organization", start));
            }
            name = name.subList(lastOrganizationWord + 1, name.size());
            titled = true;
        }
        // A nationality before a name: "Kenyan Evans Rutto".
        if (name.size() >= 3 && EntityLexicon.isDemonym(name.get(0)) && !containsOrganizationWord(name)) {
            name = name.subList(1, name.size());
        }
        String joined = EntityLexicon.canonical(String.join(" ", name));
        if (name.size() <= 3) {
            // most names are one word with no alias: skip the split
            name = joined.indexOf(' ') < 0 ? List.of(joined) : List.of(joined.split(" "));
        }
        if (SpeakerTypes.isPartyTag(joined)) {
            return; // "R-Ind.": a legislator's party and state, not a name
        }
        String type = type(name, joined, titled, wordBefore);
        if (type != null && !titled && !EntityLexicon.isPlace(joined) && !EntityLexicon.isOrganization(joined)) {
            int[] last = run.get(words.size() - 1); // the name ends with the run's last kept word
            type = tagged(type, names, last[0], last[1], text.substring(last[0], last[1]));
        }
        if (type != null) {
            out.add(new Mention(joined, type, start));
        }
    }

    /**
     * The word lists' {@code type} of a name, corrected by the name tagger's reading of the name's last word (here,
     * or where the article names it elsewhere): a person, an organisation or a place as the tagger says; a name it
     * reads as something else (a nationality, an event, a law) is no entity. Names the lexicons know, and titled
     * names, keep their type before this is asked.
     */
    private static String tagged(String type, NameTags names, int lastStart, int lastEnd, String lastWord) {
        boolean provisional = type.equals("single") || type.equals("place?");
        // a lone word ("Trump") is read as the article reads it most often, not as one doubtful mention
        NameType tag = provisional ? names.typeAcrossArticle(lastWord) : names.typeOf(lastStart, lastEnd);
        if (tag == null) {
            tag = provisional ? names.typeOf(lastStart, lastEnd) : names.typeAcrossArticle(lastWord);
        }
        if (tag == null) {
            return type;
        }
        return switch (tag) {
            case PERSON -> provisional ? "single" : "person"; // a lone word still joins the full name given elsewhere
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
            case OTHER -> null;
        };
    }

    /** The entity type of a cleaned name, or null when it is probably not an entity. */
    private static String type(List<String> name, String joined, boolean titled, String wordBefore) {
        if (name.size() > MAX_NAME_WORDS) {
            return null; // a run of capitalised words this long is a headline or a shout, not a name
        }
        if (EntityLexicon.isPlace(joined)) {
            return "place";
        }
        if (EntityLexicon.isOrganization(joined) || name.size() > 1 && containsOrganizationWord(name)) {
            return "organization";
        }
        if (name.size() == 1) {
            String word = name.get(0);
            if (EntityLexicon.isDemonym(word) || EntityLexicon.isOrganizationWord(word) || isNumber(word)) {
                return null;
            }
            if (isAcronym(word)) {
                return "organization";
            }
            if (titled) {
                return "surname"; // "Mr Blunkett": a person, merged into the full name when the article gives it
            }
            // An unknown single word is kept only to be merged into a longer name later, or as a place after "in".
            return wordBefore != null && PLACE_PREPOSITIONS.contains(wordBefore) ? "place?" : "single";
        }
        boolean placeWord = false;
        boolean nonPersonWord = false;
        for (String w : name) {
            if (EntityLexicon.isEventWord(w) || isNumber(w)) {
                return null;
            }
            placeWord |= EntityLexicon.isPlaceWord(w);
            nonPersonWord |= EntityLexicon.isNonPersonWord(w);
        }
        if (placeWord) {
            return "place";
        }
        if (!titled) {
            for (String w : name) {
                // People's names hold no acronym or country: "USA Today", "BBC Sport" are organisations.
                nonPersonWord |= isAcronym(w) || EntityLexicon.isPlace(w);
            }
        }
        if (nonPersonWord) {
            return "organization";
        }
        if (titled) {
            return "person";
        }
        for (String w : name) {
            if (EntityLexicon.isDemonym(w) && name.size() == 2) {
                return null;
            }
        }
        if (wordBefore != null && PLACE_PREPOSITIONS.contains(wordBefore) && name.size() <= 3) {
            return "place?";
        }
        return name.size() <= 4 ? "person" : null;
    }

    private static boolean containsOrganizationWord(List<String> words) {
        for (String w : words) {
            if (EntityLexicon.isOrganizationWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += isUpper(c) ? 1 : 0;
        }
        return letters >= 2 && letters <= 6;
    }

    private static boolean isNumber(String word) {
        return Character.isDigit(word.charAt(0));
    }

    /**
     * Counts mentions per name; single words and speakers' surnames join the one full name that contains them;
     * provisional types ("place?" after "in", "single") are settled by what else the article says.
     */
    private static List<Entity> merge(List<Mention> mentions, List<Speaker> speakers) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Speaker s : speakers) {
            if (s.name() != null && !s.name().isBlank() && isEntityType(s.type())) {
                types.put(s.name().strip(), s.type());
            }
        }
        List<Mention> pending = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type().equals("single") || m.type().equals("place?") || m.type().equals("surname")) {
                pending.add(m);
            } else {
                types.putIfAbsent(m.name(), m.type());
                counts.merge(m.name(), 1, Integer::sum);
            }
        }
        // Index full names by each of their words, to resolve "Stoltenberg" to "Jens Stoltenberg".
        Map<String, Set<String>> byWord = new HashMap<>();
        for (var e : types.entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (parts.length > 1 && e.getValue().equals("person")) {
                for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                    byWord.computeIfAbsent(part, k -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        for (Mention m : pending) {
            if (types.containsKey(m.name())) {
                counts.merge(m.name(), 1, Integer::sum);
                continue;
            }
            Set<String> full = byWord.get(m.name());
            if (full != null && full.size() == 1) {
                counts.merge(full.iterator().next(), 1, Integer::sum);
            } else if (full == null && !m.type().equals("single")) {
                types.put(m.name(), m.type().equals("surname") ? "person" : "place");
                counts.merge(m.name(), 1, Integer::sum);
            }
        }
        mergePartialNames(types, counts);
        List<Entity> out = new ArrayList<>();
        List<String> order = new ArrayList<>(types.keySet());
        for (String name : order) {
            int count = counts.getOrDefault(name, 0);
            if (count > 0) {
                out.add(new Entity(name, types.get(name), count));
            }
        }
        for (Speaker s : speakers) { // a speaker the scan missed still names an entity
            if (s.name() != null && types.containsKey(s.name().strip()) && !counts.containsKey(s.name().strip())) {
                counts.put(s.name().strip(), 1);
                out.add(new Entity(s.name().strip(), types.get(s.name().strip()), 1));
            }
        }
        // Stable sort keeps first-seen order among equal counts.
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out.size() > MAX_ENTITIES ? List.copyOf(out.subList(0, MAX_ENTITIES)) : out;
    }

    /**
     * "Saumarez Smith" counts toward "Charles Saumarez Smith", and "Ministry of Russia" toward "defense Ministry
     * of Russia", when that is the only longer name of the same type ending so.
     */
    private static void mergePartialNames(Map<String, String> types, Map<String, Integer> counts) {
        for (String type : new String[] {"person", "organization"}) {
            List<String> names = new ArrayList<>();
            for (var e : types.entrySet()) {
                if (e.getValue().equals(type) && e.getKey().indexOf(' ') > 0) {
                    names.add(e.getKey());
                }
            }
            if (names.size() > 200) {
                continue; // keep the pairwise check bounded on huge inputs
            }
            for (String shorter : names) {
                String longer = null;
                int matches = 0;
                for (String candidate : names) {
                    if (candidate.length() > shorter.length() && candidate.endsWith(" " + shorter)) {
                        longer = candidate;
                        matches++;
                    }
                }
                if (matches == 1 && counts.containsKey(shorter)) {
                    counts.merge(longer, counts.remove(shorter), Integer::sum);
                }
            }
        }
    }

    private static boolean isEntityType(String type) {
        return "person".equals(type) || "organization".equals(type) || "place".equals(type);
    }

    /**
     * The capitalised sentence-opening words that the body also writes in lower case ("Reinforcement" when
     * "reinforcement" appears): such an opener is an ordinary word. Only words of an opener's first letter and
     * length are looked up, so the pass over the text allocates little.
     */
    private static Set<String> openersWrittenLowerCase(TextDocument doc, int bodyStart) {
        String text = doc.text();
        Set<String> openers = new HashSet<>();
        boolean[] shape = new boolean[26 * 32]; // first letter × length of the openers
        for (Span sentence : doc.sentences()) {
            int i = Math.max(sentence.start(), bodyStart);
            while (i < sentence.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= sentence.end() || !isUpper(text.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < sentence.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            String lower = text.substring(i, j).toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            if (lower.length() < 32 && first >= 'a' && first <= 'z' && openers.add(lower)) {
                shape[(first - 'a') * 32 + lower.length()] = true;
            }
        }
        Set<String> out = new HashSet<>();
        if (openers.isEmpty()) {
            return out;
        }
        RegionTable table = new RegionTable(openers);
        int n = text.length();
        int i = bodyStart;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i < 32 && shape[(c - 'a') * 32 + (j - i)]) {
                    String opener = table.find(text, i, j);
                    if (opener != null) {
                        out.add(opener);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A small read-only set of words looked up by a region of the text, hashed like {@link String#hashCode()}
     * straight from the characters: the scan meets "the" or "he" hundreds of times per article, and a substring per
     * occurrence was most of its cost.
     */
    private static final class RegionTable {
        private final String[] slots;

        RegionTable(Set<String> words) {
            slots = new String[Integer.highestOneBit(Math.max(4, words.size()) * 4)];
            for (String w : words) {
                int slot = w.hashCode() & (slots.length - 1);
                while (slots[slot] != null) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = w;
            }
        }

        /** The word equal to {@code text[start, end)}, or null. */
        String find(String text, int start, int end) {
            int hash = 0;
            for (int k = start; k < end; k++) {
                hash = 31 * hash + text.charAt(k);
            }
            int length = end - start;
            for (int slot = hash & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
                String w = slots[slot];
                if (w.length() == length && text.regionMatches(start, w, 0, length)) {
                    return w;
                }
            }
            return null;
        }
    }

    private static boolean isLetter(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    private static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Letter or digit, with an ASCII fast path: this is the innermost test of the scan. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
