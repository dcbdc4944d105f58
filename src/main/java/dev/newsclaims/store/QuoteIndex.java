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
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Quotation groups across articles ({@link QuoteGrouping} decides which claims are one quotation):
 * <pre>
 *   Q#{group id}      {createdAt}#{id}      one article's appearance: its first claim in the group, the speaker
 *                                           and its type, the title; queried oldest first
 *   Q#{group id}      #A                    the group was merged into an older one ({@code into})
 *   Q#{group id}      ~M#{other id}         the group {@code other id} was merged into this one
 *   QF#{fingerprint}  F                     the group a fingerprint of its forms leads to ({@code group})
 * </pre>
 * A claim reads the postings of its fingerprints (one batch of single-item reads), then the oldest appearances of
 * the groups they name (one query each), and posts the fingerprints no live group holds. An appearance is written
 * once per article and group; a posting once per fingerprint (and again only when its group has no appearance
 * left); no item grows, so a quotation in 10,000 articles makes 10,000 small appearance items and no hot item.
 * Appearance items are kept true like the speaker index: the summary item lists the groups it wrote
 * ({@code quoteKeys}), a rewrite deletes those it no longer has, a removal deletes them all (conditional on the
 * event order that wrote them). Postings and merge marks hold no words, only hashes and group ids: a group whose
 * articles are all gone answers nothing, and its postings are taken over by the next quotation that holds them.
 */
final class QuoteIndex implements QuoteGrouping.Postings {

    /** Characters of the claim text and quotation kept in an appearance (the summary keeps them whole). */
    static final int MAX_APPEARANCE_CHARS = 1_000;
    /** Appearances read for one group; a group beyond is answered with its oldest ones. */
    static final int MAX_APPEARANCES = 10_000;
    /** Groups one search reads at most. */
    static final int MAX_SEARCH_GROUPS = 20;
    /** Windows of a search's words looked up at most (one batch of single-item reads). */
    static final int MAX_SEARCH_WINDOWS = 100;
    /** Merged groups read into one at most. */
    static final int MAX_MERGED = 16;
    private static final int BATCH_GET = 100;
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

    /** The summary with each claim's group id set (reads the postings of its fingerprints, posts the new ones). */
    ArticleSummary group(ArticleSummary summary) {
        List<Claim> claims = summary.claims() == null ? List.of() : summary.claims();
        return summary.withClaims(QuoteGrouping.withIds(claims, QuoteGrouping.assign(claims, this)));
    }

    static String posting(String fingerprint) {
        return "QF#" + fingerprint;
    }

