package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reading the speaker index ({@link SpeakerIndex}): a speaker's claims newest article first, the dates as
 * a key range, acts and kinds as a filter on the items (which say which they hold) and then on their claims.
 */
final class ClaimPages {

    /** A filtered page reads on through items without a wanted claim, but not forever in one request. */
    private static final int MAX_QUERIES_PER_PAGE = 10;
    private static final Pattern CURSOR_KEY = Pattern.compile("[0-9T:.Z+-]{10,40}#[0-9a-f]{32}");

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    ClaimPages(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
    }

    /**
     * One page of a speaker's claims across articles, newest article first: the claims of at most
     * {@code limit} articles that have a claim the filter wants. {@code cursor} is opaque, from the previous page.
     */
    SummaryStore.ClaimsPage page(String speakerKey, ClaimFilter filter, String cursor, int limit) {
        String pk = SpeakerIndex.partition(speakerKey);
        String start = cursor == null ? null : decodeCursor(cursor, filter);
        List<SummaryStore.IndexedClaim> claims = new ArrayList<>();
        int articles = 0;
        String next = null;
        for (int queries = 0; queries < MAX_QUERIES_PER_PAGE && articles < limit; queries++) {
            QueryResponse response = db.query(query(pk, filter, start, limit - articles));
            for (var item : response.items()) {
                if (addClaims(item, filter, claims)) {
                    articles++;
                }
            }
            boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
            start = more ? response.lastEvaluatedKey().get("sk").s() : null;
            next = more ? encodeCursor(start) : null;
            if (!more) {
                break;
            }
        }
        return new SummaryStore.ClaimsPage(claims, next);
    }

    private QueryRequest query(String pk, ClaimFilter filter, String start, int limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        values.put(":pk", s(pk));
        String keyCondition = "pk = :pk";
        if (filter.fromKey() != null && filter.toKey() != null) {
            keyCondition += " AND sk BETWEEN :from AND :to";
        } else if (filter.fromKey() != null) {
            keyCondition += " AND sk >= :from";
        } else if (filter.toKey() != null) {
            keyCondition += " AND sk <= :to";
        }
        if (filter.fromKey() != null) {
            values.put(":from", s(filter.fromKey()));
        }
        if (filter.toKey() != null) {
            values.put(":to", s(filter.toKey()));
        }
        List<String> conditions = new ArrayList<>();
        conditions.add(anyOf("acts", "a", filter.acts(), values));
        conditions.add(anyOf("kinds", "k", filter.kinds(), values));
        conditions.removeIf(c -> c == null);
        var query = QueryRequest.builder().tableName(table).keyConditionExpression(keyCondition)
                .scanIndexForward(false).limit(limit);
        if (!conditions.isEmpty()) {
            query.filterExpression(String.join(" AND ", conditions));
        }
        if (start != null) {
            query.exclusiveStartKey(key(pk, start));
        }
        return query.expressionAttributeValues(values).build();
    }

    /** Items written before acts and kinds were recorded pass here; their claims are sorted out in {@link #addClaims}. */
    private static String anyOf(String attribute, String prefix, Set<String> wanted, Map<String, AttributeValue> values) {
        if (wanted.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add("attribute_not_exists(" + attribute + ")");
        int i = 0;
        for (String w : wanted) {
            values.put(":" + prefix + i, s(w));
            parts.add("contains(" + attribute + ", :" + prefix + i++ + ")");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** Adds the item's claims that the filter wants; whether there was one. */
    private boolean addClaims(Map<String, AttributeValue> item, ClaimFilter filter, List<SummaryStore.IndexedClaim> into) {
        String title = item.containsKey("title") ? item.get("title").s() : null;
        boolean any = false;
        try {
            for (JsonNode claim : json.readTree(claimsJson(item))) {
                String act = claim.hasNonNull("act") ? claim.get("act").asText() : null;
                if (!filter.accepts(act, claim.path("kind").asText(null), claim.path("checkworthiness").asDouble(0))) {
                    continue;
                }
                into.add(new SummaryStore.IndexedClaim(item.get("speaker").s(), item.get("articleId").s(),
                        item.get("createdAt").s(), title, claim.toString()));
                any = true;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable index item " + item.get("sk").s(), e);
        }
        return any;
    }

    /** Items written before the claims were gzipped hold them as a plain JSON string. */
    private static String claimsJson(Map<String, AttributeValue> item) {
        var gz = item.get("claimsGz");
        return gz != null && gz.b() != null ? SummaryItems.gunzip(gz.b().asByteArray()) : item.get("claims").s();
    }

    private static String encodeCursor(String sk) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sk.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor is the sort key to continue after; one that is not ours, or outside the dates asked for, is refused. */
    private static String decodeCursor(String cursor, ClaimFilter filter) {
        try {
            String sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!CURSOR_KEY.matcher(sk).matches() || !filter.contains(sk)) {
                throw new IllegalArgumentException("invalid cursor");
            }
            return sk;
        } catch (IllegalArgumentException e) {
            throw new SummaryStore.InvalidCursorException();
        }
    }
}
