package dev.newsclaims.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.Extractor;
import dev.newsclaims.ingest.ArticleDecoder;
import dev.newsclaims.process.ArticlePipeline;
import dev.newsclaims.process.ArticleProcessor;
import dev.newsclaims.process.S3ObjectRef;
import dev.newsclaims.store.ObjectOutcome;
import dev.newsclaims.store.SummaryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's bucket folder behaves like S3: an overwritten file is a new version, a deleted file
 * a removal, and files written into a brand-new sub-folder are announced. The changes go to the same
 * processor and store as in AWS, over S3Proxy's filesystem store and dynalite; the test reads back
 * what is stored.
 */
class BucketFolderTest {

    @TempDir
    static Path data;

    private static LocalAws aws;
    private static SummaryStore store;
    private static Path bucketDir;
    private static Thread watching;
    private static BucketFolder folder;

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.start(data.resolve("s3"), null);
        var db = aws.dynamoDbClient();
        store = new SummaryStore(db, LocalAws.TABLE, new ObjectMapper());
        ArticleProcessor processor = new ArticleProcessor(aws.s3Client(), store, new ArticlePipeline(new ArticleDecoder(), new Extractor()),
                1_000_000, Clock.systemUTC());
        bucketDir = data.resolve("s3").resolve(LocalAws.BUCKET);
        folder = new BucketFolder(bucketDir);
        watching = new Thread(() -> {
            try {
                folder.watch(change -> {
                    var ref = new S3ObjectRef(LocalAws.BUCKET, change.key(), null, change.etag(),
                            change.removed() ? 0 : change.bytes().length, change.sequencer(), Instant.now().toString());
                    if (change.removed()) {
                        processor.remove(ref, false);
                    } else {
                        processor.process(ref);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        watching.start();
    }

    @AfterAll
    static void stop() throws Exception {
        folder.close();
        watching.join(10_000);
        aws.close();
    }

    private static byte[] quoting(String speaker) {
        return ("Harbour plan approved\n\nThe harbour plan was approved on Friday. \u201cShips will come back,\u201d "
                + speaker + " told reporters.\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits for the outcome the watcher's event leads to (file events arrive asynchronously). */
    private static ObjectOutcome awaitOutcome(String key, Predicate<ObjectOutcome> expected) throws InterruptedException {
        Optional<ObjectOutcome> outcome = Optional.empty();
        for (int i = 0; i < 600 && !(outcome.isPresent() && expected.test(outcome.get())); i++) {
            Thread.sleep(100);
            outcome = store.objectOutcome(LocalAws.BUCKET, key);
        }
        assertThat(outcome).as("outcome of %s", key).isPresent();
        return outcome.get();
    }

    @Test
    void anOverwrittenFileIsANewVersionAndADeletedFileARemoval() throws Exception {
        Path file = bucketDir.resolve("desk/story.txt");
        Files.createDirectories(file.getParent());
        Thread.sleep(500); // the folder exists before the file, as when a newsroom drops files into it
        Files.write(file, quoting("Ada Berg"));
        ObjectOutcome first = awaitOutcome("desk/story.txt", o -> "summarized".equals(o.outcome()));

        Files.write(file, quoting("Cleo Dahl"));
        ObjectOutcome second = awaitOutcome("desk/story.txt", o -> !o.sequencer().equals(first.sequencer())
                && "summarized".equals(o.outcome()));

        assertThat(second.summaryId()).isNotEqualTo(first.summaryId());
        assertThat(second.sequencer()).isGreaterThan(first.sequencer());
        assertThat(store.claimsBy("Ada Berg", null, 10).claims()).isEmpty();
        assertThat(store.claimsBy("Cleo Dahl", null, 10).claims()).hasSize(1);

        Files.delete(file);
        ObjectOutcome deleted = awaitOutcome("desk/story.txt", o -> "deleted".equals(o.outcome()));

        assertThat(deleted.sequencer()).isGreaterThan(second.sequencer());
        assertThat(store.claimsBy("Cleo Dahl", null, 10).claims()).isEmpty();
        assertThat(store.find(second.summaryId())).isEmpty();
    }

    @Test
    void filesWrittenIntoANewSubFolderAtOnceAreNotMissed() throws Exception {
        String[] speakers = {"Edda Fisk", "Finn Gray", "Hana Iver"};
        Path dir = bucketDir.resolve("fresh/today");
        Files.createDirectories(dir);
        for (int i = 0; i < 3; i++) {
            Files.write(dir.resolve("story-" + i + ".txt"), quoting(speakers[i]));
        }

        for (int i = 0; i < 3; i++) {
            assertThat(awaitOutcome("fresh/today/story-" + i + ".txt", o -> "summarized".equals(o.outcome())).outcome())
                    .isEqualTo("summarized");
            assertThat(store.claimsBy(speakers[i], null, 10).claims()).hasSize(1);
        }
    }
}
