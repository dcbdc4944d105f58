package dev.newsclaims.local;

import dev.newsclaims.store.SummaryStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The local stand-ins for AWS: S3Proxy and dynalite on loopback, with the articles bucket and the
 * summaries table created as the SAM template creates them. Used by the tests and the local run.
 */
public final class LocalAws implements AutoCloseable {

    public static final String ACCESS_KEY = "AKIALOCALTESTKEY0001";
    public static final String SECRET_KEY = "local-test-secret-key-not-a-real-one";
    public static final String SESSION_TOKEN = "local-session-token";
    public static final String REGION = "us-east-1";
    public static final String BUCKET = "articles";
    public static final String TABLE = "news-claims";

    private LocalS3 s3Server;
    private final Path s3Dir;
    private Dynalite dynalite;
    private final Path dynamoDir;
    private LocalSqs sqs;

    private LocalAws(LocalS3 s3Server, Path s3Dir, Dynalite dynalite, Path dynamoDir) {
        this.s3Server = s3Server;
        this.s3Dir = s3Dir;
        this.dynalite = dynalite;
        this.dynamoDir = dynamoDir;
    }

    /** In-memory S3 and DynamoDB (tests). */
    public static LocalAws startTransient() throws Exception {
        return start(null, null);
    }

    /** In-memory S3; DynamoDB kept in {@code dynamoDir}, so that it survives a restart (outage tests). */
    public static LocalAws startWithDurableDynamoDb(Path dynamoDir) throws Exception {
        return start(null, dynamoDir);
    }

    /** S3 buckets as folders under {@code s3Dir}, DynamoDB tables under {@code dynamoDir} (local runs). */
    public static LocalAws start(Path s3Dir, Path dynamoDir) throws Exception {
        return start(s3Dir, 0, dynamoDir, 0);
    }

    /** As {@link #start(Path, Path)}, on fixed ports (0: any free port). */
    public static LocalAws start(Path s3Dir, int s3Port, Path dynamoDir, int dynamoPort) throws Exception {
        LocalS3 s3 = LocalS3.start(s3Dir, s3Port);
        Dynalite dynalite;
        try {
            dynalite = Dynalite.start(dynamoDir, dynamoPort);
        } catch (Exception e) {
            s3.close();
            throw e;
        }
        LocalAws aws = new LocalAws(s3, s3Dir, dynalite, dynamoDir);
        aws.createBucketAndTable();
        return aws;
    }

    private void createBucketAndTable() {
        try (S3Client s3 = s3Client()) {
            try {
                s3.createBucket(b -> b.bucket(BUCKET));
            } catch (BucketAlreadyOwnedByYouException exists) {
                // kept from an earlier local run
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
        }
        try (DynamoDbClient db = dynamoDbClient()) {
            try {
                db.createTable(SummaryStore.tableDefinition(TABLE));
            } catch (ResourceInUseException exists) {
                // kept from an earlier local run
            }
        }
    }

    /** Stops S3, as an outage would look to the function (connections refused). */
    public void stopS3() throws Exception {
        s3Server.close();
    }

    /** Starts S3 again on the same port; an in-memory bucket comes back empty. */
    public void restartS3() throws Exception {
        int port = java.net.URI.create(s3Server.endpoint()).getPort();
        s3Server = LocalS3.start(s3Dir, port);
        createBucketAndTable();
    }

    /** Stops DynamoDB abruptly, as an outage would look to the function. */
    public void killDynamoDb() {
        dynalite.kill();
    }

    /** Starts DynamoDB again on the same port, with the same data when it is kept in a folder. */
    public void restartDynamoDb() throws Exception {
        int port = dynalite.port();
        dynalite.kill();
        dynalite = Dynalite.start(dynamoDir, port);
        try (DynamoDbClient db = dynamoDbClient()) {
            try {
                db.createTable(SummaryStore.tableDefinition(TABLE));
            } catch (ResourceInUseException exists) {
                // persisted
            }
        }
    }

    /**
     * Starts the local SQS (ElasticMQ) with the articles queue and its dead-letter queue, as the template
     * declares them ({@code port} 0: a free port). Closed with the rest.
     */
    public LocalSqs startQueue(int port, int visibilityTimeoutSeconds, int maxReceiveCount) throws Exception {
        if (sqs == null) {
            sqs = LocalSqs.start(port, visibilityTimeoutSeconds, maxReceiveCount);
        }
        return sqs;
    }

    /** The local SQS, or null when {@link #startQueue} was not called. */
    public LocalSqs sqs() {
        return sqs;
    }

    public String s3Endpoint() {
        return s3Server.endpoint();
    }

    public String dynamoDbEndpoint() {
        return dynalite.endpoint();
    }

    /** The function's configuration for these endpoints (as Quarkus config keys). */
    public Map<String, String> functionConfig() {
        return Map.of(
                "newsclaims.s3.endpoint", s3Endpoint(),
                "newsclaims.dynamodb.endpoint", dynamoDbEndpoint(),
                "newsclaims.table", TABLE,
                "aws.region", REGION);
    }

    /** The same configuration as environment variables, for a function started as a child process. */
    public Map<String, String> functionEnvironment() {
        return Map.of(
                "NEWSCLAIMS_ARTICLES_BUCKET", BUCKET,
                "NEWSCLAIMS_S3_ENDPOINT", s3Endpoint(),
                "NEWSCLAIMS_DYNAMODB_ENDPOINT", dynamoDbEndpoint(),
                "NEWSCLAIMS_TABLE", TABLE,
                "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_SESSION_TOKEN", SESSION_TOKEN);
    }

    /** Credentials for an in-JVM function, read by its system-property credentials provider. */
    public static void setCredentialSystemProperties() {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        System.setProperty("aws.sessionToken", SESSION_TOKEN);
    }

    public S3Client s3Client() {
        return S3Client.builder()
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .endpointOverride(URI.create(s3Endpoint()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder()
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .endpointOverride(URI.create(dynamoDbEndpoint()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** A client whose requests pass through {@code interceptor} (to watch them, or to interleave another writer). */
    public DynamoDbClient dynamoDbClient(software.amazon.awssdk.core.interceptor.ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder()
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .endpointOverride(URI.create(dynamoDbEndpoint()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor))
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
    }

    @Override
    public void close() throws Exception {
        try {
            dynalite.close();
        } finally {
            try {
                s3Server.close();
            } finally {
                if (sqs != null) {
                    sqs.close();
                }
            }
        }
    }
}
