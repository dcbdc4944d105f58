package dev.newsclaims.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotation groups of a batch of articles, found by the same rules and anchors as the stored ones but
 * kept in memory (the command line's {@code --quotes}). Articles are added in batch order, which stands
 * for the order they were first seen.
 */
public final class QuoteGroups implements QuoteGrouping.Anchors {

    private final ObjectMapper json;
    private final Map<String, QuoteGrouping.Anchor> anchors = new HashMap<>();
    private final Map<String, List<QuoteGroup.Appearance>> groups = new LinkedHashMap<>();

    public QuoteGroups(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Map<String, QuoteGrouping.Anchor> read(Collection<String> hashes) {
        Map<String, QuoteGrouping.Anchor> found = new HashMap<>();
        for (String h : hashes) {
            if (anchors.containsKey(h)) {
                found.put(h, anchors.get(h));
            }
        }
        return found;
    }

    @Override
    public void addIfAbsent(String hash, QuoteGrouping.Anchor anchor) {
        anchors.putIfAbsent(hash, anchor);
    }

    /** Groups an article's claims; {@code articleId} names it in the output. */
    public void add(String articleId, ArticleSummary summary) {
        List<Claim> claims = summary.claims() == null ? List.of() : summary.claims();
        List<String> ids = QuoteGrouping.assign(claims, this);
        for (int i = 0; i < claims.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            List<QuoteGroup.Appearance> seen = groups.computeIfAbsent(id, k -> new ArrayList<>());
            if (!seen.isEmpty() && seen.get(seen.size() - 1).articleId().equals(articleId)) {
                continue; // one appearance per article: its first claim in the group
            }
            Claim claim = claims.get(i).withQuoteId(id);
            seen.add(new QuoteGroup.Appearance(articleId, summary.title(), null, claim.speaker(),
                    speakerType(summary, claim.speaker()), QuoteWords.quotation(claim), json.valueToTree(claim)));
        }
    }

    /** The groups seen in at least {@code minAppearances} articles, most appearances first, then first seen. */
    public List<QuoteGroup> groups(int minAppearances) {
        List<QuoteGroup> out = new ArrayList<>();
        groups.forEach((id, seen) -> {
            if (seen.size() >= minAppearances) {
                out.add(new QuoteGroup(id, List.copyOf(seen)));
            }
        });
        out.sort(Comparator.comparingInt((QuoteGroup g) -> g.appearances().size()).reversed());
        return out;
    }

    /** The type the article gives the speaker of that name, or null. */
    public static String speakerType(ArticleSummary summary, String name) {
        if (name == null || summary.speakers() == null) {
            return null;
        }
        for (Speaker s : summary.speakers()) {
            if (name.equals(s.name())) {
                return s.type();
            }
        }
        return null;
    }
}
