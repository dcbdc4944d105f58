package dev.newsclaims.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.local.LocalAws;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Engine;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The speaker directory and its counts against dynalite: search, resolution, and counts that stay true
 * when articles are corrected, deleted, rewritten or written at the same time.
 */
class SpeakerDirectoryTest {

    private static LocalAws aws;
    private static DynamoDbClient db;
    private static SummaryStore store;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(0xd1000);
    private static final AtomicLong ORDERS = new AtomicLong(1);

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.startTransient();
        db = aws.dynamoDbClient();
        store = new SummaryStore(db, LocalAws.TABLE, JSON);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        aws.close();
    }

    static Claim claim(String speaker, String kind, String act, String text) {
        return new Claim(text, 0, text.length(), kind, act, null, speaker, null, "said", 0.9);
    }

    /** An article whose speakers are typed as given ("Jens Stoltenberg=person"), quoting each as listed. */
    static ArticleSummary article(String engine, Map<String, String> types, List<Claim> claims) {
        List<Speaker> speakers = new ArrayList<>();
        types.forEach((name, type) -> speakers.add(new Speaker(name, null, null, type,
                (int) claims.stream().filter(c -> name.equals(c.speaker())).count())));
        return new ArticleSummary(String.format("%032x", IDS.incrementAndGet()), null, "A story", null, "en", List.of(),
                speakers, claims, List.of(), new Engine("test", engine));
    }

    static ArticleSummary quoting(String name, int claims) {
        List<Claim> list = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            list.add(claim(name, "direct", "speech", "Words number " + i + " of " + name));
        }
        return article("1", Map.of(name, "person"), list);
    }

    static String order() {
        return String.format("%032X", ORDERS.incrementAndGet());
    }

    static SummaryStore.Recorded upload(SummaryStore to, String key, ArticleSummary summary, String createdAt) {
        return to.recordObject(new ObjectOutcome(LocalAws.BUCKET, key, null, order(), "summarized", summary.id(), null, "text",
                createdAt, summary.engine().version()), summary, createdAt);
    }

    static SummaryStore.Recorded delete(String key) {
        return store.recordObject(new ObjectOutcome(LocalAws.BUCKET, key, null, order(), "deleted", null, null, null,
                "2026-12-09T00:00:00.000Z", null), null, null);
    }

    static SummaryStore.SpeakerEntry only(String query) {
        var found = store.searchSpeakers(query, null, 100).speakers();
        assertThat(found).as("speakers found by %s", query).hasSize(1);
        return found.get(0);
    }

    /**
     * Every item whose key names this speaker and says something: index items, month counts and directory
     * entries with articles. A speaker with nothing left keeps zero counts that expire (checked here).
     */
    static List<Map<String, AttributeValue>> itemsAbout(String name) {
        List<Map<String, AttributeValue>> live = new ArrayList<>();
        for (var item : allItemsAbout(name)) {
            boolean zero = !item.get("pk").s().startsWith("S#") && "0".equals(item.get("articles").n());
            if (zero) {
                assertThat(item).as("a zero count expires").containsKey("expiresAt").doesNotContainKey("days");
            } else {
                live.add(item);
            }
        }
        return live;
    }

    static List<Map<String, AttributeValue>> allItemsAbout(String name) {
        String key = SpeakerNames.key(name);
        return db.scan(b -> b.tableName(LocalAws.TABLE)
                .filterExpression("pk = :s OR pk = :c OR (begins_with(pk, :n) AND contains(sk, :k))")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("S#" + key), ":c", AttributeValue.fromS("C#" + key),
                        ":n", AttributeValue.fromS("N#"), ":k", AttributeValue.fromS("#" + key)))).items();
    }

    @Test
    void aPrefixOfAnyFirstOrLastNameWordFindsTheSpeakerWithoutCaseOrAccents() {
        store.savePosted(quoting("Jens Stoltenberg", 2), "2026-11-02T10:00:00.000Z");
        store.savePosted(quoting("Jens Stoltenberg", 1), "2026-11-05T10:00:00.000Z");
        store.savePosted(quoting("Jonas Gahr St\u00f8re", 1), "2026-11-04T10:00:00.000Z");

        var jens = only("stolt");
        assertThat(jens).isEqualTo(new SummaryStore.SpeakerEntry("Jens Stoltenberg", "jens stoltenberg", 3, 2,
                "2026-11-05T10:00:00.000Z"));
        assertThat(only("ST\u00d8LT")).isEqualTo(jens);
        assertThat(only("St\u00f6lt")).isEqualTo(jens);
        assertThat(only("jens st")).isEqualTo(jens);
        assertThat(only("stoltenberg, j")).isEqualTo(jens);
        assertThat(only("store").name()).isEqualTo("Jonas Gahr St\u00f8re");
        assertThat(only("ST\u00d8RE").name()).isEqualTo("Jonas Gahr St\u00f8re");
        assertThat(only("jonas").name()).isEqualTo("Jonas Gahr St\u00f8re");
        assertThat(store.searchSpeakers("gahr", null, 10).speakers()).as("middle names are not looked up").isEmpty();
        assertThat(store.searchSpeakers("st", null, 10).speakers()).extracting(SummaryStore.SpeakerEntry::name)
                .as("most recent first").containsExactly("Jens Stoltenberg", "Jonas Gahr St\u00f8re");
        assertThatThrownBy(() -> store.searchSpeakers("s", null, 10)).isInstanceOf(SummaryStore.InvalidQueryException.class);
        assertThatThrownBy(() -> store.searchSpeakers("-- !", null, 10)).isInstanceOf(SummaryStore.InvalidQueryException.class);
    }

    @Test
    void pagesAreMostRecentFirstAndTheirCursorsBelongToTheirQuery() {
        String[] names = {"Ada Paglia", "Bo Pagnotta", "Cy Pagano", "Di Pagett", "Ed Paganini"};
        for (int i = 0; i < names.length; i++) {
            store.savePosted(quoting(names[i], 1), "2026-10-0" + (i + 1) + "T08:00:00.000Z");
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = store.searchSpeakers("pag", cursor, 2);
            page.speakers().forEach(s -> seen.add(s.name()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactly("Ed Paganini", "Di Pagett", "Cy Pagano", "Bo Pagnotta", "Ada Paglia");
        assertThat(pages).isEqualTo(3);
        String second = store.searchSpeakers("pag", null, 2).nextCursor();
        assertThatThrownBy(() -> store.searchSpeakers("paga", second, 2)).as("a cursor of another query")
                .isInstanceOf(SummaryStore.InvalidCursorException.class);
        assertThatThrownBy(() -> store.searchSpeakers("pag", "bm90IG91cnM", 2)).isInstanceOf(SummaryStore.InvalidCursorException.class);
        assertThatThrownBy(() -> store.searchSpeakers("pag", "%%%", 2)).isInstanceOf(SummaryStore.InvalidCursorException.class);
    }

    @Test
    void aPrefixMatchingMoreSpeakersThanOneRequestReadsIsRefused() {
        for (String name : List.of("Al Brosnan", "Bea Brody", "Cal Bronson", "Dee Brock")) {
            store.savePosted(quoting(name, 1), "2026-10-11T08:00:00.000Z");
        }
        SummaryStore narrow = new SummaryStore(db, LocalAws.TABLE, JSON, 3);

        assertThatThrownBy(() -> narrow.searchSpeakers("bro", null, 10)).isInstanceOf(SummaryStore.QueryTooBroadException.class);
        assertThat(narrow.searchSpeakers("bron", null, 10).speakers()).extracting(SummaryStore.SpeakerEntry::name)
                .containsExactly("Cal Bronson");
    }

    @Test
    void groupsPlacesAndRolesAreNotListedButTheirClaimsAreFoundByTheirName() {
        var summary = article("1", new LinkedHashMap<>(Map.of("Harbour officials", "group", "Quaymaster", "other")),
                List.of(claim("Harbour officials", "indirect", "speech", "the quay would close"),
                        claim("Quaymaster", "direct", "speech", "We close at six")));
        store.savePosted(summary, "2026-10-12T08:00:00.000Z");

        assertThat(store.searchSpeakers("harbour", null, 10).speakers()).isEmpty();
        assertThat(store.searchSpeakers("quaymaster", null, 10).speakers()).isEmpty();
        assertThat(store.claimsBy("harbour officials", null, 10).claims()).hasSize(1);
        var byName = store.speakerClaims("Quaymaster", ClaimFilter.NONE, null, 10);
        assertThat(byName.speaker()).isNull();
        assertThat(byName.page().claims()).hasSize(1);
        assertThat(itemsAbout("Harbour officials")).extracting(i -> i.get("pk").s()).containsOnly("S#harbour officials");
    }

    @Test
    void aNameResolvesBySurnameOrAnotherFormAndIsAmbiguousWhenTwoSpeakersShareIt() {
        store.savePosted(quoting("Ingrid Sandvik", 2), "2026-10-20T08:00:00.000Z");
        store.savePosted(quoting("Nils Sandvik", 1), "2026-10-21T08:00:00.000Z");
        store.savePosted(quoting("Tove Lindqvist", 1), "2026-10-21T09:00:00.000Z");

        for (String form : List.of("Lindqvist", "T. Lindqvist", "Lindqvist, Tove", "Ms Lindqvist", "LINDQVIST", "tove")) {
            var found = store.speakerClaims(form, ClaimFilter.NONE, null, 10);
            assertThat(found.ambiguous()).as(form).isFalse();
            assertThat(found.speaker().name()).as(form).isEqualTo("Tove Lindqvist");
            assertThat(found.page().claims()).as(form).hasSize(1);
        }
        var sandvik = store.speakerClaims("Sandvik", ClaimFilter.NONE, null, 10);
        assertThat(sandvik.ambiguous()).isTrue();
        assertThat(sandvik.candidates()).extracting(SummaryStore.SpeakerEntry::name).containsExactly("Nils Sandvik", "Ingrid Sandvik");
        assertThat(sandvik.candidates().get(1).claims()).isEqualTo(2);
        assertThat(store.speakerClaims("Ingrid Sandvik", ClaimFilter.NONE, null, 10).page().claims()).hasSize(2);
        assertThat(store.speakerClaims("I. Sandvik", ClaimFilter.NONE, null, 10).speaker().name()).isEqualTo("Ingrid Sandvik");
        var unknown = store.speakerClaims("Petter Sandvik", ClaimFilter.NONE, null, 10);
        assertThat(unknown.speaker()).isNull();
        assertThat(unknown.page().claims()).isEmpty();
    }

    @Test
    void countsFollowCorrectionsAndDeletionsAndNothingOfAGoneSpeakerRemains() {
        String name = "Mette Fjeldstad";
        upload(store, "counts/a.txt", quoting(name, 2), "2026-09-01T10:00:00.000Z");
        upload(store, "counts/b.txt", quoting(name, 1), "2026-09-02T10:00:00.000Z");
        assertThat(only("fjeld")).isEqualTo(new SummaryStore.SpeakerEntry(name, "mette fjeldstad", 3, 2, "2026-09-02T10:00:00.000Z"));

        upload(store, "counts/a.txt", quoting(name, 1), "2026-09-03T10:00:00.000Z");
        assertThat(only("fjeld")).as("a corrected version replaces the earlier one's claims")
                .isEqualTo(new SummaryStore.SpeakerEntry(name, "mette fjeldstad", 2, 2, "2026-09-03T10:00:00.000Z"));

        delete("counts/b.txt");
        assertThat(only("fjeld")).isEqualTo(new SummaryStore.SpeakerEntry(name, "mette fjeldstad", 1, 1, "2026-09-03T10:00:00.000Z"));

        upload(store, "counts/a.txt", quoting("Carl Dunnett", 1), "2026-09-04T10:00:00.000Z");
        assertThat(store.searchSpeakers("fjeld", null, 10).speakers()).isEmpty();
        assertThat(store.speakerClaims("Fjeldstad", ClaimFilter.NONE, null, 10).page().claims()).isEmpty();
        assertThat(itemsAbout(name)).as("no index item, month count or directory entry").isEmpty();
        assertThat(only("dunnett").articles()).isEqualTo(1);

        delete("counts/a.txt");
        assertThat(itemsAbout("Carl Dunnett")).isEmpty();
    }

    @Test
    void latestFallsBackToTheNewestArticleLeftInAnEarlierMonth() {
        upload(store, "latest/old.txt", quoting("Runa Haugland", 1), "2026-07-15T10:00:00.000Z");
        upload(store, "latest/new.txt", quoting("Runa Haugland", 1), "2026-08-20T10:00:00.000Z");
        assertThat(only("haugland").latest()).isEqualTo("2026-08-20T10:00:00.000Z");

        delete("latest/new.txt");

        assertThat(only("haugland")).isEqualTo(new SummaryStore.SpeakerEntry("Runa Haugland", "runa haugland", 1, 1,
                "2026-07-15T10:00:00.000Z"));
    }

    /** Reprocessing with another engine that finds the same claims rewrites the summary but no count. */
    @Test
    void aRewriteThatChangesNoCountWritesNoCountItem() {
        var first = quoting("Oda Brekke", 2);
        upload(store, "same/a.txt", first, "2026-09-10T10:00:00.000Z");
        AtomicInteger countWrites = new AtomicInteger();
        try (DynamoDbClient watched = aws.dynamoDbClient(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && (put.item().get("pk").s().startsWith("C#")
                        || put.item().get("pk").s().startsWith("N#"))) {
                    countWrites.incrementAndGet();
                }
            }
        })) {
            var again = new ArticleSummary(first.id(), null, first.title(), null, "en", List.of(), first.speakers(),
                    first.claims(), List.of(), new Engine("test", "2"));
            assertThat(upload(new SummaryStore(watched, LocalAws.TABLE, JSON), "same/a.txt", again, "2026-09-10T10:00:00.000Z"))
                    .isEqualTo(SummaryStore.Recorded.STORED);
        }
        assertThat(countWrites.get()).isZero();
        assertThat(only("brekke").claims()).isEqualTo(2);
    }

    /**
     * Two articles of one speaker and one day stored at once: the first writer counts its day, then the
     * second stores and counts everything before the first writes its count. The first writer's
     * conditional write fails, it counts again, and both articles are counted.
     */
    @Test
    void twoArticlesOfOneSpeakerStoredAtOnceAreBothCounted() {
        String name = "Synnove Aas";
        AtomicBoolean done = new AtomicBoolean();
        ExecutionInterceptor otherWriterFirst = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get("pk").s().startsWith("C#")
                        && done.compareAndSet(false, true)) {
                    upload(store, "race/b.txt", quoting(name, 2), "2026-09-20T11:00:00.000Z");
                }
            }
        };
        try (DynamoDbClient slow = aws.dynamoDbClient(otherWriterFirst)) {
            upload(new SummaryStore(slow, LocalAws.TABLE, JSON), "race/a.txt", quoting(name, 1), "2026-09-20T10:00:00.000Z");
        }

        assertThat(done).isTrue();
        assertThat(only("aas")).isEqualTo(new SummaryStore.SpeakerEntry(name, "synnove aas", 3, 2, "2026-09-20T11:00:00.000Z"));
        var month = db.getItem(b -> b.tableName(LocalAws.TABLE).consistentRead(true).key(Map.of(
                "pk", AttributeValue.fromS("C#synnove aas"), "sk", AttributeValue.fromS("2026-09")))).item();
        assertThat(month.get("days").m().get("20").s()).isEqualTo("3 2 11:00:00.000");
    }

    /**
     * An upload and the deletion of the same key at once: the upload has counted its article and is about
     * to write the count when the deletion removes the article, counts, and finishes. The upload's count,
     * made before the removal, must not land afterwards.
     */
    @Test
    void anArticleRemovedWhileItsUploadIsCountingIsNotCounted() {
        String name = "Torstein Vik";
        AtomicBoolean done = new AtomicBoolean();
        ExecutionInterceptor deletionFirst = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get("pk").s().startsWith("C#")
                        && done.compareAndSet(false, true)) {
                    assertThat(delete("abba/a.txt")).isEqualTo(SummaryStore.Recorded.STORED);
                }
            }
        };
        try (DynamoDbClient slow = aws.dynamoDbClient(deletionFirst)) {
            assertThat(upload(new SummaryStore(slow, LocalAws.TABLE, JSON), "abba/a.txt", quoting(name, 1), "2026-09-21T10:00:00.000Z"))
                    .isEqualTo(SummaryStore.Recorded.SUPERSEDED);
        }

        assertThat(done).isTrue();
        assertThat(store.searchSpeakers("vik", null, 10).speakers()).isEmpty();
        assertThat(itemsAbout(name)).isEmpty();
        assertThat(allItemsAbout(name)).as("the zero count that stopped the upload's late write").isNotEmpty();
        assertThat(store.objectOutcome(LocalAws.BUCKET, "abba/a.txt").orElseThrow().outcome()).isEqualTo("deleted");
    }

    /**
     * A removal whose recount comes out with the same numbers as before (one article of a day gone while
     * another of the same size is being added) still rewrites the count, so that the addition's count, made
     * before the removal, fails and is made again.
     */
    @Test
    void aRemovalThatLeavesTheSameNumbersStillStopsACountMadeBeforeIt() {
        String name = "Eirik Bergset";
        upload(store, "same-numbers/a.txt", quoting(name, 2), "2026-09-22T12:00:00.000Z");
        upload(store, "same-numbers/z.txt", quoting(name, 1), "2026-09-22T09:00:00.000Z");
        AtomicBoolean done = new AtomicBoolean();
        ExecutionInterceptor removalFirst = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put && put.item().get("pk").s().startsWith("C#")
                        && done.compareAndSet(false, true)) {
                    delete("same-numbers/z.txt");
                }
            }
        };
        try (DynamoDbClient slow = aws.dynamoDbClient(removalFirst)) {
            upload(new SummaryStore(slow, LocalAws.TABLE, JSON), "same-numbers/x.txt", quoting(name, 1), "2026-09-22T10:00:00.000Z");
        }

        assertThat(done).isTrue();
        assertThat(only("bergset")).isEqualTo(new SummaryStore.SpeakerEntry(name, "eirik bergset", 3, 2, "2026-09-22T12:00:00.000Z"));
    }

    @Test
    void aSpeakerWhoComesBackAfterAllTheirArticlesWentIsCountedAfresh() {
        upload(store, "back/a.txt", quoting("Liv Ullmannsen", 2), "2026-08-01T10:00:00.000Z");
        delete("back/a.txt");
        assertThat(store.searchSpeakers("ullmann", null, 10).speakers()).isEmpty();
        assertThat(store.speakerClaims("Ullmannsen", ClaimFilter.NONE, null, 10).speaker()).isNull();

        upload(store, "back/b.txt", quoting("Liv Ullmannsen", 1), "2026-08-02T10:00:00.000Z");

        assertThat(only("ullmann")).isEqualTo(new SummaryStore.SpeakerEntry("Liv Ullmannsen", "liv ullmannsen", 1, 1,
                "2026-08-02T10:00:00.000Z"));
        assertThat(itemsAbout("Liv Ullmannsen")).extracting(i -> i.get("pk").s() + " " + i.get("sk").s()).containsExactlyInAnyOrder(
                "S#liv ullmannsen 2026-08-02T10:00:00.000Z#" + store.claimsBy("Liv Ullmannsen", null, 1).claims().get(0).articleId(),
                "C#liv ullmannsen 2026-08", "N#li liv#liv ullmannsen", "N#ul ullmannsen#liv ullmannsen");
        assertThat(allItemsAbout("Liv Ullmannsen")).as("the earlier zero counts are written over").hasSize(4);
    }

    @Test
    void claimsAreFilteredByDateActAndKind() {
        String name = "Halvard Moen";
        upload(store, "filter/a.txt", article("1", Map.of(name, "person"), List.of(
                claim(name, "direct", "speech", "We will win"),
                claim(name, "indirect", "thought", "that prices will fall"))), "2026-06-01T09:00:00.000Z");
        upload(store, "filter/b.txt", article("1", Map.of(name, "person"), List.of(
                claim(name, "indirect", "speech", "the plan would fail"))), "2026-06-03T09:00:00.000Z");
        upload(store, "filter/c.txt", article("1", Map.of(name, "person"), List.of(
                claim(name, "mixed", "speech", "the plan was \u201ca disgrace\u201d"))), "2026-06-05T09:00:00.000Z");

        assertThat(texts(ClaimFilter.parse("2026-06-02", null, null, null))).containsExactly("the plan was \u201ca disgrace\u201d",
                "the plan would fail");
        assertThat(texts(ClaimFilter.parse(null, "2026-06-03", null, null))).containsExactly("the plan would fail", "We will win",
                "that prices will fall");
        assertThat(texts(ClaimFilter.parse("2026-06-03T09:00:00Z", "2026-06-03T09:00:00Z", null, null)))
                .containsExactly("the plan would fail");
        assertThat(texts(ClaimFilter.parse(null, null, "thought", null))).containsExactly("that prices will fall");
        assertThat(texts(ClaimFilter.parse(null, null, "speech", "indirect,mixed"))).containsExactly("the plan was \u201ca disgrace\u201d",
                "the plan would fail");
        assertThat(texts(ClaimFilter.parse(null, null, null, "direct"))).containsExactly("We will win");

        var firstPage = store.speakerClaims("Moen", ClaimFilter.parse(null, null, "speech", null), null, 1);
        assertThat(firstPage.page().claims()).hasSize(1);
        String cursor = firstPage.page().nextCursor();
        var secondPage = store.speakerClaims("Moen", ClaimFilter.parse(null, null, "speech", null), cursor, 1);
        assertThat(secondPage.page().claims()).extracting(c -> c.claimJson().contains("would fail")).containsExactly(true);
        assertThatThrownBy(() -> store.speakerClaims("Moen", ClaimFilter.parse(null, "2026-06-04", null, null), cursor, 1))
                .as("a cursor outside the dates asked for").isInstanceOf(SummaryStore.InvalidCursorException.class);
        assertThatThrownBy(() -> ClaimFilter.parse("2026-13-01", null, null, null)).isInstanceOf(ClaimFilter.InvalidFilterException.class);
        assertThatThrownBy(() -> ClaimFilter.parse("2026-06-05", "2026-06-01", null, null))
                .isInstanceOf(ClaimFilter.InvalidFilterException.class);
        assertThatThrownBy(() -> ClaimFilter.parse(null, null, "statement", null)).isInstanceOf(ClaimFilter.InvalidFilterException.class);
    }

    private static List<String> texts(ClaimFilter filter) {
        List<String> texts = new ArrayList<>();
        for (var c : store.speakerClaims("Halvard Moen", filter, null, 100).page().claims()) {
            try {
                texts.add(JSON.readTree(c.claimJson()).get("text").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return texts;
    }
}
