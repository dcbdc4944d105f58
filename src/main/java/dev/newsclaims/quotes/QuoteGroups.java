package dev.newsclaims.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotation groups of a batch of articles, found by the same rules and fingerprints as the stored ones but
 * kept in memory (the command line's {@code --quotes}). Articles are added in batch order, which stands
 * for the order they were first seen.
 */
public final class QuoteGroups implements QuoteGrouping.Postings {

    private final ObjectMapper json;
    private final Map<String, String> postings = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Map<String, List<QuoteGroup.Appearance>> groups = new LinkedHashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();

    public QuoteGroups(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Map<String, String> owners(Collection<String> fingerprints) {
        Map<String, String> found = new HashMap<>();
        for (String fp : fingerprints) {
            if (postings.containsKey(fp)) {
                found.put(fp, postings.get(fp));
            }
        }
        return found;
    }

    @Override
    public QuoteGrouping.Found group(String groupId) {
        String id = resolve(groupId);
        List<QuoteGroup.Appearance> seen = groups.get(id);
        if (seen == null || seen.isEmpty()) {
            return null;
        }
        List<List<String>> forms = new ArrayList<>();
        for (QuoteGroup.Appearance a : seen.subList(0, Math.min(seen.size(), QuoteGrouping.MAX_FORMS))) {
            forms.add(QuoteWords.of(a.quotation()));
        }
        return new QuoteGrouping.Found(id, String.format("%012d", firstSeen.get(id)), forms);
    }

    @Override
    public void post(Map<String, String> groupByFingerprint) {
        postings.putAll(groupByFingerprint);
    }

    @Override
    public void merge(String from, String into) {
        mergedInto.put(from, into);
        List<QuoteGroup.Appearance> moved = groups.remove(from);
        if (moved != null) {
            List<QuoteGroup.Appearance> all = groups.computeIfAbsent(into, k -> new ArrayList<>());
            Set<String> articles = new HashSet<>();
            all.forEach(a -> articles.add(a.articleId()));
            moved.stream().filter(a -> articles.add(a.articleId())).forEach(all::add);
            all.sort(Comparator.comparingInt(a -> order.get(a.articleId())));
        }
    }

    private String resolve(String id) {
        for (int hops = 0; hops < 16 && mergedInto.containsKey(id); hops++) {
            id = mergedInto.get(id);
        }
        return id;
    }

    private final Map<String, Integer> order = new HashMap<>();

    /** Groups an article's claims; {@code articleId} names it in the output. */
    public void add(String articleId, ArticleSummary summary) {
        List<Claim> claims = summary.claims() == null ? List.of() : summary.claims();
        order.putIfAbsent(articleId, order.size());
        List<String> ids = QuoteGrouping.assign(claims, this);
        for (int i = 0; i < claims.size(); i++) {
            if (ids.get(i) == null) {
                continue;
            }
            String id = resolve(ids.get(i));
            firstSeen.putIfAbsent(id, order.get(articleId));
            List<QuoteGroup.Appearance> seen = groups.computeIfAbsent(id, k -> new ArrayList<>());
            if (seen.stream().anyMatch(a -> a.articleId().equals(articleId))) {
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
