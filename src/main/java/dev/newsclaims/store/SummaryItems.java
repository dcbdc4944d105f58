package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.s;
import static dev.newsclaims.store.Items.truncate;
import static dev.newsclaims.store.Items.utf8Length;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Speaker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The summary items, {@code A#{id}} / {@code SUMMARY}: the summary JSON gzipped, within DynamoDB's item
 * limit; {@code createdAt}; the index keys ever written for it ({@code speakerKeys}), those of them
 * counted in the speaker directory ({@code listedKeys}) and the quotation groups it appears in ({@code quoteKeys}),
 * so that removing the article finds them all.
 */
final class SummaryItems {

    /** DynamoDB's item limit is 400 KB; leave room for keys and the other attributes of the summary item. */
    static final int MAX_SUMMARY_GZ_BYTES = 350_000;
    /** Speakers of these types are listed in the directory; groups, places and roles only are not. */
    private static final Set<String> LISTED_TYPES = Set.of("person", "organization");

    private final DynamoDbClient db;
    private final String table;
    private final ObjectMapper json;

    SummaryItems(DynamoDbClient db, String table, ObjectMapper json) {
        this.db = db;
        this.table = table;
        this.json = json;
    }

    /**
     * A summary ready to store: its JSON within the item limit, gzipped, the claims it kept by speaker key,
     * and which of those speakers the article names as a person or an organisation.
     */
    record Prepared(String id, String title, String json, byte[] gzipped, int jsonBytes,
            Map<String, List<Claim>> bySpeaker, Set<String> listed, List<Claim> claims, List<Speaker> speakers) {
        Set<String> speakerKeys() {
            return bySpeaker.keySet();
        }
    }

    static Map<String, AttributeValue> itemKey(String id) {
        return key("A#" + id, "SUMMARY");
    }

    Map<String, AttributeValue> item(Prepared prepared, String createdAt, String order, Set<String> keys, Set<String> listed,
            Set<String> quoteKeys) {
        Map<String, AttributeValue> item = new HashMap<>(itemKey(prepared.id()));
        item.put("id", s(prepared.id()));
        item.put("createdAt", s(createdAt));
        item.put("summaryGz", AttributeValue.builder().b(SdkBytes.fromByteArray(prepared.gzipped())).build());
        item.put("summaryBytes", Items.n(prepared.jsonBytes()));
        if (prepared.title() != null && !prepared.title().isEmpty()) {
            item.put("title", s(truncate(prepared.title(), 1_000)));
        }
        if (order != null) {
            item.put("sequencer", s(order));
        }
        if (!keys.isEmpty()) {
            item.put("speakerKeys", Items.ss(keys));
        }
        if (!listed.isEmpty()) {
            item.put("listedKeys", Items.ss(listed));
        }
        if (!quoteKeys.isEmpty()) {
            item.put("quoteKeys", Items.ss(quoteKeys));
        }
        return item;
    }

    /** The summary item read consistently, or null. */
    Map<String, AttributeValue> get(String id) {
        var response = db.getItem(b -> b.tableName(table).consistentRead(true).key(itemKey(id)));
        return Items.present(response.item()) ? response.item() : null;
    }

    static String summaryJson(Map<String, AttributeValue> item) {
        return gunzip(item.get("summaryGz").b().asByteArray());
    }

    /**
     * The summary as stored: gzipped JSON within the item limit, measured on the gzipped bytes that are
     * actually stored. When too large (a huge article with thousands of claims), claims are dropped from
     * the end (least prominent, as they are ranked by position) and long texts shortened, and the
     * document says so in {@code "truncated"}; the write never fails. Only the claims kept are indexed.
     */
    Prepared prepare(ArticleSummary summary) {
        List<Claim> all = summary.claims() == null ? List.of() : summary.claims();
        String text = write(summary);
        byte[] gz = gzip(text);
        int kept = all.size();
        if (gz.length > MAX_SUMMARY_GZ_BYTES) {
            ObjectNode node = json.valueToTree(summary);
            ArrayNode claims = node.withArray("claims");
            for (var claim : claims) {
                var words = claim.path("text").asText("");
                if (words.length() > SpeakerIndex.MAX_INDEXED_CLAIM_CHARS) {
                    ((ObjectNode) claim).put("text", words.substring(0, SpeakerIndex.MAX_INDEXED_CLAIM_CHARS));
                    ((ObjectNode) claim).put("textTruncated", true);
                }
            }
            ObjectNode truncated = node.putObject("truncated");
            truncated.put("claimsKept", claims.size());
            truncated.put("claimsFound", all.size());
            text = write(node);
            gz = gzip(text);
            while (gz.length > MAX_SUMMARY_GZ_BYTES && claims.size() > 0) {
                int keep = claims.size() / 2;
                while (claims.size() > keep) {
                    claims.remove(claims.size() - 1);
                }
                truncated.put("claimsKept", claims.size());
                text = write(node);
                gz = gzip(text);
            }
            if (gz.length > MAX_SUMMARY_GZ_BYTES) {
                // Still too large (enormous summary or entity lists): keep only what identifies the article.
                node.remove(List.of("entities", "speakers", "summary"));
                node.put("title", truncate(node.path("title").asText(""), 1_000));
                truncated.put("listsDropped", true);
                text = write(node);
                gz = gzip(text);
            }
            kept = claims.size();
        }
        Map<String, List<Claim>> bySpeaker = new LinkedHashMap<>();
        for (Claim claim : all.subList(0, kept)) {
            if (claim.speaker() != null && !claim.speaker().isBlank()) {
                bySpeaker.computeIfAbsent(SpeakerNames.key(claim.speaker()), k -> new ArrayList<>()).add(claim);
            }
        }
        Set<String> listed = new HashSet<>();
        for (Speaker speaker : summary.speakers() == null ? List.<Speaker>of() : summary.speakers()) {
            String key = speaker.name() == null ? null : SpeakerNames.key(speaker.name());
            if (key != null && LISTED_TYPES.contains(speaker.type()) && bySpeaker.containsKey(key)) {
                listed.add(key);
            }
        }
        return new Prepared(summary.id(), summary.title(), text, gz, utf8Length(text), bySpeaker, Set.copyOf(listed),
                List.copyOf(all.subList(0, kept)), summary.speakers() == null ? List.of() : summary.speakers());
    }

    private String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary not serialisable", e);
        }
    }

    static byte[] gzip(String text) {
        var out = new ByteArrayOutputStream(text.length() / 3 + 64);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String gunzip(byte[] bytes) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("stored summary is not valid gzip", e);
        }
    }
}
