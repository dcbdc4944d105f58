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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda Runtime API (2018-06-01) as the Lambda service offers it to a function: the runtime
 * interface client polls {@code /invocation/next}, and posts each result to {@code /response} or
 * {@code /error}. Lets the deployable zip run here exactly as it runs in AWS.
 *
 * <p>As in Lambda, each execution environment (one function process) can have an endpoint of its own
 * ({@link #environment}): invocations of the function go to whichever environment asks first, and the
 * endpoint tells whether its process has registered, which invocation it holds (failed with
 * {@code Runtime.ExitError} when the process exits, as Lambda does), and can invoke that process alone.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lambda-runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Result>> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private final List<Environment> environments = new CopyOnWriteArrayList<>();
    private final Environment shared;
    private volatile String initError;

    /** What the function answered: its JSON output, or its error document. */
    public record Result(boolean error, String body) {}

    private record Invocation(String id, String event) {}

    /** No function process took the invocation in time, or the one that took it did not answer. */
    public static final class NoAnswer extends TimeoutException {
        private final boolean taken;

        NoAnswer(String message, boolean taken) {
            super(message);
            this.taken = taken;
        }

        /** Whether a function process took the invocation (and did not answer in time). */
        public boolean taken() {
            return taken;
        }
    }

    public LambdaRuntimeApi() throws IOException {
        shared = environment("function");
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API, for processes that need no endpoint of their own. */
    public String address() {
        return shared.address();
    }

    /** A new endpoint for one execution environment, on a free loopback port. */
    public Environment environment(String name) throws IOException {
        Environment environment = new Environment(name);
        environments.add(environment);
        return environment;
    }

    /** Queues one event for whichever function process asks first, and waits for its answer. */
    public Result invoke(String event, Duration timeout) throws Exception {
        return invoke(pending, event, timeout);
    }

    private Result invoke(BlockingQueue<Invocation> queue, String event, Duration timeout) throws Exception {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Result> result = new CompletableFuture<>();
        inFlight.put(id, result);
        Invocation invocation = new Invocation(id, event);
        queue.put(invocation);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            boolean taken = !queue.remove(invocation);
            throw new NoAnswer((taken ? "no answer from the function process within " : "no function process took the invocation within ")
                    + timeout + (initError == null ? "" : "; init error: " + initError), taken);
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

    @Override
    public void close() {
        environments.forEach(e -> e.server.stop(0));
        executor.shutdownNow();
    }

    /** One execution environment's endpoint of the Runtime API. */
    public final class Environment {

        private final String name;
        private final HttpServer server;
        private final BlockingQueue<Invocation> own = new LinkedBlockingQueue<>();
        private volatile Invocation holding;
        /** Counts the processes that ended on this endpoint: a poll left open by an ended one takes nothing. */
        private volatile int generation;
        private boolean polled;
        private long lastPollNanos;
        private long answered;

        private Environment(String name) throws IOException {
            this.name = name;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext(BASE, this::handle);
            server.setExecutor(executor);
            server.start();
        }

        public String name() {
            return name;
        }

        /** host:port, the value of AWS_LAMBDA_RUNTIME_API for this environment's process. */
        public String address() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        /** Invokes this environment's process alone (a process started later on this endpoint, if this one ends). */
        public Result invoke(String event, Duration timeout) throws Exception {
            return LambdaRuntimeApi.this.invoke(own, event, timeout);
        }

        /** Invocations this environment answered so far. */
        public synchronized long answered() {
            return answered;
        }

        /**
         * Waits until a process polls this endpoint after {@code sinceNanos} (a process started then has
         * initialised and is ready for events); false when none did within the timeout.
         */
        public synchronized boolean awaitPoll(long sinceNanos, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!polled || lastPollNanos - sinceNanos < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        /** The process behind this endpoint ended: the invocation it held fails, as Lambda reports it. */
        public void processExited(String detail) {
            generation++;
            Invocation lost = holding;
            holding = null;
            if (lost != null) {
                var future = inFlight.get(lost.id());
                if (future != null) {
                    future.complete(new Result(true, "{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":"
                            + quote(detail) + "}"));
                }
            }
        }

        private synchronized void polled() {
            lastPollNanos = System.nanoTime();
            polled = true;
            notifyAll();
        }

        private synchronized void answeredOne() {
            answered++;
        }

        private record Taken(Invocation invocation, BlockingQueue<Invocation> from) {}

        /** The next invocation for this endpoint's process; null once that process has ended. */
        private Taken next(int polledBy) throws InterruptedException {
            while (generation == polledBy) {
                Invocation mine = own.poll();
                if (mine != null) {
                    return new Taken(mine, own);
                }
                Invocation any = pending.poll(100, TimeUnit.MILLISECONDS);
                if (any != null) {
                    return new Taken(any, pending);
                }
            }
            return null;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            try (exchange) {
                if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                    firstPoll.complete(System.nanoTime());
                    int polledBy = generation;
                    holding = null;
                    polled();
                    Taken taken = next(polledBy);
                    if (taken == null) {
                        return; // the process that asked has ended
                    }
                    if (generation != polledBy) {
                        taken.from().put(taken.invocation()); // for the next process
                        return;
                    }
                    Invocation next = taken.invocation();
                    holding = next;
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
                    Invocation held = holding;
                    if (held != null && held.id().equals(parts[1])) {
                        holding = null;
                    }
                    answeredOne();
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
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
