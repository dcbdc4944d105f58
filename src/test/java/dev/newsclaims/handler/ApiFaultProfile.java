package dev.newsclaims.handler;

import dev.newsclaims.local.LocalAwsResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The API function with a DynamoDB of its own, so that a test may break it without harming the others. */
public class ApiFaultProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "api");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LocalAwsResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
