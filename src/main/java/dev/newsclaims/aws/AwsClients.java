package dev.newsclaims.aws;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.retry.RetryMode;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the S3 and DynamoDB clients once per container. Region and credentials come from what
 * Lambda puts in the environment (no default-chain probing of profiles or instance metadata, which
 * costs cold-start time); endpoints are overridden only for the local S3 and DynamoDB stand-ins.
 */
@ApplicationScoped
public class AwsClients {

    @ConfigProperty(name = "aws.region", defaultValue = "us-east-1")
    String region;

    @ConfigProperty(name = "newsclaims.s3.endpoint")
    Optional<String> s3Endpoint;

    @ConfigProperty(name = "newsclaims.dynamodb.endpoint")
    Optional<String> dynamoDbEndpoint;

    @Produces
    @ApplicationScoped
    @DefaultBean
    public S3Client s3() {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials())
                // We only read, over TLS: skip the CRC checksums the SDK computes by default since 2.30,
                // and the S3 Express session-auth path (no directory buckets here). Less work on the first call.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .disableS3ExpressSessionAuth(true)
                .overrideConfiguration(boundedRetries())
                .httpClientBuilder(http());
        s3Endpoint.filter(s -> !s.isBlank()).ifPresent(endpoint -> builder
                .endpointOverride(URI.create(endpoint))
                // Local S3 servers answer on one host name: address buckets by path.
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    public DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials())
                // Plain regional endpoint: no account-id endpoint resolution (nothing to gain for one table).
                .accountIdEndpointMode(AccountIdEndpointMode.DISABLED)
                .overrideConfiguration(boundedRetries())
                .httpClientBuilder(http());
        dynamoDbEndpoint.filter(s -> !s.isBlank()).ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }

    /**
     * Standard retries (3 attempts) within a bounded time: when a service is down, fail fast and let
     * Lambda retry the event, instead of spending the whole invocation in the SDK's backoff
     * (DynamoDB's legacy default is 9 attempts).
     */
    private static ClientOverrideConfiguration boundedRetries() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .apiCallAttemptTimeout(Duration.ofSeconds(5))
                .apiCallTimeout(Duration.ofSeconds(15))
                .build();
    }

    private static UrlConnectionHttpClient.Builder http() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10));
    }

    /**
     * System properties first (tests and local runs), then the variables Lambda sets, then the
     * container endpoint, which is how a SnapStart-restored function receives its credentials.
     */
    private static AwsCredentialsProviderChain credentials() {
        return AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(),
                EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.create());
    }
}
