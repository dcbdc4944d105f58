package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.attribution.Lexicon;
import dev.newsclaims.extract.text.NameTags;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves source mentions to the article's speakers: full names and surnames to one person, titles
 * ("the Secretary General") to the person holding that role, pronouns to the most recent compatible
 * speaker (or, failing that, the most recently named person), "the company" to the organisation.
 * One instance per article: it holds that article's speakers while the claims are built.
 */
public final class Coreference {

    /** A speaker as it is being merged; the name grows to the longest full name seen. */
    public static final class Entity {
        public String name;
        public String role;
        public String organization;
        public String type;
        public int claims;
        int lastSeen;
        /** 'm' or 'f' once a pronoun or an honorific has told; 0 while unknown. */
        char gender;
        final int order;

        Entity(String name, String role, String organization, String type, int order) {
            this.name = name;
            this.role = role;
            this.organization = organization;
            this.type = type;
            this.order = order;
        }
    }

    /** A person's full name named somewhere in the body, with where it is named. */
    /** {@code description}: lower-cased titles and appositive words written with the name ("mayor", "a 45-year-old welder"). */
    record NamedPerson(String name, int start, String description) {

        NamedPerson(String name, int start) {
            this(name, start, "");
        }

        boolean isDescribedBy(String head) {
            return !description.isEmpty() && (" " + description + " ").contains(" " + head + " ");
        }
    }

    private static final int PRONOUN_REACH = 2_000;
    /** How many full names a pronoun looks back over for one of its gender; bounds the work per pronoun. */
    private static final int MAX_NAMES_BACK = 8;
    private static final List<String> GENERIC_ORG_HEADS = List.of("company", "ministry", "agency", "department",
            "firm", "group", "organization", "organisation", "government", "administration", "campaign",
            "committee", "party", "office", "newspaper", "paper", "network", "bank", "alliance");

    /** How many recently seen speakers pronouns and titles may refer to; bounds the work per mention. */
    private static final int RECENT = 12;

    private final List<Entity> entities = new ArrayList<>();
    /** Lower-cased name word → the entities whose name has it (surname look-up without scanning all). */
    private final Map<String, List<Entity>> byWord = new HashMap<>();
    private final Map<String, Entity> byLowerName = new HashMap<>();
    private final Map<String, Entity> byInitials = new HashMap<>();
    private final ArrayDeque<Entity> recent = new ArrayDeque<>();
    private final List<NamedPerson> people;
    /** Lower-cased surname → full names in the text with that surname, in text order. */
    private final Map<String, List<NamedPerson>> peopleBySurname = new HashMap<>();
    private final ArticleOrganizations organizations;
    /** One-word person names in the text ("Trump"), as {start, end}: a pronoun's antecedent may be one of them. */
    private final List<int[]> surnames;
    /** The authors of the documents the article quotes; none known when not given. */
    private DocumentAuthors documents;
    /** Where the mention being resolved stands; a description is read against what was named before it. */
    private int position;
    private final String text;
    private final Predicate<String> isCommonWord;
    private final SpeakerTypes types;

    /** {@code people} must be in text order. */
    Coreference(String text, List<NamedPerson> people) {
        this(text, people, Set.of());
    }

    /** {@code commonWords}: words the article also writes in lower case, so not names when capitalised. */
    Coreference(String text, List<NamedPerson> people, Set<String> commonWords) {
        this(text, people, commonWords::contains);
    }

    /** Like the constructor with a set; {@code isCommonWord} is asked only about sentence-initial names. */
    public Coreference(String text, List<NamedPerson> people, Predicate<String> isCommonWord) {
        this(text, people, isCommonWord, NameTags.NONE);
    }

    /** {@code names}: the name tagger's reading of the article, which types the sources it recognises. */
    public Coreference(String text, List<NamedPerson> people, Predicate<String> isCommonWord, NameTags names) {
        this.types = new SpeakerTypes(names, text);
        this.text = text;
        this.isCommonWord = isCommonWord;
        this.people = people;
        this.organizations = new ArticleOrganizations(text);
        this.surnames = text == null ? List.of() : names.oneWordPersons();
        for (NamedPerson p : people) {
            String[] w = words(p.name());
            peopleBySurname.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(p);
        }
    }

    /** The person named or quoted last before {@code position} (an interview's subject), or null. */
    public Entity personBefore(int position) {
        Entity e = nearestPerson((char) 0, position, true);
        if (e != null) {
            e.lastSeen = Math.max(e.lastSeen, position);
        }
        return e;
    }

