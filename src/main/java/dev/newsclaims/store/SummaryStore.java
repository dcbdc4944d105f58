package dev.newsclaims.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.quotes.QuoteGroup;
import dev.newsclaims.quotes.QuoteMatch;
import dev.newsclaims.quotes.QuoteWords;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The one entry to DynamoDB. Single-table layout, keys {@code pk}/{@code sk}, no secondary index:
 * <pre>
 *   A#{id}             SUMMARY              the summary JSON, gzipped; createdAt; the index keys it wrote
 *                                           (speakerKeys, listedKeys); for an S3 object, the event order that wrote it
 *   S#{speaker key}    {createdAt}#{id}     that speaker's claims in that article (query newest first)
 *   C#{speaker key}    {yyyy-MM}            a listed speaker's claims and articles per day of that month
 *   N#{2 letters}      {word}#{speaker key} the directory: a listed speaker's totals, found by a word of its name
 *   O#{bucket}/{key}   OBJECT               the current outcome of an S3 key: event order, version, summary id,
 *                                           and while a change is under way the summaries it replaces
 *   Q#{quote id}       {createdAt}#{id}     one article's appearance of a quotation ({@link QuoteIndex})
 * </pre>
 * {@code createdAt} is chosen once, when an article is first stored (the S3 event time of the first
 * event that stored that version, or the time of the first post), and read back from the summary item
 * on every later write: index keys never depend on the clock of a retry, so retries and re-deliveries
 * rewrite the same items instead of adding new ones.
 *
 * <p>DynamoDB transactions are not used (dynalite, our local DynamoDB, lacks them). Instead every
 * change is a sequence of conditional single-item writes, each safe to repeat, and counts are recounted
 * rather than incremented ({@link SpeakerTallies}). Write units are billed per KB: the summary is stored
 * gzipped, a speaker's claims in one article share one index item, and counts and directory entries stay
 * under 1 KB.
 */
public class SummaryStore {

    /** DynamoDB's item limit is 400 KB; leave room for keys and the other attributes of the summary item. */
    static final int MAX_SUMMARY_GZ_BYTES = SummaryItems.MAX_SUMMARY_GZ_BYTES;
    /** The table's time-to-live attribute (epoch seconds): zero counts of a speaker with nothing left expire. */
    public static final String TIME_TO_LIVE_ATTRIBUTE = Items.EXPIRES_AT;
    /** The outcome while an event's writes are under way (see {@link #recordObject}). */
    public static final String PROCESSING = "processing";

    private final DynamoDbClient db;
    private final String table;
    private final SummaryItems summaries;
    private final SpeakerIndex index;
    private final ClaimPages pages;
    private final SpeakerDirectory directory;
    private final SpeakerTallies tallies;
    private final ObjectEvents events;
    private final ArticleTextItems texts;
    private final QuoteIndex quotes;

    private final ObjectMapper json;

    public SummaryStore(DynamoDbClient db, String table, ObjectMapper json) {
        this(db, table, json, SpeakerDirectory.MAX_MATCHES);
    }

    /** {@code maxMatches}: the most directory entries a speaker search reads before it is refused as too broad. */
    SummaryStore(DynamoDbClient db, String table, ObjectMapper json, int maxMatches) {
        this.db = db;
        this.table = table;
        this.json = json;
        this.summaries = new SummaryItems(db, table, json);
        this.index = new SpeakerIndex(db, table, json);
        this.pages = new ClaimPages(db, table, json);
        this.directory = new SpeakerDirectory(db, table, maxMatches);
        this.tallies = new SpeakerTallies(db, table, directory);
        this.quotes = new QuoteIndex(db, table, json);
        this.events = new ObjectEvents(db, table, summaries, index, tallies, quotes);
        this.texts = new ArticleTextItems(db, table);
    }

    /** The table as the template declares it; the tests and the local run create it from here. */
    public static CreateTableRequest tableDefinition(String name) {
        return CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                .build();
    }

    /**
     * Stores a posted article's summary, its speaker index and its share of the speakers' counts; an
     * existing summary of the same id (the same text posted again) is kept and returned. The summary is
     * written first, only if absent, then its index items, then the counts. If a later step failed,
     * posting again rewrites the same index items (same keys, under the stored createdAt) and recounts:
     * the claims are listed and counted once.
     */
    public SaveResult savePosted(ArticleSummary summary, String now) {
        return savePosted(summary, now, null);
    }

