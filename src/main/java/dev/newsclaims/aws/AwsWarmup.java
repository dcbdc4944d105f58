package dev.newsclaims.aws;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the AWS clients and makes one harmless read with each, so that the SDK's first-call work
 * (some 2,900 classes: endpoint rules, signing, marshalling) is done before the first event. The reads
 * are of keys that never exist; their answer is ignored. The S3 read needs {@code newsclaims.articles-bucket}.
 *
 * <p>SnapStart runs it before the snapshot ({@code SnapStartPriming}), where it is paid once per
 * version. At plain start-up ({@code newsclaims.warmup=true}) it only moves the time from the first
 * invocation into init: measured here, JVM start → first summary stored was no faster (median 1,910 ms
 * eager against 1,585 ms lazy, bench/results/coldstart-2026-11-25-1553.md), so it is off by default.
 */
@ApplicationScoped
public class AwsWarmup {

    private static final Logger LOG = Logger.getLogger(AwsWarmup.class);

    @ConfigProperty(name = "newsclaims.warmup", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "quarkus.lambda.handler", defaultValue = "s3")
    String handler;

    @ConfigProperty(name = "newsclaims.table")
    String table;

    @ConfigProperty(name = "newsclaims.articles-bucket")
    Optional<String> bucket;

    @Inject
    DynamoDbClient dynamoDb;

    @Inject
    S3Client s3;

    void onStart(@Observes StartupEvent started) {
        if (enabled) {
            warm();
        }
    }

    /** One read with each client this function uses; never throws. */
    public void warm() {
        long t0 = System.nanoTime();
        try {
            dynamoDb.getItem(b -> b.tableName(table)
                    .key(Map.of("pk", AttributeValue.fromS("WARMUP"), "sk", AttributeValue.fromS("WARMUP"))));
        } catch (RuntimeException ignored) {
            // The point is the class loading and the connection, not the answer.
        }
        if ("s3".equals(handler) && bucket.filter(b -> !b.isBlank()).isPresent()) {
            try {
                s3.headObject(b -> b.bucket(bucket.get()).key(".newsclaims-warmup"));
            } catch (RuntimeException ignored) {
                // 404 or 403 expected.
            }
        }
        LOG.debugf("AWS clients warmed in %d ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
