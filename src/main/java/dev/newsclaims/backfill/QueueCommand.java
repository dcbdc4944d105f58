package dev.newsclaims.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code java -jar target/newsclaims-queue.jar backfill --bucket B [--prefix P] --queue-url U} enqueues
 * every object under the prefix; {@code reprocess --table T --queue-url U} enqueues the objects whose
 * summaries an older extractor made. Credentials and region come from the usual AWS environment
 * (variables, profile, SSO cache is not read: export credentials first).
 */
@Command(name = "newsclaims-queue", mixinStandardHelpOptions = true, version = "newsclaims-queue 0.1.0",
        subcommands = {QueueCommand.Backfill.class, QueueCommand.Reprocess.class},
        description = "Puts existing articles on the articles queue: a backfill of a bucket, or a reprocessing after an upgrade.")
public final class QueueCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) {
        System.exit(new CommandLine(new QueueCommand()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    /** Options every subcommand shares. */
    static class Connection {
        @Option(names = "--queue-url", required = true, description = "The ArticleEventsQueueUrl stack output.")
        String queueUrl;

        @Option(names = "--region", description = "AWS region (default: AWS_REGION or the profile's).")
        String region;

        @Option(names = "--endpoint", description = "Endpoint override for S3, SQS and DynamoDB (local stand-ins only).")
        URI endpoint;

        @Option(names = "--s3-endpoint", description = "Endpoint override for S3 alone (local stand-ins only).")
        URI s3Endpoint;

        @Option(names = "--dynamodb-endpoint", description = "Endpoint override for DynamoDB alone (local stand-ins only).")
        URI dynamoDbEndpoint;

        SqsClient sqs() {
            return build(SqsClient.builder(), endpoint);
        }

        S3Client s3() {
            URI override = s3Endpoint != null ? s3Endpoint : endpoint;
            var builder = S3Client.builder();
            if (override != null) {
                builder.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
            }
            return build(builder, override);
        }

        DynamoDbClient dynamoDb() {
            return build(DynamoDbClient.builder(), dynamoDbEndpoint != null ? dynamoDbEndpoint : endpoint);
        }

        /** The URL-connection HTTP client, the region if given, the endpoint override if any. */
        private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, URI override) {
            builder.httpClientBuilder(UrlConnectionHttpClient.builder());
            if (region != null) {
                builder.region(Region.of(region));
            }
            if (override != null) {
                builder.endpointOverride(override);
            }
            return builder.build();
        }
    }

    @Command(name = "backfill", mixinStandardHelpOptions = true,
            description = "Lists a bucket prefix and enqueues one S3 notification per object (10 per SendMessageBatch).")
    static final class Backfill implements Callable<Integer> {
        @CommandLine.Mixin
        Connection connection = new Connection();

        @Option(names = "--bucket", required = true, description = "The ArticlesBucketName stack output.")
        String bucket;

        @Option(names = "--prefix", defaultValue = "", description = "Only keys starting with this (default: the whole bucket).")
        String prefix;

        @Override
        public Integer call() {
            try (SqsClient sqs = connection.sqs(); S3Client s3 = connection.s3()) {
                var totals = new QueueFeeder(sqs, connection.queueUrl, JSON).enqueuePrefix(s3, bucket, prefix);
                System.out.printf("listed %d objects under s3://%s/%s, enqueued %d messages in %d SendMessageBatch requests%n",
                        totals.listed(), bucket, prefix, totals.enqueued(), totals.requests());
                return 0;
            }
        }
    }

    @Command(name = "reprocess", mixinStandardHelpOptions = true,
            description = "Finds the objects whose summaries an older extractor made (one table scan) and enqueues them again.")
    static final class Reprocess implements Callable<Integer> {
        @CommandLine.Mixin
        Connection connection = new Connection();

        @Option(names = "--table", required = true, description = "The SummariesTableName stack output.")
        String table;

        @Override
        public Integer call() {
            try (SqsClient sqs = connection.sqs(); DynamoDbClient db = connection.dynamoDb()) {
                var totals = new Reprocessing(db, table, new QueueFeeder(sqs, connection.queueUrl, JSON)).enqueueStale();
                System.out.printf("scanned %d items (%d read units), found %d summaries from an older engine, enqueued %d%n",
                        totals.scanned(), Math.round(totals.readUnits()), totals.stale(), totals.enqueued());
                return 0;
            }
        }
    }
}