    /** Lets "the complaint said" resolve to the complaint's author when the article names one. */
    public Coreference readingDocuments(DocumentAuthors documents) {
        this.documents = documents;
        return this;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** The speaker {@code mention} (at {@code position}) refers to, or null when it cannot be told. */
    public Entity resolve(SourceMention mention, int position) {
        this.position = position;
        if (documents != null && mention.form() != SourceMention.Form.NAME && mention.form() != SourceMention.Form.PRONOUN) {
            SourceMention author = documents.authorOf(mention.head(), position);
            if (author != null) {
                mention = author; // "the complaint said": its author says it
            }
        }
        SourceMention typed = types.retype(mention);
        if (typed != mention && isKnownPerson(mention)) {
            typed = mention; // a person the article has already named so: the tagger's doubt on one mention loses
        }
        mention = typed;
        if (mention == null) {
            return null; // capitalised words that name no one
        }
        Entity e = switch (mention.form()) {
            case NAME -> byName(mention, position);
            case TITLE -> byTitle(mention, position);
            case PRONOUN -> byPronoun(mention.head(), position);
            case ORGANIZATION -> byOrganization(mention);
            case PLACE -> byExactName(mention.name(), mention.type(), null, mention.organization());
            case GROUP -> byDescriptionOrName(mention, position);
        };
        if (e != null) {
            e.lastSeen = position;
            recent.remove(e);
            recent.addFirst(e);
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        return e;
    }

    /** A name already resolved to a person speaker of the article. */
    private boolean isKnownPerson(SourceMention m) {
        if (m.form() != SourceMention.Form.NAME || m.name() == null || m.name().isBlank()) {
            return false;
        }
        return findPerson(m.name()) != null;
    }

    private Entity byName(SourceMention m, int position) {
        String name = m.name();
        if (startsSentence(m.start())) {
            // "Rival Hillary Clinton said", "Demonstrators said": a sentence's first word is capitalised anyway;
            // if the article also writes it in lower case, it is a common word, not part of a name
            int space = name.indexOf(' ');
            String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
            if (isCommonWord.test(first)) {
                if (space < 0) {
                    return byExactName(name, "group", null, m.organization());
                }
                name = name.substring(space + 1);
            }
        }
        Entity e = null;
        if (name.indexOf(' ') < 0) {
            // a bare surname is the speaker of that name seen last (two Lunds stay apart), else the person of that
            // name written nearest before it
            e = latestPerson(name);
            if (e == null) {
                String full = fullNameFor(name, position);
                if (full != null) {
                    name = full;
                }
            }
        }
        if (e == null) {
            e = findPerson(name);
        }
        if (e == null && m.role() != null) {
            // "The Secretary General said …" before the name is given: that unnamed speaker is this person
            Entity unnamed = byLowerName.get(m.role().toLowerCase(Locale.ROOT));
            if (unnamed != null && unnamed.type.equals("person") && unnamed.name.equals(unnamed.role)) {
                unnamed.name = name;
                index(unnamed);
                e = unnamed;
            }
        }
        if (e == null) {
            e = add(name, m.role(), m.organization(), "person");
        } else if (words(name).length > words(e.name).length) {
            e.name = name; // keep the longest full name
            index(e);
        }
        if (e.role == null) {
            e.role = m.role();
        }
        if (e.organization == null) {
            e.organization = normalizeOrganization(m.organization());
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

    /** A known person whose name shares all words with {@code name}, or whose surname is {@code name}. */
    private Entity findPerson(String name) {
        String[] w = words(name);
        for (Entity e : byWord.getOrDefault(w[w.length - 1], List.of())) {
            if (!e.type.equals("person")) {
                continue;
            }
            String[] ew = words(e.name);
            if (containsAll(ew, w) || containsAll(w, ew)) {
                return e;
            }
        }
        return null;
    }

    /** The person speaker with the word {@code name} in their name who was seen last, or null. */
    private Entity latestPerson(String name) {
        String[] w = words(name);
        Entity best = null;
        for (Entity e : byWord.getOrDefault(w[w.length - 1], List.of())) {
            if (e.type.equals("person") && containsAll(words(e.name), w) && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    /** The full name in the text whose last word is {@code surname}, nearest before {@code position}. */
    private String fullNameFor(String surname, int position) {
        String best = null;
        for (NamedPerson p : peopleBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
            if (best == null || p.start() < position) {
                best = p.name();
            }
        }
        return best;
    }

    private Entity byTitle(SourceMention m, int position) {
        String head = m.head();
        Entity best = null;
        for (Entity e : recent) {
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
        NamedPerson described = describedBefore(head, position);
        if (described != null) {
            Entity known = findPerson(described.name());
            Entity e = known != null ? known : add(described.name(), m.role(), m.organization(), "person");
            if (e.role == null) {
                e.role = m.role();
            }
            return e;
        }
        return byExactName(m.role() == null ? head : m.role(), "person", m.role(), m.organization());
    }

    /** "the Ohio businessman": the person the article described so, else the group as written. */
    private Entity byDescriptionOrName(SourceMention m, int position) {
        boolean definite = text != null && text.regionMatches(true, m.start(), "the ", 0, 4);
        String head = m.head();
        if (definite && head != null && !head.endsWith("s")) {
            NamedPerson described = describedBefore(head, position);
            if (described != null) {
                Entity known = findPerson(described.name());
                return known != null ? known : add(described.name(), null, null, "person");
            }
        }
        return byExactName(m.name(), m.type(), null, m.organization());
    }

    /** The nearest full name before {@code position}, within a pronoun's reach, written with {@code head} as its description. */
    private NamedPerson describedBefore(String head, int position) {
        if (head == null || head.isEmpty()) {
            return null;
        }
        for (int k = lastNamedBefore(position); k >= 0; k--) {
            NamedPerson p = people.get(k);
            if (position - p.start() > PRONOUN_REACH) {
                break;
            }
            if (p.isDescribedBy(head)) {
                return p;
            }
        }
        return null;
    }

    private Entity byPronoun(String pronoun, int position) {
        if (!Lexicon.PERSON_PRONOUNS.contains(pronoun)) {
            return byGroupPronoun(pronoun, position);
        }
        char gender = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : 0;
        // the nearest person before the pronoun known to have its gender, else the nearest not known to differ:
        // a speaker seen before, or a full name written in the text
        Entity best = nearestPerson(gender, position, true);
        Entity nearest = gender == 0 ? best : nearestPerson(gender, position, false);
        if (best == null || nearest != null && nearest != best && nearest == recent.peekFirst()) {
            best = nearest; // the speaker just quoted, whose gender no one has told yet ("Johnson said … he said")
        }
        if (best != null && best.gender == 0) {
            best.gender = gender; // "she said" tells us about the person from now on
        }
        return best;
    }

    private Entity nearestPerson(char gender, int position, boolean knownOnly) {
        Entity best = null;
        int bestAt = -1;
        for (Entity e : recent) {
            if (e.type.equals("person") && e.lastSeen < position && position - e.lastSeen <= PRONOUN_REACH
                    && e.lastSeen > bestAt && fits(gender, genderOf(e), knownOnly)) {
                best = e;
                bestAt = e.lastSeen;
            }
        }
        int tried = 0;
        int k = lastNamedBefore(position);
        int s = lastSurnameBefore(position);
        while ((k >= 0 || s >= 0) && tried++ < MAX_NAMES_BACK) {
            // the later of the next full name and the next one-word name ("Trump has … He recently …")
            boolean surname = s >= 0 && (k < 0 || surnames.get(s)[0] > people.get(k).start());
            NamedPerson p = surname ? personNamed(surnames.get(s--), position) : people.get(k--);
            if (p == null) {
                continue;
            }
            if (p.start() <= bestAt || position - p.start() > PRONOUN_REACH) {
                break;
            }
            Entity known = findPerson(p.name());
            char g = known != null ? genderOf(known) : 0;
            if (g == 0) {
                g = Genders.honorificBefore(text, p.start());
            }
            if (g == 0) {
                g = Genders.ofName(p.name());
            }
            if (fits(gender, g, knownOnly)) {
                Entity e = known != null ? known : add(p.name(), null, null, "person");
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
    private Entity byGroupPronoun(String pronoun, int position) {
        Entity best = null;
        for (Entity e : recent) {
            boolean compatible = pronoun.equals("it") ? e.type.equals("organization") : !e.type.equals("person");
            if (compatible && position - e.lastSeen <= PRONOUN_REACH && (best == null || e.lastSeen > best.lastSeen)) {
                best = e;
            }
        }
        return best;
    }

    private static char genderOf(Entity e) {
        return e.gender != 0 ? e.gender : Genders.ofName(e.name);
    }

    /** Index in {@code surnames} of the last one-word person name before {@code position}, or -1. */
    private int lastSurnameBefore(int position) {
        int lo = 0;
        int hi = surnames.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (surnames.get(mid)[0] < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The person a one-word name at {@code span} stands for: a speaker of that name, or the full name written before. */
    private NamedPerson personNamed(int[] span, int position) {
        String word = text.substring(span[0], span[1]);
        Entity speaker = latestPerson(word);
        String full = speaker != null ? speaker.name : fullNameFor(word, position);
        return full == null ? null : new NamedPerson(full, span[0]);
    }

    /** Index in {@code people} of the last full name written before {@code position}, or -1. */
    private int lastNamedBefore(int position) {
        int lo = 0;
        int hi = people.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).start() < position) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Entity byOrganization(SourceMention m) {
        String name = normalizeOrganization(m.name());
        String lower = name.toLowerCase(Locale.ROOT);
        if (GENERIC_ORG_HEADS.contains(lower)) {
            // "the company": the latest organisation named so, else the latest organisation of any name, else a
            // one-word name taken for a person ("Apple said … The company added") that this shows to be one
            Entity named = null;
            Entity any = null;
            Entity oneWord = null;
            for (Entity e : recent) {
                if (e.type.equals("organization")) {
                    if (e.name.toLowerCase(Locale.ROOT).contains(lower) && (named == null || e.lastSeen > named.lastSeen)) {
                        named = e;
                    }
                    if (any == null || e.lastSeen > any.lastSeen) {
                        any = e;
                    }
                } else if (e.type.equals("person") && e.name.indexOf(' ') < 0 && e.role == null && e.gender == 0
                        && (oneWord == null || e.lastSeen > oneWord.lastSeen)) {
                    oneWord = e;
                }
            }
            if (named != null || any != null) {
                return named != null ? named : any;
            }
            if (oneWord != null) {
                oneWord.type = "organization";
                return oneWord;
            }
        }
        return byExactName(name, "organization", null, m.organization());
    }

    private Entity byExactName(String name, String type, String role, String organization) {
        Entity known = byLowerName.get(name.toLowerCase(Locale.ROOT));
        if (known == null && type.equals("organization")) {
            // "BA" after "British Airways" (and the reverse): an acronym of the other's initials
            known = byLowerName.get(initials(name));
            if (known == null && NameWords.isAcronym(name)) {
                known = byInitials.get(name.toLowerCase(Locale.ROOT));
            }
        }
        if (known != null) {
            return known;
        }
        return add(name, role, normalizeOrganization(organization), type);
    }

    private String normalizeOrganization(String org) {
        if (org == null) {
            return null;
        }
        // "the Alliance", "the North Atlantic Alliance": a description of the organisation the article names
        int space = org.lastIndexOf(' ');
        String head = (space < 0 ? org : org.substring(space + 1)).toLowerCase(Locale.ROOT);
        if (!org.isEmpty() && Character.isUpperCase(org.charAt(0)) && GENERIC_ORG_HEADS.contains(head)) {
            return organizations.resolve(org, head, position);
        }
        return org;
    }

    private Entity add(String name, String role, String organization, String type) {
        Entity e = new Entity(name, role, normalizeOrganization(organization), type, entities.size());
        entities.add(e);
        index(e);
        return e;
    }

    /** "british airways" → "ba"; "" for one-word names. */
    private static String initials(String name) {
        String[] w = words(name);
        if (w.length < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String word : w) {
            if (!word.isEmpty() && !word.equals("of") && !word.equals("the") && !word.equals("and")) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    private void index(Entity e) {
        byLowerName.putIfAbsent(e.name.toLowerCase(Locale.ROOT), e);
        if (e.type.equals("organization")) {
            String i = initials(e.name);
            if (i.length() >= 2) {
                byInitials.putIfAbsent(i, e);
            }
        }
        for (String w : words(e.name)) {
            List<Entity> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
            if (!list.contains(e) && list.size() < 64) {
                list.add(e);
            }
        }
    }

    private static String[] words(String name) {
        return name.toLowerCase(Locale.ROOT).split(" ");
    }

    private static boolean containsAll(String[] big, String[] small) {
        for (String s : small) {
            boolean found = false;
            for (String b : big) {
                if (b.equals(s)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