    /**
     * As {@link #savePosted(ArticleSummary, String)}, and keeps the article's {@code text} (when not null)
     * for {@link #postedText}: written before the summary, so that a stored summary has its text unless the
     * text is too large to keep.
     */
    public SaveResult savePosted(ArticleSummary summary, String now, String text) {
        if (summaries.get(summary.id()) == null) {
            if (text != null) {
                texts.put(summary.id(), text);
            }
            SummaryItems.Prepared prepared = summaries.prepare(quotes.group(summary));
            try {
                db.putItem(b -> b.tableName(table)
                        .item(summaries.item(prepared, now, null, prepared.speakerKeys(), prepared.listed(),
                                QuoteIndex.groupIds(prepared)))
                        .conditionExpression("attribute_not_exists(pk)"));
                indexPosted(prepared, now, prepared.listed());
                quotes.write(prepared, now, null);
                return new SaveResult(new StoredSummary(summary.id(), now, prepared.json()), true);
            } catch (ConditionalCheckFailedException raced) {
                // posted twice at once: the other post stored it; fall through to read it
            }
        }
        var item = summaries.get(summary.id());
        if (item == null) {
            throw new IllegalStateException("summary vanished: " + summary.id());
        }
        StoredSummary stored = new StoredSummary(summary.id(), item.get("createdAt").s(), SummaryItems.summaryJson(item));
        // The stored summary names the claims' groups: the appearances are rewritten under those, not looked up again.
        SummaryItems.Prepared prepared = summaries.prepare(summary.withClaims(storedQuoteIds(summary, stored.json())));
        Set<String> watched = new TreeSet<>(prepared.listed());
        watched.addAll(Items.stringSet(item, "listedKeys"));
        indexPosted(prepared, stored.createdAt(), watched);
        quotes.write(prepared, stored.createdAt(), null);
        return new SaveResult(stored, false);
    }

