package dev.newsclaims.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.store.ClaimFilter;
import dev.newsclaims.store.SummaryStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The speaker routes of the HTTP API: {@code GET /speakers?q=} (search the directory) and
 * {@code GET /speakers/{name}/claims} (a speaker's claims, by any known form of the name, filtered).
 * Answers are JSON bodies; every refusal is a {@link Problem}.
 */
final class SpeakerRequests {

    static final int MAX_SPEAKER_CHARS = 200;
    static final int MAX_QUERY_CHARS = 200;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final int MAX_CURSOR_CHARS = 1_000;

    private final SummaryStore store;
    private final ObjectMapper json;

    SpeakerRequests(SummaryStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** {@code GET /speakers?q=stolt&limit=20&cursor=…}: the body of the answer. */
    String search(Map<String, String> query) {
        Map<String, String> params = query == null ? Map.of() : query;
        String q = params.get("q");
        if (q == null || q.isBlank() || q.length() > MAX_QUERY_CHARS || q.chars().anyMatch(Character::isISOControl)) {
            throw invalidQuery();
        }
        SummaryStore.SpeakerPage page;
        try {
            page = store.searchSpeakers(q, cursor(params), limit(params));
        } catch (SummaryStore.InvalidQueryException e) {
            throw invalidQuery();
        } catch (SummaryStore.QueryTooBroadException e) {
            throw new Problem(ProblemType.QUERY_TOO_BROAD, "More than " + e.limit() + " speakers' names begin with \""
                    + q.strip() + "\"; add letters.");
        }
        ObjectNode out = json.createObjectNode();
        out.put("query", q);
        ArrayNode speakers = out.putArray("speakers");
        page.speakers().forEach(s -> speakers.add(speaker(s)));
        out.put("next", page.nextCursor());
        return out.toString();
    }

    /** {@code GET /speakers/{name}/claims?since&until&act&kind&minCheckworthiness&limit&cursor}: the body, or a 300 problem. */
    String claims(String name, Map<String, String> query) {
        if (name == null || name.isBlank() || name.length() > MAX_SPEAKER_CHARS || name.chars().anyMatch(Character::isISOControl)) {
            throw new Problem(ProblemType.INVALID_SPEAKER, "A speaker name is 1 to " + MAX_SPEAKER_CHARS + " printable characters.");
        }
        Map<String, String> params = query == null ? Map.of() : query;
        ClaimFilter filter;
        try {
            filter = ClaimFilter.parse(params.get("since"), params.get("until"), params.get("act"), params.get("kind"),
                    params.get("minCheckworthiness"));
        } catch (ClaimFilter.InvalidFilterException e) {
            boolean date = e.parameter().equals("since") || e.parameter().equals("until");
            throw new Problem(date ? ProblemType.INVALID_DATE : ProblemType.INVALID_FILTER, e.getMessage());
        }
        int limit = limit(params);
        var found = store.speakerClaims(name, filter, cursor(params), limit);
        if (found.ambiguous()) {
            throw ambiguous(name, found.candidates());
        }
        ObjectNode out = json.createObjectNode();
        String resolved = found.speaker() == null ? name : found.speaker().name();
        out.put("speaker", resolved);
        if (!resolved.equals(name)) {
            out.put("requested", name);
        }
        ArrayNode claims = out.putArray("claims");
        for (var c : found.page().claims()) {
            ObjectNode item = claims.addObject();
            item.put("articleId", c.articleId());
            item.put("title", c.title());
            item.put("createdAt", c.createdAt());
            item.put("speaker", c.speaker());
            try {
                item.set("claim", json.readTree(c.claimJson()));
            } catch (Exception e) {
                item.putNull("claim");
            }
        }
        out.put("next", found.page().nextCursor());
        if (found.speaker() != null && params.get("cursor") == null) {
            // The first page also carries the listed speaker's claims per day, for a chart over time.
            ArrayNode days = out.putArray("days");
            for (var day : store.speakerDays(found.speaker().key())) {
                days.addObject().put("date", day.date()).put("claims", day.claims()).put("articles", day.articles());
            }
        }
        return out.toString();
    }

    private Problem ambiguous(String name, List<SummaryStore.SpeakerEntry> candidates) {
        ArrayNode list = json.createArrayNode();
        for (var c : candidates) {
            list.add(speaker(c).put("href", "/speakers/" + URLEncoder.encode(c.name(), StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/claims"));
        }
        return new Problem(ProblemType.AMBIGUOUS_SPEAKER, "\"" + name + "\" may be any of " + candidates.size()
                + " speakers; ask for one of the candidates by its full name.").with("candidates", list);
    }

    private ObjectNode speaker(SummaryStore.SpeakerEntry s) {
        ObjectNode node = json.createObjectNode();
        node.put("name", s.name());
        node.put("claims", s.claims());
        node.put("articles", s.articles());
        node.put("latest", s.latest());
        return node;
    }

    private static Problem invalidQuery() {
        return new Problem(ProblemType.INVALID_QUERY, "q is the beginning of a speaker's name: a word of two letters or more,"
                + " at most " + MAX_QUERY_CHARS + " printable characters.");
    }

    static int limit(Map<String, String> params) {
        if (!params.containsKey("limit")) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(params.get("limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Problem(ProblemType.INVALID_LIMIT, "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** The cursor parameter, refused early when it cannot be one of ours; the store checks the rest. */
    private static String cursor(Map<String, String> params) {
        String cursor = params.get("cursor");
        if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR_CHARS)) {
            throw new Problem(ProblemType.INVALID_CURSOR, "The cursor parameter is not one this API issued.");
        }
        return cursor;
    }
}
