package dev.newsclaims.handler;

import dev.newsclaims.local.LocalAwsResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The article function as deployed behind the queue ({@code QUARKUS_LAMBDA_HANDLER=sqs}), with a local
 * SQS, and DynamoDB kept on disk so that an outage can be simulated by killing and restarting it.
 */
public class QueueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "sqs");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LocalAwsResource.class, Map.of("durableDynamoDb", "true", "queue", "true")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
