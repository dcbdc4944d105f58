package dev.newsclaims.handler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.quotes.QuoteGroup;
import dev.newsclaims.quotes.QuoteWords;
import dev.newsclaims.store.SummaryStore;
import java.util.Map;

/**
 * The quotation routes of the HTTP API: {@code GET /quotes?text=} (the groups whose quotation holds those words)
 * and {@code GET /quotes/{id}} (every appearance of one group). Answers are JSON bodies; every refusal is a
 * {@link Problem}.
 */
final class QuoteRequests {

    static final int MAX_TEXT_CHARS = 2_000;
    /** Appearances listed in one answer (≈ 1 KB each), so that it stays far within Lambda's 6 MB response limit. */
    static final int MAX_LISTED = 1_000;

    private final SummaryStore store;
    private final ObjectMapper json;

    QuoteRequests(SummaryStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** {@code GET /quotes?text=…}: the body of the answer. */
    String search(Map<String, String> query) {
        String text = query == null ? null : query.get("text");
        if (text == null || text.length() > MAX_TEXT_CHARS || text.chars().anyMatch(Character::isISOControl)) {
            throw invalidQuery();
        }
        java.util.List<QuoteGroup> groups;
        try {
            groups = store.searchQuotes(text);
        } catch (SummaryStore.InvalidQueryException e) {
            throw invalidQuery();
        }
        ObjectNode out = json.createObjectNode();
        out.put("query", text);
        ArrayNode quotes = out.putArray("quotes");
        groups.forEach(g -> quotes.add(g.summaryJson(json)));
        out.putNull("next");
        return out.toString();
    }

    /** {@code GET /quotes/{id}}: the body of the answer. */
    String group(String id) {
        return store.quoteGroup(id)
                .map(g -> g.fullJson(json, MAX_LISTED).toString())
                .orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "No stored article holds a quotation with id " + id + "."));
    }

    private static Problem invalidQuery() {
        return new Problem(ProblemType.INVALID_QUOTE_QUERY, "text is the words of a quotation: at least "
                + QuoteWords.MIN_WORDS + " words, at most " + MAX_TEXT_CHARS + " printable characters.");
    }
}
