package dev.newsclaims.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A quotation group as read: its appearances oldest first (one per article), who they credit, and whether
 * they credit different people. The API and the command line print it the same way.
 */
public record QuoteGroup(String id, List<Appearance> appearances) {

    /**
     * One article's appearance of the quotation: its first claim in the group ({@code claim} as in the
     * summary, offsets included), the speaker and the type the article gave it, and the quoted words.
     */
    public record Appearance(String articleId, String title, String createdAt, String speaker, String speakerType,
            String quotation, JsonNode claim) {}

    /** The quoted words as first seen. */
    public String text() {
        return appearances.isEmpty() ? null : appearances.get(0).quotation();
    }

    public List<CreditedPeople.Credited> speakers() {
        return CreditedPeople.speakers(credits());
    }

    public boolean conflict() {
        return CreditedPeople.conflict(credits());
    }

    private List<CreditedPeople.Credit> credits() {
        return appearances.stream().map(a -> new CreditedPeople.Credit(a.speaker(), a.speakerType())).toList();
    }

    /** {"id", "text", "appearances": n, "firstSeen", "speakers", "conflict", "href"}: a search result. */
    public ObjectNode summaryJson(ObjectMapper json) {
        ObjectNode out = head(json);
        out.put("appearances", appearances.size());
        Appearance first = appearances.get(0);
        ObjectNode seen = out.putObject("firstSeen");
        seen.put("articleId", first.articleId());
        seen.put("title", first.title());
        seen.put("createdAt", first.createdAt());
        seen.put("speaker", first.speaker());
        tail(json, out);
        out.put("href", "/quotes/" + id);
        return out;
    }

    /** {"id", "text", "count", "appearances": [...], "speakers", "conflict"}: the whole group. */
    public ObjectNode fullJson(ObjectMapper json) {
        return fullJson(json, Integer.MAX_VALUE);
    }

    /**
     * The whole group with at most {@code maxListed} appearances listed, the oldest (a response stays within
     * Lambda's 6 MB); {@code count}, {@code speakers} and {@code conflict} still cover them all.
     */
    public ObjectNode fullJson(ObjectMapper json, int maxListed) {
        ObjectNode out = head(json);
        out.put("count", appearances.size());
        ArrayNode list = out.putArray("appearances");
        for (Appearance a : appearances.subList(0, Math.min(maxListed, appearances.size()))) {
            ObjectNode item = list.addObject();
            item.put("articleId", a.articleId());
            item.put("title", a.title());
            item.put("createdAt", a.createdAt());
            item.put("speaker", a.speaker());
            item.set("claim", a.claim());
        }
        tail(json, out);
        return out;
    }

    private ObjectNode head(ObjectMapper json) {
        ObjectNode out = json.createObjectNode();
        out.put("id", id);
        out.put("text", text());
        return out;
    }

    private void tail(ObjectMapper json, ObjectNode out) {
        ArrayNode speakers = out.putArray("speakers");
        for (var s : speakers()) {
            speakers.addObject().put("name", s.name()).put("appearances", s.appearances());
        }
        out.put("conflict", conflict());
    }
}
