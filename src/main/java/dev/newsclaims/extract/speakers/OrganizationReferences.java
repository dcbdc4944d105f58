package dev.newsclaims.extract.speakers;

import java.util.List;
import java.util.Locale;

/**
 * References to organisations by description: "the company" is the organisation the article spoke of last, and
 * a capitalised description written like a name ("the Alliance") is the organisation the article names most
 * often by acronym before it ({@link ArticleOrganizations}).
 */
final class OrganizationReferences {

    private static final List<String> GENERIC_ORG_HEADS = List.of("company", "ministry", "agency", "department",
            "firm", "group", "organization", "organisation", "government", "administration", "campaign",
            "committee", "party", "office", "newspaper", "paper", "network", "bank", "alliance");

    private final ArticleOrganizations organizations;
    /** Where the mention being resolved stands; a description is read against what was named before it. */
    private int position;

    OrganizationReferences(String text) {
        this.organizations = new ArticleOrganizations(text);
    }

    /** Sets where the mention being resolved stands. */
    void at(int position) {
        this.position = position;
    }

    /** The speaker an organisation mention refers to, added to {@code speakers} when it is new. */
    Coreference.Entity resolve(SourceMention m, ArticleSpeakers speakers) {
        String name = normalize(m.name());
        String lower = name.toLowerCase(Locale.ROOT);
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
        return speakers.byExactName(name, "organization", null, m.organization());
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
