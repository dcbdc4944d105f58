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
 * Finds the quotation group of each claim through a table of anchors (window hash → the group and the words
 * of the form that first wrote it): the stored table ({@code store/QuoteIndex}) or a batch's own
 * ({@link QuoteGroups}). One read of at most {@value QuoteMatch#ANCHORS} anchors per claim, and a write
 * of each anchor not yet known. An anchor names a candidate only; the words decide ({@link QuoteMatch#same}),
 * so two quotations that merely share a common phrase of six words stay apart.
 */
public final class QuoteGrouping {

    /** Words kept with an anchor to check a candidate against (a longer quotation is checked by its beginning). */
    public static final int ANCHOR_WORDS = 150;

    /** What an anchor leads to: a group, and the words of the form that wrote the anchor. */
    public record Anchor(String groupId, List<String> words) {}

    /** Where anchors are kept. The first anchor written under a hash stays: later writes of it change nothing. */
    public interface Anchors {
        Map<String, Anchor> read(Collection<String> hashes);

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
                id = QuoteMatch.groupId(w);
            }
            Anchor mine = new Anchor(id, List.copyOf(w.subList(0, Math.min(w.size(), ANCHOR_WORDS))));
            for (String hash : anchors) {
                if (!known.containsKey(hash)) {
                    known.put(hash, mine);
                    table.addIfAbsent(hash, mine);
                }
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
