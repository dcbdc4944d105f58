package dev.newsclaims.store;

import static dev.newsclaims.store.Items.key;
import static dev.newsclaims.store.Items.n;
import static dev.newsclaims.store.Items.opt;
import static dev.newsclaims.store.Items.s;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * How many claims and articles each listed speaker has, kept true by recounting rather than by adding
 * and subtracting: without transactions an increment cannot be made safe to repeat, a recount can.
 *
 * <p>{@code C#{speaker key}} / {@code {yyyy-MM}} holds a month of one speaker: per day (the {@code createdAt}
 * day of its articles) the claims, articles and latest time, and the month's totals. After the index
 * items of a day change, that day is recounted from the index (one query over that speaker's items of
 * that day: the cost follows the speaker's articles per day, not their whole history) and the month item
 * rewritten; then the directory entries are recomputed from the month items ({@link SpeakerDirectory}).
 *
 * <p>Each rewrite is conditional on the generation read before the recount, so two writers cannot
 * interleave a stale count over a fresher one: whoever loses reads and counts again. A writer that
 * really changed a counted item rewrites even when the numbers agree, and an emptied month stays as an
 * expiring zero ({@link #write}), so that a count made before the change can never land after it. A
 * writer that crashed in between leaves its event to be retried, and the retry recounts.
 */
final class SpeakerTallies {

    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient db;
    private final String table;
    private final SpeakerDirectory directory;

    SpeakerTallies(DynamoDbClient db, String table, SpeakerDirectory directory) {
        this.db = db;
        this.table = table;
        this.directory = directory;
    }

    /**
     * The listed speakers and days an operation touched, to recount once at its end, and of those the days
     * whose counted index items it really changed (see {@link #recountMonth} for why the difference matters).
     */
    static final class Changes {
        private final Map<String, Set<String>> daysByKey = new TreeMap<>();
        private final Map<String, Set<String>> changedDaysByKey = new TreeMap<>();

        void add(Set<String> speakerKeys, String createdAt, Set<String> changedKeys) {
            String day = createdAt.substring(0, 10);
            for (String key : speakerKeys) {
                daysByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            }
            for (String key : changedKeys) {
                daysByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
                changedDaysByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            }
        }
    }

    static String partition(String speakerKey) {
        return "C#" + speakerKey;
    }

    /** The days of every month item of a speaker, oldest first; months left at zero hold no days. */
    java.util.List<SummaryStore.SpeakerDay> days(String speakerKey) {
        java.util.List<SummaryStore.SpeakerDay> days = new java.util.ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            QueryResponse page = db.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(partition(speakerKey))))
                    .projectionExpression("sk, #days").expressionAttributeNames(Map.of("#days", "days"))
                    .exclusiveStartKey(from));
            for (var item : page.items()) {
                String month = item.get("sk").s();
                if (item.containsKey("days") && item.get("days").hasM()) {
                    new TreeMap<>(item.get("days").m()).forEach((dd, v) -> {
                        DayTally t = DayTally.parse(month + "-" + dd, v.s());
                        days.add(new SummaryStore.SpeakerDay(month + "-" + dd, t.claims(), t.articles()));
                    });
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return days;
    }

    /** Recounts every touched day, then the directory entries of every touched speaker. */
    void apply(Changes changes) {
        for (var entry : changes.daysByKey.entrySet()) {
            String speakerKey = entry.getKey();
            Set<String> changedDays = changes.changedDaysByKey.getOrDefault(speakerKey, Set.of());
            Map<String, Set<String>> byMonth = new TreeMap<>();
            for (String day : entry.getValue()) {
                byMonth.computeIfAbsent(day.substring(0, 7), m -> new TreeSet<>()).add(day);
            }
            boolean totalsChanged = false;
            for (var month : byMonth.entrySet()) {
                boolean changed = month.getValue().stream().anyMatch(changedDays::contains);
                totalsChanged |= recountMonth(speakerKey, month.getKey(), month.getValue(), changed);
            }
            directory.refresh(speakerKey, totalsChanged);
        }
    }

    /** One day's listed articles of a speaker: claims, articles, the newest article's time and spelling. */
    record DayTally(long claims, long articles, String latest, String name) {
        static DayTally parse(String day, String stored) {
            String[] parts = stored.split(" ", 3);
            return new DayTally(Long.parseLong(parts[0]), Long.parseLong(parts[1]), day + "T" + parts[2] + "Z", null);
        }

        /** "claims articles HH:mm:ss.SSS": a month of days stays well under one write unit (1 KB). */
        String stored() {
            return claims + " " + articles + " " + latest.substring(11, latest.length() - 1);
        }
    }

    /**
     * Recounts the days of one month of a speaker and rewrites the month item.
     *
     * <p>When this operation changed a counted index item of these days ({@code changed}), the month item is
     * rewritten even if the numbers come out the same: the write changes the generation, so that another
     * writer that counted before our change cannot write its count after us (an article added by one event
     * and removed by another at the same moment would otherwise be counted by the slower one and never
     * uncounted). When it changed nothing, the item is rewritten only if it disagrees with the recount
     * (a retry after a crash between the index write and the count); a retry or a rewrite with the same
     * claims then costs reads only.
     *
     * @return whether the month's totals (claims, articles, latest) changed
     */
    private boolean recountMonth(String speakerKey, String month, Set<String> days, boolean changed) {
        var itemKey = key(partition(speakerKey), month);
        for (int attempt = 1; ; attempt++) {
            var response = db.getItem(b -> b.tableName(table).consistentRead(true).key(itemKey));
            Map<String, AttributeValue> current = Items.present(response.item()) ? response.item() : null;
            Map<String, DayTally> tallies = new TreeMap<>();
            if (current != null && current.containsKey("days")) {
                current.get("days").m().forEach((dd, v) -> tallies.put(dd, DayTally.parse(month + "-" + dd, v.s())));
            }
            Map<String, DayTally> before = new TreeMap<>(tallies);
            String name = current == null ? null : opt(current, "name");
            for (String day : days) {
                DayTally counted = countDay(speakerKey, day);
                if (counted.articles() == 0) {
                    tallies.remove(day.substring(8));
                } else {
                    tallies.put(day.substring(8), counted);
                }
            }
            if (!changed && stored(tallies).equals(stored(before))) {
                return false;
            }
            try {
                write(itemKey, current, tallies, newestName(tallies, name));
                return !totals(tallies).equals(totals(before));
            } catch (ConditionalCheckFailedException raced) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new SummaryStore.StoreUnavailableException("the counts of a speaker kept changing underneath");
                }
                Items.pause(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 5)));
            }
        }
    }

    private static String totals(Map<String, DayTally> tallies) {
        long claims = 0;
        long articles = 0;
        String latest = "";
        for (DayTally t : tallies.values()) {
            claims += t.claims();
            articles += t.articles();
            latest = t.latest().compareTo(latest) > 0 ? t.latest() : latest;
        }
        return claims + " " + articles + " " + latest;
    }

    private static Map<String, String> stored(Map<String, DayTally> tallies) {
        Map<String, String> out = new TreeMap<>();
        tallies.forEach((dd, t) -> out.put(dd, t.stored()));
        return out;
    }

    /** The spelling of the month's newest article if this recount saw it, else the one stored. */
    private static String newestName(Map<String, DayTally> tallies, String stored) {
        DayTally newest = null;
        for (DayTally t : tallies.values()) {
            if (newest == null || t.latest().compareTo(newest.latest()) > 0) {
                newest = t;
            }
        }
        return newest != null && newest.name() != null ? newest.name() : stored;
    }

    /**
     * Writes the month item, conditional on the generation read. A month left without articles is not
     * deleted but kept as a zero count that expires ({@link Items#tombstone}): once absent, the item would
     * look to a writer that read it absent before as if nothing had happened since, and that writer's
     * count, made before the removal, would be written after it.
     */
    private void write(Map<String, AttributeValue> itemKey, Map<String, AttributeValue> current, Map<String, DayTally> tallies,
            String name) {
        Map<String, AttributeValue> seen = current == null ? null : Map.of(":gen", current.get("gen"));
        String condition = current == null ? "attribute_not_exists(pk)" : "gen = :gen";
        Map<String, AttributeValue> item = new HashMap<>(itemKey);
        Map<String, AttributeValue> days = new TreeMap<>();
        long claims = 0;
        long articles = 0;
        String latest = null;
        for (var t : tallies.entrySet()) {
            days.put(t.getKey(), s(t.getValue().stored()));
            claims += t.getValue().claims();
            articles += t.getValue().articles();
            latest = latest == null || t.getValue().latest().compareTo(latest) > 0 ? t.getValue().latest() : latest;
        }
        if (tallies.isEmpty()) {
            Items.tombstone(item);
        } else {
            item.put("days", AttributeValue.fromM(days));
            item.put("latest", s(latest));
            item.put("name", s(name == null ? "" : name));
        }
        item.put("claims", n(claims));
        item.put("articles", n(articles));
        item.put("gen", s(UUID.randomUUID().toString()));
        db.putItem(b -> b.tableName(table).item(item).conditionExpression(condition).expressionAttributeValues(seen));
    }

    /** Counts a speaker's listed index items of one day (paged: a very busy speaker's day may exceed 1 MB). */
    private DayTally countDay(String speakerKey, String day) {
        long claims = 0;
        long articles = 0;
        String latest = null;
        String name = null;
        Map<String, AttributeValue> start = null;
        do {
            final Map<String, AttributeValue> from = start;
            QueryResponse page = db.query(q -> q.tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :day AND :end")
                    .expressionAttributeValues(Map.of(":pk", s(SpeakerIndex.partition(speakerKey)), ":day", s(day),
                            ":end", s(day + "~")))
                    .projectionExpression("#created, #n, #listed, #speaker")
                    .expressionAttributeNames(Map.of("#created", "createdAt", "#n", "n", "#listed", "listed", "#speaker", "speaker"))
                    .exclusiveStartKey(from));
            for (var item : page.items()) {
                if (item.containsKey("listed") && Boolean.TRUE.equals(item.get("listed").bool())) {
                    articles++;
                    claims += Items.number(item, "n");
                    String created = item.get("createdAt").s();
                    if (latest == null || created.compareTo(latest) > 0) {
                        latest = created;
                        name = opt(item, "speaker");
                    }
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return new DayTally(claims, articles, latest, name);
    }
}
