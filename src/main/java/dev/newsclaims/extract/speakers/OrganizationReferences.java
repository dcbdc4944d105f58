package dev.newsclaims.extract.speakers;

import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.vocabulary.Lexicon;
import dev.newsclaims.extract.vocabulary.Possessives;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * References to organisations by description: "the company", "the security firm", "the Winnipeg-based railway" are
 * the organisation named nearest before whose last word the description shares ("Northern Prairie Railway"), else,
 * when its head is an organisation noun, the organisation spoken of or named nearest before; a capitalised
 * description written like a name ("the Alliance") is the organisation the article names most often by acronym
 * before it, and an acronym is the full name the article spells it with ({@link ArticleOrganizations}).
 */
final class OrganizationReferences {

    private static final List<String> GENERIC_ORG_HEADS = List.of("company", "ministry", "agency", "department",
            "firm", "group", "organization", "organisation", "government", "administration", "campaign",
            "committee", "party", "office", "newspaper", "paper", "network", "bank", "alliance");
    /**
     * Nouns that make a definite description ("the retailer", "the firm") the business of any name spoken of or named
     * nearest before: kinds of business, which an article names one or two of. Other organisation nouns ("the union",
     * "the agency", "the team") refer only to an organisation whose name ends in them.
     */
    private static final Set<String> BUSINESS_KINDS = Set.of("company", "firm", "corporation", "business", "group",
            "bank", "lender", "insurer", "railway", "railroad", "airline", "carrier", "retailer", "chain",
            "manufacturer", "maker", "automaker", "producer", "utility", "broadcaster", "publisher", "startup",
            "developer", "operator", "provider", "supplier", "consultancy", "brand");
    /** Last words of news organisations, named in credits and sources rather than as the subject of a description. */
    private static final Set<String> NEWS_ORGANIZATIONS = Set.of("press", "news", "times", "post", "journal", "reuters",
            "ap", "afp", "bloomberg", "cnn", "bbc", "cbc", "ctv", "herald", "tribune", "gazette", "star", "globe", "mail",
            "telegraph", "guardian", "network", "television", "radio", "agency");
    /** How far back (in characters) a description may look for the organisation it stands for. */
    private static final int REACH = 3_000;

    private final String text;
    private final ArticleOrganizations organizations;
    /** Where the mention being resolved stands; a description is read against what was named before it. */
    private int position;

    OrganizationReferences(String text) {
        this(text, NameTags.NONE);
    }

    OrganizationReferences(String text, NameTags tags) {
        this.text = text;
        this.organizations = new ArticleOrganizations(text, tags);
    }

    /** Sets where the mention being resolved stands. */
    void at(int position) {
        this.position = position;
    }

    /** The speaker an organisation mention refers to, added to {@code speakers} when it is new. */
    Coreference.Entity resolve(SourceMention m, ArticleSpeakers speakers) {
        String name = normalize(m.name());
        String lower = name.toLowerCase(Locale.ROOT);
        Coreference.Entity described = described(m, speakers);
        if (described != null) {
            return described;
        }
        if (GENERIC_ORG_HEADS.contains(lower)) {
            // "the company": the latest organisation named so, else the latest organisation of any name, else a
            // one-word name taken for a person ("Apple said … The company added") that this shows to be one
            Coreference.Entity named = null;
            Coreference.Entity any = null;
            Coreference.Entity oneWord = null;
            for (Coreference.Entity e : speakers.recent()) {
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
        return speakers.byExactName(organizations.expand(name), "organization", null, m.organization());
    }

    /**
     * The organisation a definite description ("the security firm", "The Winnipeg-based railway") stands for: the
     * organisation spoken of or named nearest before whose last word is one of the description's words, else, when
     * the description's head is a kind of organisation, the one spoken of or named nearest before; null when the
     * mention is no definite description or the article names no such organisation within reach.
     */
    Coreference.Entity described(SourceMention m, ArticleSpeakers speakers) {
        if (text == null || m.start() < 0 || m.start() + 4 > text.length()
                || !text.regionMatches(true, m.start(), "the ", 0, 4) || m.end() > text.length()) {
            return null;
        }
        Set<String> nouns = new HashSet<>();
        String last = null;
        for (String w : Possessives.stripPossessive(text.substring(m.start() + 4, m.end())).split("[^\\p{L}-]+")) {
            if (w.isEmpty() || w.indexOf('-') >= 0 || !Character.isLetter(w.charAt(0))) {
                continue; // "Winnipeg-based", "41-year-old" describe; the nouns name
            }
            if (!Character.isLowerCase(w.charAt(0))) {
                return null; // "the Coastal Safety Board", "the Alliance": a name, not a description
            }
            nouns.add(w);
            last = w;
        }
        if (last == null || !last.equals(m.head()) && m.head() != null) {
            return null; // the words go on past the description's head
        }
        Coreference.Entity found = nearest(nouns, speakers);
        if (found == null && BUSINESS_KINDS.contains(last)) {
            found = nearest(null, speakers);
        }
        return found;
    }

    /**
     * The organisation spoken of or named nearest before the mention whose last word is one of {@code nouns}, or any
     * but a news organisation when null.
     */
    private Coreference.Entity nearest(Set<String> nouns, ArticleSpeakers speakers) {
        Coreference.Entity spoken = null;
        // "Port Authority chief executive Linda Osei": a speaker's organisation is named where the speaker is
        String employer = null;
        int employerSeen = -1;
        for (Coreference.Entity e : speakers.recent()) {
            if (e.lastSeen >= position || position - e.lastSeen > REACH) {
                continue;
            }
            String lastWord = lastWord(e.name);
            if (e.type.equals("organization")
                    && (nouns == null ? isOfAnyKind(lastWord) : nouns.contains(lastWord))
                    && (spoken == null || e.lastSeen > spoken.lastSeen)) {
                spoken = e;
            } else if (nouns != null && e.type.equals("person") && e.organization != null
                    && !e.organization.isEmpty() && Character.isUpperCase(e.organization.charAt(0))
                    && nouns.contains(lastWord(e.organization)) && e.lastSeen > employerSeen) {
                employer = e.organization;
                employerSeen = e.lastSeen;
            }
        }
        ArticleOrganizations.Named named = organizations.nearestBefore(nouns, position, REACH,
                OrganizationReferences::isOfAnyKind);
        if (named != null && employer != null && employer.endsWith(named.name())) {
            named = null; // "Commission" out of "Harbour Commission director Ines Varga": the fuller name
        }
        if (named != null && (spoken == null || named.start() > spoken.lastSeen) && named.start() >= employerSeen) {
            return speakers.byExactName(organizations.expand(named.name()), "organization", null, null);
        }
        if (employer != null && (spoken == null || employerSeen > spoken.lastSeen)) {
            return speakers.byExactName(organizations.expand(employer), "organization", null, null);
        }
        return spoken;
    }

    /**
     * True when an organisation whose name ends in {@code lastWord} may be a business of any kind: its name does not
     * say it is another kind ("the bank" is not the "Senate" or the "Securities Commission") or a news organisation.
     */
    private static boolean isOfAnyKind(String lastWord) {
        return !NEWS_ORGANIZATIONS.contains(lastWord) && !Lexicon.ORG_WORDS.contains(lastWord);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code org} as the speakers are stored with it: a description read as the organisation it stands for. */
    String normalize(String org) {
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
}
