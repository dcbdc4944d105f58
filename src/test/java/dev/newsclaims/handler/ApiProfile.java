package dev.newsclaims.handler;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the application as the API function, as QUARKUS_LAMBDA_HANDLER=api does in the template. */
public class ApiProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "api");
    }
}