    /** The claims with the group ids of the stored summary's claims at the same places (the same text, the same claims). */
    private List<dev.newsclaims.model.Claim> storedQuoteIds(ArticleSummary summary, String storedJson) {
        List<dev.newsclaims.model.Claim> claims = summary.claims() == null ? List.of() : summary.claims();
        List<String> ids = new java.util.ArrayList<>();
        try {
            var stored = json.readTree(storedJson).path("claims");
            for (int i = 0; i < claims.size(); i++) {
                var c = stored.path(i);
                boolean same = c.path("start").asInt(-1) == claims.get(i).start() && c.path("end").asInt(-1) == claims.get(i).end();
                ids.add(same && c.hasNonNull("quoteId") ? c.get("quoteId").asText() : null);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return claims;
        }
        return dev.newsclaims.quotes.QuoteGrouping.withIds(claims, ids);
    }

    private void indexPosted(SummaryItems.Prepared prepared, String createdAt, Set<String> watched) {
        Set<String> changed = index.write(prepared, createdAt, null, watched);
        SpeakerTallies.Changes changes = new SpeakerTallies.Changes();
        changes.add(watched, createdAt, changed);
        tallies.apply(changes);
    }

    public Optional<StoredSummary> find(String id) {
        var item = summaries.get(id);
        return item == null ? Optional.empty()
                : Optional.of(new StoredSummary(id, item.get("createdAt").s(), SummaryItems.summaryJson(item)));
    }

    /** The text of a posted article, as its summary's offsets read it; empty when it was not kept. */
    public Optional<String> postedText(String id) {
        return texts.get(id);
    }

    /** A listed speaker's claims and articles per day over every month stored, oldest first. */
    public List<SpeakerDay> speakerDays(String speakerKey) {
        return tallies.days(speakerKey);
    }

    /** What {@link #recordObject} did with an event. */
    public enum Recorded {
        /** This event's result is now the key's state. */
        STORED,
        /** The same event was already recorded; nothing changed. */
        DUPLICATE,
        /** A newer event of the key was recorded first; nothing of this event remains. */
        SUPERSEDED
    }

    /**
     * Records what became of one S3 object event ({@code summary} when it was summarised, else null) and
     * makes the key's stored state follow it: the summary of an earlier version, or of a deleted object,
     * leaves the table, the speaker index and the speakers' counts. Events of a key are ordered by
     * {@code outcome.sequencer()} (see {@code S3ObjectRef.order()}); an older event than the recorded one
     * changes nothing.
     *
     * <p>The steps, each a conditional single-item write that is safe to repeat:
     * <ol>
     * <li>Claim the key: the object item takes this event's order, the outcome {@code processing}, its
     *     summary id, and under {@code replaces} the summaries of earlier events still to remove. The
     *     write is conditional on the item's {@code revision} as read, so of two events only one claims
     *     from a given state; an older event stops here. With no summary to store and nothing to
     *     remove, the claim is the final outcome (one write).</li>
     * <li>The summary, then its index items (the summary lists its index keys, so whatever an interrupted
     *     run wrote can still be found).</li>
     * <li>The index items of each replaced summary, unless a newer event wrote them. This includes what an
     *     earlier attempt of this very event stored before it failed for good: a {@code failed} outcome
     *     leaves no summary behind.</li>
     * <li>The counts of the speakers of steps 2 and 3, recounted from the index; then the replaced
     *     summary items.</li>
     * <li>The final outcome, conditional on the claim still being this event's. If a newer event claimed
     *     the key meanwhile, this event removes what it wrote in step 2 and recounts (the newer one also
     *     lists it under {@code replaces}): nothing of an older event remains.</li>
     * </ol>
     * A crash between steps leaves {@code processing} and the list of summaries to remove; the retried
     * event claims again, keeps the list and finishes the work.
     */
    public Recorded recordObject(ObjectOutcome outcome, ArticleSummary summary, String firstSeenAt) {
        return events.record(outcome, summary, firstSeenAt);
    }

    public Optional<ObjectOutcome> objectOutcome(String bucket, String key) {
        var i = events.objectItem(bucket, key);
        if (i == null) {
            return Optional.empty();
        }
        return Optional.of(new ObjectOutcome(bucket, key, Items.opt(i, "versionId"), i.get("sequencer").s(),
                i.get("outcome").s(), Items.opt(i, "summaryId"), Items.opt(i, "reason"), Items.opt(i, "detectedType"),
                i.get("updatedAt").s(), Items.opt(i, "engineVersion")));
    }

    /**
     * One page of the claims of the speaker of exactly this name (without case, accents or extra spaces),
     * newest article first; a page holds the claims of at most {@code limit} articles. {@code cursor} is
     * opaque, from the previous page.
     */
    public ClaimsPage claimsBy(String speaker, String cursor, int limit) {
        return pages.page(SpeakerNames.key(speaker), ClaimFilter.NONE, cursor, limit);
    }

    /**
     * The claims of the speaker a name means: the listed speaker of exactly that name, else the one listed
     * speaker whose words include every word written (a surname, "J. Stoltenberg"), else the index under
     * exactly that name (speakers never named as a person or organisation are not in the directory).
     * When several listed speakers fit, no claims are read and the candidates are returned instead.
     */
    public SpeakerClaims speakerClaims(String name, ClaimFilter filter, String cursor, int limit) {
        List<SpeakerEntry> candidates = directory.candidates(name);
        if (candidates.size() > 1) {
            return new SpeakerClaims(null, null, candidates);
        }
        String key = candidates.isEmpty() ? SpeakerNames.key(name) : candidates.get(0).key();
        SpeakerEntry speaker = candidates.isEmpty() ? null : candidates.get(0);
        return new SpeakerClaims(speaker, pages.page(key, filter, cursor, limit), List.of());
    }

    /**
     * Listed speakers with a name word beginning with each typed word, most recent first, with their
     * claims and articles counted over the articles that name them as a person or an organisation.
     */
    public SpeakerPage searchSpeakers(String query, String cursor, int limit) {
        return directory.search(query, cursor, limit);
    }

    /** A quotation group with its appearances, oldest first; empty when no stored article holds it. */
    public Optional<QuoteGroup> quoteGroup(String id) {
        return QuoteMatch.isGroupId(id) ? Optional.ofNullable(quotes.read(id)) : Optional.empty();
    }

    /**
     * The quotation groups whose words hold these words in a row, most appearances first.
     *
     * @throws InvalidQueryException when the text has fewer than six words
     */
    public List<QuoteGroup> searchQuotes(String text) {
        List<String> words = QuoteWords.of(text);
        if (words.size() < QuoteWords.MIN_WORDS) {
            throw new InvalidQueryException();
        }
        return quotes.search(words);
    }

    /** Speaker names are matched without case, accents or extra spaces: "Jens  STØLTENBERG" finds "Jens Stoltenberg". */
    public static String speakerKey(String name) {
        return SpeakerNames.key(name);
    }

    public record SaveResult(StoredSummary summary, boolean created) {}

    public record StoredSummary(String id, String createdAt, String json) {}

    public record IndexedClaim(String speaker, String articleId, String createdAt, String title, String claimJson) {}

    public record ClaimsPage(List<IndexedClaim> claims, String nextCursor) {}

    /** A listed speaker: as last written, its key, claims and articles counted, its latest article's time. */
    public record SpeakerEntry(String name, String key, long claims, long articles, String latest) {}

    /** One day of a speaker: {@code date} as yyyy-MM-dd (UTC), claims and articles first stored that day. */
    public record SpeakerDay(String date, long claims, long articles) {}

    public record SpeakerPage(List<SpeakerEntry> speakers, String nextCursor) {}

    /**
     * A name looked up: the listed speaker it means (null when it names none, and the index was read under
     * the name itself) and a page of claims, or, when it is ambiguous, the candidates and no page.
     */
    public record SpeakerClaims(SpeakerEntry speaker, ClaimsPage page, List<SpeakerEntry> candidates) {
        public boolean ambiguous() {
            return page == null;
        }
    }

    /** The request's pagination cursor was not one we issued (for this query). */
    public static final class InvalidCursorException extends RuntimeException {
        public InvalidCursorException() {
            super("invalid cursor");
        }
    }

    /** A speaker search with no word of two letters or more, or a quotation search of fewer than six words. */
    public static final class InvalidQueryException extends RuntimeException {
        public InvalidQueryException() {
            super("a search needs a word of at least two letters, a quotation search six words");
        }
    }

    /** A speaker search whose prefix matches more speakers than one request reads. */
    public static final class QueryTooBroadException extends RuntimeException {
        private final int limit;

        public QueryTooBroadException(int limit) {
            super("more than " + limit + " speakers match");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    /** DynamoDB kept refusing a write that should be retried later (Lambda retries the event). */
    public static final class StoreUnavailableException extends RuntimeException {
        public StoreUnavailableException(String message) {
            super(message);
        }
    }
}
