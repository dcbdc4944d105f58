package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.s;
import static dev.newsclaims.store.Items.truncate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import dev.newsclaims.quotes.QuoteGroup;
import dev.newsclaims.quotes.QuoteGrouping;
import dev.newsclaims.quotes.QuoteMatch;
import dev.newsclaims.quotes.QuoteWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Quotation groups across articles ({@link QuoteGrouping} decides which claims are one quotation):
 * <pre>
 *   Q#{group id}      {createdAt}#{id}      one article's appearance: its first claim in the group, the speaker
 *                                           and its type, the title, the quoted words; queried oldest first
 * </pre>
 * A group is named by an anchor (a window hash) of its first form and is nothing but its appearance items: a
 * claim finds its group by reading the oldest item under each of its anchors, and a group whose articles are all
 * gone leaves nothing behind.
 * Appearance items are kept true like the speaker index: the summary item lists the groups it wrote
 * ({@code quoteKeys}), a rewrite deletes those it no longer has, a removal deletes them all (conditional on the
 * event order that wrote them). No group item is counted or rewritten: counts and conflicts are read from the
 * appearances, so a quotation in 10,000 articles makes 10,000 small items and no hot item.
 */
final class QuoteIndex implements QuoteGrouping.Anchors {

    /** Characters of the claim text and quotation kept in an appearance (the summary keeps them whole). */
    static final int MAX_APPEARANCE_CHARS = 1_000;
    /** Appearances read for one group; a group beyond is answered with its oldest ones. */
    static final int MAX_APPEARANCES = 10_000;
    /** Groups one search reads at most. */
    static final int MAX_SEARCH_GROUPS = 20;
    /** Windows of a search's words looked up at most (one query each). */
    static final int MAX_SEARCH_WINDOWS = 40;
    private static final int BATCH_WRITE = 25;
    private static final int MAX_BATCH_ATTEMPTS = 8;

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    QuoteIndex(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
    }

    static String partition(String groupId) {
        return "Q#" + groupId;
    }

    /** The summary with each claim's group id set (reads the claims' anchors, writes the new ones). */
    ArticleSummary group(ArticleSummary summary) {
        List<Claim> claims = summary.claims() == null ? List.of() : summary.claims();
        return summary.withClaims(QuoteGrouping.withIds(claims, QuoteGrouping.assign(claims, this)));
    }

