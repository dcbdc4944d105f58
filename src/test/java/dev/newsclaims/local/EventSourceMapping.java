package dev.newsclaims.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS event source mapping does, for the local run and the tests: up to
 * {@code maxConcurrency} pollers each receive a batch (up to {@code batchSize} messages, gathered for up
 * to the batching window), invoke the function with an {@code SQSEvent}, and delete the messages it did
 * not name in {@code batchItemFailures}. A failed invocation deletes nothing: its messages come back
 * after the visibility timeout, and the queue's redrive policy moves them to the dead-letter queue.
 */
public final class EventSourceMapping implements AutoCloseable {

    /** Invokes the function with one SQS event; returns its response, throws when the invocation failed. */
    @FunctionalInterface
    public interface Function {
        String invoke(String sqsEvent) throws Exception;
    }

    /** Counters and time per phase (nanoseconds summed over all pollers). */
    public static final class Stats {
        public final AtomicLong batches = new AtomicLong();
        public final AtomicLong messages = new AtomicLong();
        public final AtomicLong deleted = new AtomicLong();
        public final AtomicLong reportedFailures = new AtomicLong();
        public final AtomicLong failedInvocations = new AtomicLong();
        public final AtomicLong receiveCalls = new AtomicLong();
        public final AtomicLong deleteCalls = new AtomicLong();
        public final AtomicLong receiveNanos = new AtomicLong();
        public final AtomicLong invokeNanos = new AtomicLong();
        public final AtomicLong deleteNanos = new AtomicLong();
        public final AtomicInteger inFlight = new AtomicInteger();
        public final AtomicInteger peakConcurrency = new AtomicInteger();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;
    private final int batchSize;
    private final Duration batchingWindow;
    private final Function function;
    private final List<Thread> pollers = new ArrayList<>();
    private final Stats stats = new Stats();
    private volatile boolean running = true;

    public EventSourceMapping(SqsClient sqs, String queueUrl, int batchSize, Duration batchingWindow, int maxConcurrency,
            Function function) {
        if (batchSize < 1 || batchSize > 10_000 || maxConcurrency < 1) {
            throw new IllegalArgumentException("batch size 1..10000 and concurrency >= 1");
        }
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.batchSize = batchSize;
        this.batchingWindow = batchingWindow;
        this.function = function;
        for (int i = 0; i < maxConcurrency; i++) {
            Thread poller = new Thread(this::poll, "sqs-poller-" + i);
            poller.setDaemon(true);
            pollers.add(poller);
        }
    }

    public EventSourceMapping start() {
        pollers.forEach(Thread::start);
        return this;
    }

    public Stats stats() {
        return stats;
    }

    /** Waits until the queue holds no message (visible or in flight), or the timeout; true when drained. */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int emptyInARow = 0;
        while (System.nanoTime() < deadline) {
            emptyInARow = LocalSqs.depth(sqs, queueUrl) == 0 && stats.inFlight.get() == 0 ? emptyInARow + 1 : 0;
            if (emptyInARow >= 2) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void poll() {
        while (running) {
            try {
                List<Message> batch = receiveBatch();
                if (batch.isEmpty() || !running) {
                    continue;
                }
                int now = stats.inFlight.incrementAndGet();
                stats.peakConcurrency.accumulateAndGet(now, Math::max);
                try {
                    invokeAndDelete(batch);
                } finally {
                    stats.inFlight.decrementAndGet();
                }
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("event source mapping: " + e);
                    sleep(200);
                }
            }
        }
    }

    private List<Message> receiveBatch() {
        List<Message> batch = new ArrayList<>();
        long windowEnd = System.nanoTime() + batchingWindow.toNanos();
        do {
            int wanted = Math.min(10, batchSize - batch.size());
            long started = System.nanoTime();
            List<Message> received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(wanted)
                    .waitTimeSeconds(batch.isEmpty() ? 1 : 0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            stats.receiveNanos.addAndGet(System.nanoTime() - started);
            stats.receiveCalls.incrementAndGet();
            batch.addAll(received);
            if (received.isEmpty() && System.nanoTime() >= windowEnd) {
                break;
            }
            if (received.isEmpty()) {
                sleep(20);
            }
        } while (batch.size() < batchSize && System.nanoTime() < windowEnd && running);
        return batch;
    }

    private void invokeAndDelete(List<Message> batch) {
        stats.batches.incrementAndGet();
        stats.messages.addAndGet(batch.size());
        String response;
        long started = System.nanoTime();
        try {
            response = function.invoke(sqsEvent(batch));
        } catch (Exception failed) {
            stats.failedInvocations.incrementAndGet();
            return; // every message of the batch comes back after the visibility timeout
        } finally {
            stats.invokeNanos.addAndGet(System.nanoTime() - started);
        }
        Set<String> failed = new HashSet<>();
        try {
            for (JsonNode failure : JSON.readTree(response).path("batchItemFailures")) {
                failed.add(failure.path("itemIdentifier").asText());
            }
        } catch (Exception unreadable) {
            stats.failedInvocations.incrementAndGet();
            return;
        }
        stats.reportedFailures.addAndGet(failed.size());
        List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
        for (Message m : batch) {
            if (!failed.contains(m.messageId())) {
                done.add(DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build());
            }
        }
        long deleting = System.nanoTime();
        for (int from = 0; from < done.size(); from += 10) {
            List<DeleteMessageBatchRequestEntry> chunk = done.subList(from, Math.min(done.size(), from + 10));
            var result = sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(chunk));
            stats.deleteCalls.incrementAndGet();
            stats.deleted.addAndGet(result.successful().size());
        }
        stats.deleteNanos.addAndGet(System.nanoTime() - deleting);
    }

    /** The event Lambda builds from received messages. */
    public static String sqsEvent(List<Message> batch) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            ObjectNode attributes = record.putObject("attributes");
            m.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
            record.putObject("messageAttributes");
            record.put("md5OfBody", m.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:" + LocalAws.REGION + ":000000000000:" + LocalSqs.QUEUE);
            record.put("awsRegion", LocalAws.REGION);
        }
        return event.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread poller : pollers) {
            try {
                poller.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
