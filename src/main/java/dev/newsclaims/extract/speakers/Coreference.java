package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.NameTags;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves source mentions to the article's speakers: full names and surnames to one person
 * ({@link NameResolution}), titles ("the Secretary General") to the person holding that role
 * ({@link DescriptionResolution}), pronouns to the most recent compatible speaker, or failing that the most
 * recently named person ({@link PronounResolution}), "the company" to the organisation
 * ({@link OrganizationReferences}). One instance per article: it holds that article's speakers
 * ({@link ArticleSpeakers}) while the claims are built.
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

    /** How far back (in characters) a pronoun or a description may refer. */
    static final int PRONOUN_REACH = 2_000;

    private final ArticleSpeakers speakers;
    private final OrganizationReferences organizations;
    private final NameResolution names;
    private final PronounResolution pronouns;
    private final DescriptionResolution descriptions;
    /** The authors of the documents the article quotes; none known when not given. */
    private DocumentAuthors documents;
    private final SpeakerTypes types;
    private final PersonEvidence evidence;
    private final String text;
    private final NamesInText inText;

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
        this.text = text;
        this.types = new SpeakerTypes(names, text);
        this.organizations = new OrganizationReferences(text, names);
        LowerCaseWords words = new LowerCaseWords();
        this.speakers = new ArticleSpeakers(organizations, words);
        this.evidence = new PersonEvidence(text, names);
        this.inText = new NamesInText(evidence.persons(people), text == null ? List.of() : names.oneWordPersons(), words);
        this.names = new NameResolution(text, isCommonWord, speakers, inText, organizations);
        this.pronouns = new PronounResolution(text, speakers, inText, names);
        this.descriptions = new DescriptionResolution(text, speakers, inText, organizations);
    }

    /** The person named or quoted last before {@code position} (an interview's subject), or null. */
    public Entity personBefore(int position) {
        Entity e = pronouns.nearestPerson((char) 0, position, true);
        if (e != null) {
            e.lastSeen = Math.max(e.lastSeen, position);
        }
        return e;
    }

    /**
     * True when the text names no person in {@code [from, to)} other than {@code speaker}: a quotation after such a
     * stretch still hears the speaker quoted before it ("“…,” Ruiz said. ¶ The vote is in May. ¶ “…”").
     */
    public boolean namesNoOtherPerson(Entity speaker, int from, int to) {
        if (speaker == null || text == null) {
            return false;
        }
        for (int k = inText.lastNamedBefore(to); k >= 0 && inText.person(k).start() >= from; k--) {
            if (speakers.findPerson(inText.person(k).name()) != speaker) {
                return false;
            }
        }
        for (int k = inText.lastSurnameBefore(to); k >= 0 && inText.surname(k)[0] >= from; k--) {
            int[] span = inText.surname(k);
            if (span[1] > text.length() || !speaker.name.contains(text.substring(span[0], span[1]))) {
                return false;
            }
        }
        return true;
    }

    /** Lets "the complaint said" resolve to the complaint's author when the article names one. */
    public Coreference readingDocuments(DocumentAuthors documents) {
        this.documents = documents;
        return this;
    }

    public List<Entity> entities() {
        return speakers.all();
    }

    /** The speaker {@code mention} (at {@code position}) refers to, or null when it cannot be told. */
    public Entity resolve(SourceMention mention, int position) {
        organizations.at(position);
        pronouns.rankPassing(position);
        if (documents != null && mention.form() != SourceMention.Form.NAME && mention.form() != SourceMention.Form.PRONOUN) {
            SourceMention author = documents.authorOf(mention, text, position);
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
        if (mention.form() == SourceMention.Form.NAME && mention.role() != null && evidence.isWorkTitle(mention.name())) {
            mention = types.work(mention); // "a paper titled Martin Frost says": a work, not a person
        }
        if (mention.form() == SourceMention.Form.NAME && mention.role() == null && (!evidence.isPerson(mention.name())
                || isUnknownWord(mention.name(), position) && !evidence.isPersonAlone(mention.name()))) {
            mention = types.notAPerson(mention, evidence.writtenAsPlace(mention.name())); // "Rally Norland said": what the rest of the article says it is
        }
        Entity e = switch (mention.form()) {
            case NAME -> names.resolve(mention, position);
            case TITLE -> descriptions.byTitle(mention, position);
            case PRONOUN -> pronouns.resolve(mention.head(), position);
            case ORGANIZATION -> organizations.resolve(mention, speakers);
            case PLACE -> speakers.byExactName(mention.name(), mention.type(), null, mention.organization());
            case GROUP -> descriptions.byDescriptionOrName(mention, position);
        };
        if (e != null) {
            speakers.seen(e, position);
        }
        return e;
    }

    /** One word no person speaker's name and no full name before {@code position} holds ("Suncor", not "Rahimi"). */
    private boolean isUnknownWord(String name, int position) {
        return name.indexOf(' ') < 0 && speakers.latestPerson(name) == null && inText.fullNameFor(name, position) == null;
    }

    /** A name already resolved to a person speaker of the article. */
    private boolean isKnownPerson(SourceMention m) {
        if (m.form() != SourceMention.Form.NAME || m.name() == null || m.name().isBlank()) {
            return false;
        }
        return speakers.findPerson(m.name()) != null;
    }
}
