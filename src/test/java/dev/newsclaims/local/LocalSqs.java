package dev.newsclaims.local;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ (an SQS API server) in this JVM on a free loopback port, with the articles queue and its
 * dead-letter queue created as the SAM template creates them: a message received {@code maxReceiveCount}
 * times without being deleted moves to the dead-letter queue.
 */
public final class LocalSqs implements AutoCloseable {

    public static final String QUEUE = "article-events";
    public static final String DEAD_LETTER_QUEUE = "article-events-dlq";

    private final SQSRestServer server;
    private final int port;
    private final String queueUrl;
    private final String deadLetterQueueUrl;

    private LocalSqs(SQSRestServer server, int port, String queueUrl, String deadLetterQueueUrl) {
        this.server = server;
        this.port = port;
        this.queueUrl = queueUrl;
        this.deadLetterQueueUrl = deadLetterQueueUrl;
    }

    /**
     * Starts on {@code fixedPort} (0: a free port we choose) and creates the queues with this visibility
     * timeout and receive count before dead-lettering.
     */
    public static LocalSqs start(int fixedPort, int visibilityTimeoutSeconds, int maxReceiveCount) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = fixedPort != 0 ? fixedPort : Dynalite.freePort();
            SQSRestServer server;
            try {
                server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port).withAWSRegion(LocalAws.REGION).start();
                server.waitUntilStarted();
            } catch (Exception e) {
                last = e;
                if (fixedPort != 0) {
                    break;
                }
                continue;
            }
            try (SqsClient sqs = client("http://127.0.0.1:" + port)) {
                String dlq = sqs.createQueue(b -> b.queueName(DEAD_LETTER_QUEUE)).queueUrl();
                String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                        .attributes().get(QueueAttributeName.QUEUE_ARN);
                String queue = sqs.createQueue(b -> b.queueName(QUEUE).attributes(Map.of(
                        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(visibilityTimeoutSeconds),
                        QueueAttributeName.REDRIVE_POLICY,
                        "{\"maxReceiveCount\":\"" + maxReceiveCount + "\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}")))
                        .queueUrl();
                return new LocalSqs(server, port, queue, dlq);
            } catch (RuntimeException e) {
                server.stopAndWait();
                throw e;
            }
        }
        throw new IllegalStateException("ElasticMQ did not start", last);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public String queueUrl() {
        return queueUrl;
    }

    public String deadLetterQueueUrl() {
        return deadLetterQueueUrl;
    }

    public SqsClient client() {
        return client(endpoint());
    }

    private static SqsClient client(String endpoint) {
        return SqsClient.builder()
                .region(Region.of(LocalAws.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsSessionCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY, LocalAws.SESSION_TOKEN)))
                .endpointOverride(URI.create(endpoint))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    /** Messages visible plus in flight plus delayed in a queue (approximate, as in SQS; exact in ElasticMQ). */
    public static int depth(SqsClient sqs, String queueUrl) {
        var attributes = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(List.of(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))).attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
