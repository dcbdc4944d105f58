package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.n;
import static dev.newsclaims.store.Items.opt;
import static dev.newsclaims.store.Items.s;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The speaker directory: for each listed speaker (named as a person or an organisation in at least one
 * stored article) one entry per directory word ({@link SpeakerNames#directoryWords}), holding the
 * speaker's totals: {@code N#{first two letters}} / {@code {word}#{speaker key}}. A prefix ("stolt") is
 * one query, {@code begins_with(sk, "stolt")} in the partition of its first two letters; the partition
 * spreads writes over the alphabet instead of one hot directory key. Results are ranked most recent
 * first after reading them, which keeps each entry's key fixed (a key ordered by date would be a delete
 * and a put, two writes, on every article); a prefix matching more than {@code maxMatches} speakers is
 * refused as too broad rather than read without end.
 */
final class SpeakerDirectory {

    /** A search reads at most this many entries before asking for more letters. */
    static final int MAX_MATCHES = 5_000;
    private static final int MAX_ATTEMPTS = 8;
    private static final Pattern STORED_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private final DynamoDbClient db;
    private final String table;
    private final int maxMatches;

    SpeakerDirectory(DynamoDbClient db, String table, int maxMatches) {
        this.db = db;
        this.table = table;
        this.maxMatches = maxMatches;
    }

    private static String partition(String word) {
        int end = word.offsetByCodePoints(0, Math.min(2, word.codePointCount(0, word.length())));
        return "N#" + word.substring(0, end);
    }

    /**
     * Rewrites the entries of a speaker from its month items: the totals, or no entries once no listed
     * article is left. Conditional on each entry's generation as read before the month items were read;
     * rewritten even when equal if {@code changed} (a month's totals changed: see
     * {@link SpeakerTallies#recountMonth} for why), else only when they disagree.
     */
    void refresh(String speakerKey, boolean changed) {
        var words = SpeakerNames.directoryWords(speakerKey);
        for (int attempt = 1; ; attempt++) {
            Map<String, Map<String, AttributeValue>> current = new LinkedHashMap<>();
            for (String word : words) {
                var response = db.getItem(b -> b.tableName(table).consistentRead(true).key(entryKey(word, speakerKey)));
                current.put(word, Items.present(response.item()) ? response.item() : null);
            }
            SummaryStore.SpeakerEntry totals = totals(speakerKey);
            try {
                for (var entry : current.entrySet()) {
                    write(entry.getKey(), speakerKey, entry.getValue(), totals, changed);
                }
                return;
            } catch (ConditionalCheckFailedException raced) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new SummaryStore.StoreUnavailableException("the directory entry of a speaker kept changing underneath");
                }
                Items.pause(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 5)));
            }
        }
    }

    private static Map<String, AttributeValue> entryKey(String word, String speakerKey) {
        return key(partition(word), word + "#" + speakerKey);
    }

    /** The speaker's totals over its month items (one query; a month item per month the speaker was quoted). */
    private SummaryStore.SpeakerEntry totals(String speakerKey) {
        long claims = 0;
        long articles = 0;
        String latest = "";
        String name = null;
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            QueryResponse page = db.query(q -> q.tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(SpeakerTallies.partition(speakerKey))))
                    .exclusiveStartKey(from));
            for (var month : page.items()) {
                claims += Items.number(month, "claims");
                articles += Items.number(month, "articles");
                String monthLatest = opt(month, "latest");
                if (monthLatest != null && monthLatest.compareTo(latest) > 0) {
                    latest = monthLatest;
                    name = opt(month, "name");
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new SummaryStore.SpeakerEntry(name == null || name.isEmpty() ? speakerKey : name, speakerKey, claims, articles,
                articles == 0 ? null : latest);
    }

    /** Writes one entry; a speaker with nothing left keeps an expiring zero entry, for the reason in {@link SpeakerTallies}. */
    private void write(String word, String speakerKey, Map<String, AttributeValue> current, SummaryStore.SpeakerEntry totals,
            boolean changed) {
        if (!changed && (current == null ? totals.articles() == 0 : same(totals, entry(current)))) {
            return;
        }
        Map<String, AttributeValue> seen = current == null ? null : Map.of(":gen", current.get("gen"));
        String condition = current == null ? "attribute_not_exists(pk)" : "gen = :gen";
        Map<String, AttributeValue> item = new HashMap<>(entryKey(word, speakerKey));
        item.put("speaker", s(speakerKey));
        item.put("name", s(totals.name()));
        item.put("claims", n(totals.claims()));
        item.put("articles", n(totals.articles()));
        if (totals.articles() == 0) {
            Items.tombstone(item);
        } else {
            item.put("latest", s(totals.latest()));
        }
        item.put("gen", s(UUID.randomUUID().toString()));
        db.putItem(b -> b.tableName(table).item(item).conditionExpression(condition).expressionAttributeValues(seen));
    }

    private static boolean same(SummaryStore.SpeakerEntry a, SummaryStore.SpeakerEntry b) {
        return a.articles() == 0 && b.articles() == 0 || a.equals(b);
    }

    private static SummaryStore.SpeakerEntry entry(Map<String, AttributeValue> item) {
        return new SummaryStore.SpeakerEntry(item.get("name").s(), item.get("speaker").s(), Items.number(item, "claims"),
                Items.number(item, "articles"), opt(item, "latest"));
    }

    /** Entries whose directory word begins with {@code prefix} (or is {@code word} exactly, with {@code exact}). */
    private List<SummaryStore.SpeakerEntry> lookup(String word, boolean exact) {
        Map<String, SummaryStore.SpeakerEntry> byKey = new LinkedHashMap<>();
        int read = 0;
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            QueryResponse page = db.query(q -> q.tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :word)")
                    .expressionAttributeValues(Map.of(":pk", s(partition(word)), ":word", s(exact ? word + "#" : word)))
                    .exclusiveStartKey(from));
            for (var item : page.items()) {
                var entry = entry(item);
                if (entry.articles() > 0) {
                    byKey.putIfAbsent(entry.key(), entry);
                }
            }
            read += page.count();
            if (read > maxMatches) {
                throw new SummaryStore.QueryTooBroadException(maxMatches);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new ArrayList<>(byKey.values());
    }

    /** Most recent first; speakers quoted at the same moment by key, so that the order is total and pages are stable. */
    private static final Comparator<SummaryStore.SpeakerEntry> RECENT_FIRST =
            Comparator.comparing(SummaryStore.SpeakerEntry::latest).reversed().thenComparing(SummaryStore.SpeakerEntry::key);

    /**
     * Speakers whose name has a word beginning with each typed word ("stolt", "jens st"), most recent
     * first. One typed word is looked up ({@link #lookupWord}); the others filter.
     */
    SummaryStore.SpeakerPage search(String query, String cursor, int limit) {
        List<String> typed = SpeakerNames.words(query);
        String lookup = lookupWord(typed);
        if (lookup == null || lookup.length() < 2) {
            throw new SummaryStore.InvalidQueryException();
        }
        String check = Integer.toHexString(String.join(" ", typed).hashCode());
        List<SummaryStore.SpeakerEntry> found = new ArrayList<>(lookup(lookup, false).stream()
                .filter(e -> SpeakerNames.matchesPrefixes(typed, e.key())).toList());
        found.sort(RECENT_FIRST);
        int from = 0;
        if (cursor != null) {
            SummaryStore.SpeakerEntry after = decodeCursor(cursor, check);
            while (from < found.size() && RECENT_FIRST.compare(found.get(from), after) <= 0) {
                from++;
            }
        }
        int to = Math.min(found.size(), from + limit);
        String next = to < found.size() ? encodeCursor(found.get(to - 1), check) : null;
        return new SummaryStore.SpeakerPage(found.subList(from, to), next);
    }

    /**
     * Which listed speaker a name means: the speaker of exactly that key, else those whose words include
     * every word written (a surname, a given name, "J. Stoltenberg", "Stoltenberg, Jens"), newest first.
     * An empty list of candidates: no listed speaker by that name.
     */
    List<SummaryStore.SpeakerEntry> candidates(String name) {
        String key = SpeakerNames.key(name);
        List<String> written = SpeakerNames.queryWords(name);
        String lookup = lookupWord(written);
        if (lookup == null || lookup.length() < 2) {
            return List.of();
        }
        List<SummaryStore.SpeakerEntry> entries = lookup(lookup, true);
        for (var e : entries) {
            if (e.key().equals(key)) {
                return List.of(e);
            }
        }
        List<SummaryStore.SpeakerEntry> matching = new ArrayList<>(entries.stream()
                .filter(e -> SpeakerNames.sameName(written, e.key())).toList());
        matching.sort(RECENT_FIRST);
        return matching;
    }

    /**
     * The word to look up: the longer of the first and the last written word (the last of equals), as only
     * first and last words are directory words; the other words filter what it finds.
     */
    private static String lookupWord(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        return first.length() > last.length() ? first : last;
    }

    private static String encodeCursor(SummaryStore.SpeakerEntry last, String check) {
        String raw = last.latest() + "\n" + last.key() + "\n" + check;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor names the last speaker of the previous page, for the same query; anything else is refused. */
    private static SummaryStore.SpeakerEntry decodeCursor(String cursor, String check) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 3 || !STORED_TIME.matcher(parts[0]).matches() || parts[1].isEmpty()
                    || parts[1].length() > SpeakerNames.MAX_KEY_CHARS || !Objects.equals(parts[2], check)) {
                throw new IllegalArgumentException("invalid cursor");
            }
            return new SummaryStore.SpeakerEntry(null, parts[1], 0, 0, parts[0]);
        } catch (IllegalArgumentException e) {
            throw new SummaryStore.InvalidCursorException();
        }
    }
}
