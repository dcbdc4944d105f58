package dev.newsclaims.quotes;

import dev.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the quotation group of each claim. Every fingerprint of a group's forms ({@link QuoteMatch#fingerprints})
 * is posted for the group; a claim reads the postings of its own fingerprints, reads the groups they lead to (the
 * words of their oldest appearances) and joins the oldest group whose words are the same quotation
 * ({@link QuoteMatch#same}). Two quotations sharing {@value QuoteMatch#TRIM_WORDS} words in a row share a
 * fingerprint, so a trimmed form finds its group whichever came first. A claim that is the same quotation as two
 * groups (a longer form bridging them) joins the older and merges the younger into it. A new group is named by the
 * claim's smallest fingerprint that no group has held. Stored ({@code store/QuoteIndex}) or a batch's own ({@link QuoteGroups}).
 */
public final class QuoteGrouping {

    /** Groups read per claim at most: a window shared by more quotations than this is a set phrase. */
    static final int MAX_CANDIDATES = 8;
    /** Forms of a group a claim is compared with: its oldest appearances. */
    public static final int MAX_FORMS = 4;

    /**
     * A group as found: its id (merges followed), when it was first seen (sorts as the store's createdAt), and the
     * words of its oldest appearances.
     */
    public record Found(String groupId, String firstSeen, List<List<String>> forms) {}

    /** Where postings and groups are kept; a batch keeps its own, the store reads and writes items. */
    public interface Postings {
        /** The group each of these fingerprints is posted for (fingerprints never posted are left out). */
        Map<String, String> owners(Collection<String> fingerprints);

        /** The group a posting names, merges followed; null when it has no appearance left. */
        Found group(String groupId);

        /** Posts these fingerprints for these groups. */
        void post(Map<String, String> groupByFingerprint);

        /** Records that the group {@code from} is part of the older group {@code into}. */
        void merge(String from, String into);
    }

    /** Sorts after every createdAt: a group started by the article being grouped is the youngest. */
    private static final String NOW = "~";

    private QuoteGrouping() {}

    /** The group of each claim, in order; null for a claim with no quotation of six words or more. */
    public static List<String> assign(List<Claim> claims, Postings table) {
        List<List<String>> words = new ArrayList<>();
        List<List<String>> prints = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (Claim claim : claims) {
            List<String> w = QuoteWords.ofClaim(claim);
            List<String> f = w.isEmpty() ? List.of() : QuoteMatch.fingerprints(w);
            words.add(w);
            prints.add(f);
            all.addAll(f);
        }
        Map<String, String> owners = all.isEmpty() ? new HashMap<>() : new HashMap<>(table.owners(all));
        Map<String, Found> found = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        Set<String> gone = new HashSet<>();
        List<String> ids = new ArrayList<>(claims.size());
        // Posted once for the whole article: later claims read the new owners from memory, the table in one write
        Map<String, String> post = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            List<String> w = words.get(i);
            if (w.isEmpty()) {
                ids.add(null);
                continue;
            }
            Map<String, Found> matched = new LinkedHashMap<>();
            Set<String> dead = new HashSet<>();
            Set<String> read = new HashSet<>();
            for (String fp : prints.get(i)) {
                String owner = owners.get(fp);
                if (owner == null) {
                    continue;
                }
                owner = renamed.getOrDefault(owner, owner);
                if (!found.containsKey(owner) && read.size() >= MAX_CANDIDATES) {
                    continue;
                }
                read.add(owner);
                Found group = gone.contains(owner) ? null : found.computeIfAbsent(owner, table::group);
                if (group == null) {
                    gone.add(owner);
                    dead.add(fp); // posted for a group whose articles are all gone: free again
                } else if (group.forms().stream().anyMatch(form -> QuoteMatch.same(w, form))) {
                    matched.putIfAbsent(group.groupId(), group);
                }
            }
            String id;
            if (matched.isEmpty()) {
                // Named by a fingerprint never posted, so never another group's name (a name once used may carry merge marks).
                id = prints.get(i).stream().sorted().filter(fp -> !owners.containsKey(fp)).findFirst()
                        .orElse(QuoteMatch.groupId(w));
                found.put(id, new Found(id, NOW, new ArrayList<>()));
            } else {
                List<Found> byAge = new ArrayList<>(matched.values());
                byAge.sort(Comparator.comparing(Found::firstSeen).thenComparing(Found::groupId));
                id = byAge.get(0).groupId();
                for (Found younger : byAge.subList(1, byAge.size())) {
                    table.merge(younger.groupId(), id);
                    renamed.put(younger.groupId(), id);
                    found.put(younger.groupId(), found.get(id));
                }
            }
            List<List<String>> forms = new ArrayList<>(found.get(id).forms());
            forms.add(w);
            Found joined = new Found(id, found.get(id).firstSeen(), forms);
            found.replaceAll((k, v) -> v.groupId().equals(id) ? joined : v);
            found.put(id, joined);
            for (String fp : prints.get(i)) {
                if (!owners.containsKey(fp) || dead.contains(fp)) {
                    post.put(fp, id);
                    owners.put(fp, id);
                }
            }
            ids.add(id);
        }
        if (!post.isEmpty()) {
            table.post(post);
        }
        return ids;
    }

    /** The claims with their group ids set (the list itself when none has one). */
    public static List<Claim> withIds(List<Claim> claims, List<String> ids) {
        if (ids.stream().allMatch(Objects::isNull)) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(ids.get(i) == null ? claims.get(i) : claims.get(i).withQuoteId(ids.get(i)));
        }
        return out;
    }
}
