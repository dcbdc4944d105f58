package dev.newsclaims.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts S3Proxy and dynalite (and, when asked, ElasticMQ) before Quarkus boots and points the function at them. */
public class LocalAwsResource implements QuarkusTestResourceLifecycleManager {

    /** Short, so that tests see redelivery quickly; the template derives it from the function timeout. */
    public static final int QUEUE_VISIBILITY_TIMEOUT_SECONDS = 2;
    public static final int QUEUE_MAX_RECEIVE_COUNT = 3;

    private static LocalAws aws;
    private boolean durableDynamoDb;
    private boolean queue;

    @Override
    public void init(Map<String, String> initArgs) {
        durableDynamoDb = Boolean.parseBoolean(initArgs.getOrDefault("durableDynamoDb", "false"));
        queue = Boolean.parseBoolean(initArgs.getOrDefault("queue", "false"));
    }

    /** The running stand-ins, for tests that need to upload objects or cut DynamoDB off. */
    public static LocalAws aws() {
        return aws;
    }

    @Override
    public Map<String, String> start() {
        try {
            LocalAws.setCredentialSystemProperties();
            aws = durableDynamoDb
                    ? LocalAws.startWithDurableDynamoDb(java.nio.file.Files.createTempDirectory("dynalite"))
                    : LocalAws.startTransient();
            if (queue) {
                aws.startQueue(0, QUEUE_VISIBILITY_TIMEOUT_SECONDS, QUEUE_MAX_RECEIVE_COUNT);
            }
            return aws.functionConfig();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the local S3 and DynamoDB", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (aws != null) {
                aws.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
