package dev.newsclaims.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts S3Proxy and dynalite before Quarkus boots and points the function at them. */
public class LocalAwsResource implements QuarkusTestResourceLifecycleManager {

    private static LocalAws aws;
    private boolean durableDynamoDb;

    @Override
    public void init(Map<String, String> initArgs) {
        durableDynamoDb = Boolean.parseBoolean(initArgs.getOrDefault("durableDynamoDb", "false"));
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
