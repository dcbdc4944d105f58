package dev.newsclaims.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda Runtime API (2018-06-01) as the Lambda service offers it to a function: the runtime
 * interface client polls {@code /invocation/next}, and posts each result to {@code /response} or
 * {@code /error}. Lets the deployable zip run here exactly as it runs in AWS.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lambda-runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private volatile String initError;

    /** What the function answered: its JSON output, or its error document. */
    public record Result(boolean error, String body) {}

    private record Invocation(String id, String event) {}

    public LambdaRuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext(BASE, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues one event and waits for the function's answer. */
    public Result invoke(String event, Duration timeout) throws Exception {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Result> result = new CompletableFuture<>();
        inFlight.put(id, result);
        pending.put(new Invocation(id, event));
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer within " + timeout + (initError == null ? "" : "; init error: " + initError));
        } finally {
            inFlight.remove(id);
        }
    }

    /** Nanotime of the function's first poll: the runtime is initialised and ready for events. */
    public CompletableFuture<Long> firstPoll() {
        return firstPoll;
    }

    public String initError() {
        return initError;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        try (exchange) {
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                firstPoll.complete(System.nanoTime());
                Invocation next = pending.take();
                byte[] body = next.event().getBytes(StandardCharsets.UTF_8);
                var headers = exchange.getResponseHeaders();
                headers.add("Content-Type", "application/json");
                headers.add("Lambda-Runtime-Aws-Request-Id", next.id());
                headers.add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + Duration.ofMinutes(5).toMillis()));
                headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:local");
                headers.add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } else if (path.startsWith("invocation/") && exchange.getRequestMethod().equals("POST")) {
                String[] parts = path.split("/");
                String body = read(exchange.getRequestBody());
                var future = inFlight.get(parts[1]);
                if (future != null) {
                    future.complete(new Result(parts[2].equals("error"), body));
                }
                exchange.sendResponseHeaders(202, -1);
            } else if (path.equals("init/error")) {
                initError = read(exchange.getRequestBody());
                inFlight.values().forEach(f -> f.complete(new Result(true, initError)));
                exchange.sendResponseHeaders(202, -1);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