    /**
     * The groups named by these hashes that have an appearance, with the words of their oldest one: one query of
     * one item per hash (eventually consistent: two articles storing one new quotation at once both name its group
     * by the same anchor).
     */
    @Override
    public Map<String, QuoteGrouping.Anchor> read(Collection<String> hashes) {
        Map<String, QuoteGrouping.Anchor> found = new HashMap<>();
        for (String hash : new LinkedHashSet<>(hashes)) {
            var oldest = db.query(b -> b.tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(partition(hash))))
                    .limit(1)).items();
            if (!oldest.isEmpty()) {
                found.put(hash, new QuoteGrouping.Anchor(hash, QuoteWords.of(Items.opt(oldest.get(0), "quotation"))));
            }
        }
        return found;
    }

    /** Nothing to write: a new group is its first appearance, written with the summary's other items. */
    @Override
    public void addIfAbsent(String hash, QuoteGrouping.Anchor anchor) {}

    /** The groups of a prepared summary's kept claims. */
    static Set<String> groupIds(SummaryItems.Prepared prepared) {
        Set<String> ids = new TreeSet<>();
        for (Claim c : prepared.claims()) {
            if (c.quoteId() != null) {
                ids.add(c.quoteId());
            }
        }
        return ids;
    }

    /** Writes one appearance per group of the summary's kept claims: the first claim of the article in each. */
    void write(SummaryItems.Prepared prepared, String createdAt, String order) {
        Map<String, Claim> firstByGroup = new LinkedHashMap<>();
        for (Claim c : prepared.claims()) {
            if (c.quoteId() != null) {
                firstByGroup.putIfAbsent(c.quoteId(), c);
            }
        }
        List<WriteRequest> writes = new ArrayList<>();
        for (var entry : firstByGroup.entrySet()) {
            Claim claim = entry.getValue();
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("pk", s(partition(entry.getKey())));
            item.put("sk", s(createdAt + "#" + prepared.id()));
            item.put("articleId", s(prepared.id()));
            item.put("createdAt", s(createdAt));
            if (prepared.title() != null && !prepared.title().isEmpty()) {
                item.put("title", s(truncate(prepared.title(), 500)));
            }
            if (claim.speaker() != null && !claim.speaker().isBlank()) {
                item.put("speaker", s(truncate(claim.speaker(), 500)));
                String type = speakerType(prepared.speakers(), claim.speaker());
                if (type != null) {
                    item.put("speakerType", s(type));
                }
            }
            item.put("quotation", s(truncate(QuoteWords.quotation(claim), MAX_APPEARANCE_CHARS)));
            item.put("claim", s(claimJson(claim)));
            if (order != null) {
                item.put("sequencer", s(order));
            }
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        for (int from = 0; from < writes.size(); from += BATCH_WRITE) {
            writeBatch(writes.subList(from, Math.min(writes.size(), from + BATCH_WRITE)));
        }
    }

    /** Deletes one appearance unless a newer event (order above {@code order}) wrote it; null order: a post's. */
    void delete(String groupId, String createdAt, String id, String order) {
        try {
            db.deleteItem(b -> {
                b.tableName(table).key(key(partition(groupId), createdAt + "#" + id));
                if (order != null) {
                    b.conditionExpression("sequencer <= :order").expressionAttributeValues(Map.of(":order", s(order)));
                }
            });
        } catch (ConditionalCheckFailedException absentOrNewer) {
            // nothing to delete, or not ours to delete
        }
    }

    /** A group's appearances, oldest first (at most {@value #MAX_APPEARANCES}), or null when it has none. */
    QuoteGroup read(String groupId) {
        List<QuoteGroup.Appearance> appearances = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            QueryResponse page = db.query(b -> b.tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(partition(groupId))))
                    .exclusiveStartKey(from)
                    .limit(Math.min(1_000, MAX_APPEARANCES - appearances.size())));
            for (var item : page.items()) {
                appearances.add(appearance(item));
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && appearances.size() < MAX_APPEARANCES);
        return appearances.isEmpty() ? null : new QuoteGroup(groupId, appearances);
    }

    /**
     * The groups whose quotation holds these words in a row (six or more), most appearances first. Every window of
     * the words (at most {@value #MAX_SEARCH_WINDOWS}) is looked up as a group's name, and a group is kept when its
     * oldest appearance holds the words: always found by the whole words of its first form, and by a part of them
     * that holds the window it is named by.
     */
    List<QuoteGroup> search(List<String> words) {
        List<String> windows = QuoteMatch.windows(words);
        Map<String, QuoteGrouping.Anchor> anchors = read(windows.subList(0, Math.min(windows.size(), MAX_SEARCH_WINDOWS)));
        Set<String> ids = new LinkedHashSet<>();
        for (String w : windows) {
            var anchor = anchors.get(w);
            if (anchor != null && QuoteMatch.contains(anchor.words(), words)) {
                ids.add(anchor.groupId());
            }
        }
        List<QuoteGroup> groups = new ArrayList<>();
        for (String id : ids) {
            if (groups.size() == MAX_SEARCH_GROUPS) {
                break;
            }
            QuoteGroup g = read(id);
            if (g != null) {
                groups.add(g);
            }
        }
        groups.sort((a, b) -> b.appearances().size() != a.appearances().size()
                ? b.appearances().size() - a.appearances().size()
                : a.appearances().get(0).createdAt().compareTo(b.appearances().get(0).createdAt()));
        return groups;
    }

    private QuoteGroup.Appearance appearance(Map<String, AttributeValue> item) {
        com.fasterxml.jackson.databind.JsonNode claim;
        try {
            claim = json.readTree(item.get("claim").s());
        } catch (JsonProcessingException e) {
            claim = null;
        }
        return new QuoteGroup.Appearance(item.get("articleId").s(), Items.opt(item, "title"), item.get("createdAt").s(),
                Items.opt(item, "speaker"), Items.opt(item, "speakerType"), Items.opt(item, "quotation"), claim);
    }

    private String claimJson(Claim claim) {
        ObjectNode node = json.valueToTree(claim);
        if (claim.text() != null && claim.text().length() > MAX_APPEARANCE_CHARS) {
            node.put("text", claim.text().substring(0, MAX_APPEARANCE_CHARS));
            node.put("textTruncated", true);
        }
        return node.toString();
    }

    private static String speakerType(List<Speaker> speakers, String name) {
        for (Speaker s : speakers) {
            if (name.equals(s.name())) {
                return s.type();
            }
        }
        return null;
    }

    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; attempt <= MAX_BATCH_ATTEMPTS; attempt++) {
            final Map<String, List<WriteRequest>> request = pending;
            var response = db.batchWriteItem(b -> b.requestItems(request));
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return;
            }
            pending = response.unprocessedItems();
            Items.pause(Math.min(1_000L, 25L << attempt));
        }
        throw new SummaryStore.StoreUnavailableException("DynamoDB left quotation appearances unprocessed after "
                + MAX_BATCH_ATTEMPTS + " attempts");
    }
}
