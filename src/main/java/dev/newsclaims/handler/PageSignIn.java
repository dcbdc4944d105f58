package dev.newsclaims.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the page signs in, at {@code GET /page/auth.json}: under the template's COGNITO authorisation, the hosted
 * sign-in's address, the page's client, where the sign-in returns and the scope to ask for (set by the template as
 * NEWSCLAIMS_AUTH_*); otherwise {@code {"signIn":"none"}} and the page calls the API as it is (IAM behind a signing
 * proxy, or the local stack). It holds no secret: the page's client is a public one, its code bound to the page by PKCE.
 */
@ApplicationScoped
public class PageSignIn {

    static final String PATH = PageFiles.PREFIX + "auth.json";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "newsclaims.auth.url")
    Optional<String> url;

    @ConfigProperty(name = "newsclaims.auth.client-id")
    Optional<String> clientId;

    @ConfigProperty(name = "newsclaims.auth.redirect-uri")
    Optional<String> redirectUri;

    @ConfigProperty(name = "newsclaims.auth.scope", defaultValue = "openid")
    String scope;

    /** Whether the page must sign in: all three settings present, the sign-in's address an https origin. */
    boolean enabled() {
        return origin().isPresent() && clientId.filter(s -> !s.isBlank()).isPresent()
                && redirectUri.filter(s -> !s.isBlank()).isPresent();
    }

    /** The hosted sign-in's origin (scheme, host, port), the only other place the page may fetch from (its token endpoint). */
    Optional<String> origin() {
        return url.filter(s -> !s.isBlank()).flatMap(s -> {
            try {
                URI uri = URI.create(s.strip());
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    return Optional.empty();
                }
                return Optional.of("https://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The page's Content-Security-Policy: its own API, plus the token endpoint's origin when it signs in. */
    String contentSecurityPolicy() {
        String connect = enabled() ? "'self' " + origin().orElseThrow() : "'self'";
        return PageFiles.CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src " + connect);
    }

    APIGatewayV2HTTPResponse configuration() {
        ObjectNode body = json.createObjectNode();
        if (enabled()) {
            String origin = origin().orElseThrow();
            body.put("signIn", "cognito");
            body.put("authorizeUrl", origin + "/oauth2/authorize");
            body.put("tokenUrl", origin + "/oauth2/token");
            body.put("logoutUrl", origin + "/logout");
            body.put("clientId", clientId.orElseThrow().strip());
            body.put("redirectUri", redirectUri.orElseThrow().strip());
            body.put("scope", scope.strip());
        } else {
            body.put("signIn", "none");
        }
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", "application/json");
        // Read on every page load: a redeploy that changes the client takes effect at once.
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Content-Type-Options", "nosniff");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(body.toString())
                .withIsBase64Encoded(false).build();
    }
}
