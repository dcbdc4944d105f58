package dev.newsclaims.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsclaims.process.S3ObjectRef;
import org.junit.jupiter.api.Test;

/** A reprocessing message must be the same event again: the same order as the one recorded. */
class ReprocessingTest {

    @Test
    void theRecordedOrderComesBackExactly() {
        qt().forAll(strings().betweenCodePoints('0', 'F').ofLengthBetween(0, 20), booleans().all(),
                strings().basicLatinAlphabet().ofLengthBetween(0, 12), integers().between(0, 3)).checkAssert(
                (hex, versioned, token, time) -> {
                    String sequencer = hex.replaceAll("[^0-9A-F]", "");
                    String eventTime = time == 0 ? null : "2026-12-0" + time + "T06:00:00.000Z";
                    String clean = token.replaceAll("[#\\s]", "");
                    S3ObjectRef original = new S3ObjectRef("articles", "a/b c.txt", versioned ? "v" + clean : null,
                            versioned ? null : clean, 10, sequencer.isEmpty() ? null : sequencer, eventTime);

                    S3ObjectRef again = Reprocessing.sameEvent("articles", "a/b c.txt", original.versionId(), original.order());

                    assertThat(again.order()).isEqualTo(original.order());
                });
    }

    @Test
    void backfillsComeBeforeEveryS3Event() {
        String backfill = new S3ObjectRef("b", "k", null, "e", 1, S3ObjectRef.BEFORE_EVERY_EVENT, null).order();
        for (String real : new String[] {"0055AED6DCD90281E5", "1", "00000000000000000000000000000001"}) {
            assertThat(backfill).isLessThan(new S3ObjectRef("b", "k", null, "e", 1, real, null).order());
        }
        assertThat(backfill).isLessThan(new S3ObjectRef("b", "k", null, "e", 1, null, "2020-01-01T00:00:00Z").order());
    }
}
