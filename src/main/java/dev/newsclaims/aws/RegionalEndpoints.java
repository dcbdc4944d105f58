package dev.newsclaims.aws;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.endpoints.AwsEndpointAttribute;
import software.amazon.awssdk.awscore.endpoints.authscheme.SigV4AuthScheme;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointParams;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;

/**
 * Endpoint providers that answer the only requests this product makes (a named bucket or the table, in the
 * client's region, plain or through the local endpoint override) without the SDK's endpoint rules engine,
 * whose S3 rule set alone is some hundred classes loaded and interpreted on the first call. They give the
 * same endpoints as the rules: {@code https://dynamodb.REGION.amazonaws.com},
 * {@code https://BUCKET.s3.REGION.amazonaws.com} (path style for a name that is not a plain host label,
 * and always for an override). Anything else (FIPS, dual stack, acceleration, access-point ARNs, directory
 * buckets, requests without a bucket) is handed to the SDK's own provider, created only then.
 */
public final class RegionalEndpoints {

    /** A bucket name that is one DNS label: virtual-hosted addressing works over TLS. */
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");

    private RegionalEndpoints() {
    }

    static String dnsSuffix(String region) {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    /** The DynamoDB provider: the override when there is one, else the regional endpoint. */
    public static DynamoDbEndpointProvider dynamoDb() {
        return new DynamoDbEndpointProvider() {
            private volatile DynamoDbEndpointProvider rules;

            @Override
            public CompletableFuture<Endpoint> resolveEndpoint(DynamoDbEndpointParams params) {
                if (params.region() == null || Boolean.TRUE.equals(params.useFips()) || Boolean.TRUE.equals(params.useDualStack())) {
                    if (rules == null) {
                        rules = DynamoDbEndpointProvider.defaultProvider();
                    }
                    return rules.resolveEndpoint(params);
                }
                String region = params.region().id();
                URI url = params.endpoint() != null ? URI.create(params.endpoint())
                        : URI.create("https://dynamodb." + region + "." + dnsSuffix(region));
                return CompletableFuture.completedFuture(Endpoint.builder().url(url).build());
            }
        };
    }

    /** The S3 provider for named general-purpose buckets. */
    public static S3EndpointProvider s3() {
        return new S3EndpointProvider() {
            private volatile S3EndpointProvider rules;

            @Override
            public CompletableFuture<Endpoint> resolveEndpoint(S3EndpointParams params) {
                if (!plain(params)) {
                    if (rules == null) {
                        rules = S3EndpointProvider.defaultProvider();
                    }
                    return rules.resolveEndpoint(params);
                }
                String region = params.region().id();
                String bucket = params.bucket();
                URI url;
                if (params.endpoint() != null) {
                    String base = params.endpoint();
                    url = URI.create(base + (base.endsWith("/") ? "" : "/") + bucket);
                } else if (Boolean.TRUE.equals(params.forcePathStyle()) || !HOST_LABEL.matcher(bucket).matches()) {
                    url = URI.create("https://s3." + region + "." + dnsSuffix(region) + "/" + bucket);
                } else {
                    url = URI.create("https://" + bucket + ".s3." + region + "." + dnsSuffix(region));
                }
                // What the rules attach to every S3 endpoint: SigV4 for "s3" in the region, no double URL encoding.
                SigV4AuthScheme auth = SigV4AuthScheme.builder().signingName("s3").signingRegion(region)
                        .disableDoubleEncoding(true).build();
                return CompletableFuture.completedFuture(Endpoint.builder().url(url)
                        .putAttribute(AwsEndpointAttribute.AUTH_SCHEMES, List.of(auth)).build());
            }
        };
    }

    private static boolean plain(S3EndpointParams p) {
        String bucket = p.bucket();
        return p.region() != null && bucket != null && !bucket.isEmpty()
                && bucket.indexOf(':') < 0 && !bucket.endsWith("--x-s3") && !bucket.endsWith("--op-s3")
                && !bucket.endsWith("--xa-s3")
                && bucket.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')
                && !Boolean.TRUE.equals(p.useFips()) && !Boolean.TRUE.equals(p.useDualStack())
                && !Boolean.TRUE.equals(p.accelerate()) && !Boolean.TRUE.equals(p.useObjectLambdaEndpoint())
                && !Boolean.TRUE.equals(p.useS3ExpressControlEndpoint())
                && !"aws-global".equals(p.region().id());
    }
}