    /** The postings of these fingerprints: single-item reads, eventually consistent, 100 to a request. */
    @Override
    public Map<String, String> owners(Collection<String> fingerprints) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(fingerprints));
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH_GET) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String fp : all.subList(from, Math.min(all.size(), from + BATCH_GET))) {
                keys.add(key(posting(fp), "F"));
            }
            Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                final Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = db.batchGetItem(b -> b.requestItems(request));
                for (var item : response.responses().getOrDefault(table, List.of())) {
                    found.put(item.get("pk").s().substring(3), item.get("group").s());
                }
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                if (!pending.isEmpty()) {
                    if (attempt == MAX_BATCH_ATTEMPTS) {
                        throw new SummaryStore.StoreUnavailableException("DynamoDB left quotation postings unread after "
                                + MAX_BATCH_ATTEMPTS + " attempts");
                    }
                    Items.pause(Math.min(1_000L, 25L << attempt));
                }
            }
        }
        return found;
    }

    /**
     * A group's oldest appearances (one query), with the group it was merged into followed: the words compared
     * are this group's and the older one's; null when this group has no appearance left.
     */
    @Override
    public QuoteGrouping.Found group(String groupId) {
        return group(groupId, 0);
    }

    private QuoteGrouping.Found group(String groupId, int hops) {
        var items = db.query(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(partition(groupId))))
                .limit(QuoteGrouping.MAX_FORMS + 1)).items();
        List<List<String>> forms = new ArrayList<>();
        String into = null;
        String firstSeen = null;
        for (var item : items) {
            String sk = item.get("sk").s();
            if (sk.equals("#A")) {
                into = item.get("into").s();
            } else if (!sk.startsWith("~")) {
                forms.add(QuoteWords.of(quotation(item)));
                firstSeen = firstSeen == null ? item.get("createdAt").s() : firstSeen;
            }
        }
        if (forms.isEmpty()) {
            return null;
        }
        if (into != null && hops < MAX_MERGED) {
            QuoteGrouping.Found older = group(into, hops + 1);
            if (older != null) {
                List<List<String>> all = new ArrayList<>(forms);
                all.addAll(older.forms());
                return new QuoteGrouping.Found(older.groupId(), older.firstSeen(), all);
            }
        }
        return new QuoteGrouping.Found(groupId, firstSeen, forms);
    }

    /** Posts fingerprints for their groups (a batch write; a posting is the same item whoever writes it). */
    @Override
    public void post(Map<String, String> groupByFingerprint) {
        List<WriteRequest> writes = new ArrayList<>();
        groupByFingerprint.forEach((fp, group) -> writes.add(WriteRequest.builder().putRequest(PutRequest.builder()
                .item(Map.of("pk", s(posting(fp)), "sk", s("F"), "group", s(group))).build()).build()));
        for (int from = 0; from < writes.size(); from += BATCH_WRITE) {
            writeBatch(writes.subList(from, Math.min(writes.size(), from + BATCH_WRITE)));
        }
    }

    /** Marks {@code from} as part of {@code into} on both groups: two small items, written once per merge. */
    @Override
    public void merge(String from, String into) {
        writeBatch(List.of(
                WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(Map.of("pk", s(partition(from)), "sk", s("#A"), "into", s(into))).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder()
                        .item(Map.of("pk", s(partition(into)), "sk", s("~M#" + from))).build()).build()));
    }

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

    /**
     * A group's appearances, oldest first (at most {@value #MAX_APPEARANCES}), with those of the groups merged into
     * it (one article once); a group merged into another answers as that one; null when it has none.
     */
    QuoteGroup read(String groupId) {
        String id = groupId;
        for (int hops = 0; hops < MAX_MERGED; hops++) {
            final String pk = partition(id);
            var first = db.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(pk))).limit(1)).items();
            if (first.isEmpty() || !first.get(0).get("sk").s().equals("#A")) {
                break;
            }
            id = first.get(0).get("into").s(); // merged away: answer as the group it joined
        }
        Map<String, QuoteGroup.Appearance> byArticle = new LinkedHashMap<>();
        List<String> partitions = new ArrayList<>(List.of(id));
        for (int p = 0; p < partitions.size() && p < MAX_MERGED && byArticle.size() < MAX_APPEARANCES; p++) {
            final String pk = partition(partitions.get(p));
            Map<String, AttributeValue> start = null;
            do {
                final Map<String, AttributeValue> from = start;
                QueryResponse page = db.query(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(pk)))
                        .exclusiveStartKey(from)
                        .limit(1_000));
                for (var item : page.items()) {
                    String sk = item.get("sk").s();
                    if (sk.startsWith("~M#")) {
                        if (!partitions.contains(sk.substring(3))) {
                            partitions.add(sk.substring(3));
                        }
                    } else if (!sk.startsWith("#")) {
                        QuoteGroup.Appearance a = appearance(item);
                        byArticle.merge(a.articleId(), a, (x, y) -> x.createdAt().compareTo(y.createdAt()) <= 0 ? x : y);
                    }
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null && byArticle.size() < MAX_APPEARANCES);
        }
        List<QuoteGroup.Appearance> appearances = new ArrayList<>(byArticle.values());
        appearances.sort(java.util.Comparator.comparing(QuoteGroup.Appearance::createdAt));
        if (appearances.size() > MAX_APPEARANCES) {
            appearances = appearances.subList(0, MAX_APPEARANCES);
        }
        return appearances.isEmpty() ? null : new QuoteGroup(id, appearances);
    }

    /**
     * The groups whose quotation holds these words in a row (six or more), most appearances first. Every window of
     * the words (at most {@value #MAX_SEARCH_WINDOWS}) is looked up as a posted fingerprint, and a group is kept when
     * one of its appearances holds the words. Words of eight or more in a row from any form of a group always hold
     * one of its fingerprints ({@link QuoteMatch}); six or seven words, when they do.
     */
    List<QuoteGroup> search(List<String> words) {
        List<String> windows = QuoteMatch.windows(words);
        Map<String, String> owners = owners(windows.subList(0, Math.min(windows.size(), MAX_SEARCH_WINDOWS)));
        Set<String> candidates = new LinkedHashSet<>();
        for (String w : windows) {
            if (owners.containsKey(w)) {
                candidates.add(owners.get(w));
            }
        }
        Map<String, QuoteGroup> groups = new LinkedHashMap<>();
        int read = 0;
        for (String id : candidates) {
            if (groups.size() == MAX_SEARCH_GROUPS || read++ == 2 * MAX_SEARCH_GROUPS) {
                break;
            }
            QuoteGroup g = read(id);
            if (g != null && !groups.containsKey(g.id())
                    && g.appearances().stream().anyMatch(a -> QuoteMatch.contains(QuoteWords.of(a.quotation()), words))) {
                groups.put(g.id(), g);
            }
        }
        List<QuoteGroup> out = new ArrayList<>(groups.values());
        out.sort((a, b) -> b.appearances().size() != a.appearances().size()
                ? b.appearances().size() - a.appearances().size()
                : a.appearances().get(0).createdAt().compareTo(b.appearances().get(0).createdAt()));
        return out;
    }

    private QuoteGroup.Appearance appearance(Map<String, AttributeValue> item) {
        com.fasterxml.jackson.databind.JsonNode claim;
        try {
            claim = json.readTree(item.get("claim").s());
        } catch (JsonProcessingException e) {
            claim = null;
        }
        return new QuoteGroup.Appearance(item.get("articleId").s(), Items.opt(item, "title"), item.get("createdAt").s(),
                Items.opt(item, "speaker"), Items.opt(item, "speakerType"), quotation(item), claim);
    }

    /** The quoted words of an appearance: from its claim (an item written before this was kept them apart). */
    private String quotation(Map<String, AttributeValue> item) {
        String kept = Items.opt(item, "quotation");
        if (kept != null || !item.containsKey("claim")) {
            return kept;
        }
        try {
            var claim = json.readTree(item.get("claim").s());
            return QuoteWords.quotation(claim.path("text").asText(null), claim.path("kind").asText(null));
        } catch (JsonProcessingException e) {
            return null;
        }
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
