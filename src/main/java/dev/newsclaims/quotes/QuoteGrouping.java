package dev.newsclaims.quotes;

import dev.newsclaims.model.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quotation group of each claim. A group is named by an anchor of the form that started it (its
 * smallest window hash, {@link QuoteMatch#anchors}), so the group itself is what a later claim looks up: each
 * of the claim's {@value QuoteMatch#ANCHORS} anchors is asked for the group of that name and the words of its
 * oldest appearance, and the words decide ({@link QuoteMatch#same}), so two quotations that merely share a
 * window stay apart. Stored ({@code store/QuoteIndex}: a group is its appearance items, nothing else is written)
 * or a batch's own ({@link QuoteGroups}).
 */
public final class QuoteGrouping {

    /** A group found under an anchor: its id and the words of its oldest appearance. */
    public record Anchor(String groupId, List<String> words) {}

    /** Where groups are found by name; a batch keeps its own, the store reads its appearance items. */
    public interface Anchors {
        /** The groups named by these hashes that exist, with the words of their oldest appearance. */
        Map<String, Anchor> read(Collection<String> hashes);

        /** A group started by this claim; the store writes nothing here (its appearance will be the group). */
        void addIfAbsent(String hash, Anchor anchor);
    }

    private QuoteGrouping() {}

    /** The group of each claim, in order; null for a claim with no quotation of six words or more. */
    public static List<String> assign(List<Claim> claims, Anchors table) {
        List<List<String>> words = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (Claim claim : claims) {
            List<String> w = QuoteWords.ofClaim(claim);
            words.add(w);
            hashes.addAll(QuoteMatch.anchors(w));
        }
        Map<String, Anchor> known = hashes.isEmpty() ? new HashMap<>() : new HashMap<>(table.read(hashes));
        List<String> ids = new ArrayList<>(claims.size());
        for (List<String> w : words) {
            if (w.isEmpty()) {
                ids.add(null);
                continue;
            }
            List<String> anchors = QuoteMatch.anchors(w);
            String id = null;
            for (String hash : anchors) {
                Anchor found = known.get(hash);
                if (found != null && QuoteMatch.same(w, found.words())) {
                    id = found.groupId();
                    break;
                }
            }
            if (id == null) {
                // A new group, named by the first of its anchors no other quotation holds (a quotation all of
                // whose anchors name other groups gets a name of its own words, found again only by them).
                id = anchors.stream().filter(h -> !known.containsKey(h)).findFirst().orElse(QuoteMatch.groupId(w));
                Anchor started = new Anchor(id, List.copyOf(w));
                known.put(id, started);
                table.addIfAbsent(id, started);
            }
            ids.add(id);
        }
        return ids;
    }

    /** The claims with their group ids set (the list itself when none has one). */
    public static List<Claim> withIds(List<Claim> claims, List<String> ids) {
        if (ids.stream().allMatch(java.util.Objects::isNull)) {
            return claims;
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(ids.get(i) == null ? claims.get(i) : claims.get(i).withQuoteId(ids.get(i)));
        }
        return out;
    }
}
