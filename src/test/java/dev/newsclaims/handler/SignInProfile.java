package dev.newsclaims.handler;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The API function as the template configures it under ApiAuthorization=COGNITO with a PageUrl: the page's sign-in
 * settings (NEWSCLAIMS_AUTH_* in the template, made-up values here).
 */
public class SignInProfile implements QuarkusTestProfile {

    static final String SIGN_IN = "https://newsroom-test.auth.eu-west-1.amazoncognito.com";
    static final String CLIENT_ID = "4example0page0client0id0a";
    static final String PAGE = "https://abc123.execute-api.eu-west-1.amazonaws.com/";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.lambda.handler", "api",
                "newsclaims.auth.url", SIGN_IN,
                "newsclaims.auth.client-id", CLIENT_ID,
                "newsclaims.auth.redirect-uri", PAGE,
                "newsclaims.auth.scope", "openid newsclaims/api");
    }
}
