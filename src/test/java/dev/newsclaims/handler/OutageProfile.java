package dev.newsclaims.handler;

import dev.newsclaims.local.LocalAwsResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The S3 function with DynamoDB kept on disk (so an outage can be simulated by killing and restarting
 * it) and a small article size limit (so the limit can be tested with small objects).
 */
public class OutageProfile implements QuarkusTestProfile {

    public static final int MAX_ARTICLE_BYTES = 4_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsclaims.max-article-bytes", String.valueOf(MAX_ARTICLE_BYTES));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LocalAwsResource.class, Map.of("durableDynamoDb", "true")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
