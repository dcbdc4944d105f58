package dev.newsclaims.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One function process of the local run, watched: when it exits, the console says so with the last
 * lines of its log, the invocation it held fails as Lambda fails it, and a new process starts on the
 * same Runtime API endpoint (after 1 s, doubling up to 30 s while new ones die within a minute, so a
 * function that cannot start does not spin).
 */
public final class WatchedFunction implements AutoCloseable {

    /** Starts one process polling the given Runtime API address and logging to the given file. */
    @FunctionalInterface
    public interface Starter {
        FunctionProcess start(String runtimeApi, Path log) throws IOException;
    }

    static final int LOG_LINES = 20;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(30);
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private final LambdaRuntimeApi.Environment endpoint;
    private final Starter starter;
    private final Path log;
    private final PrintStream console;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "function-restart");
        t.setDaemon(true);
        return t;
    });
    private volatile FunctionProcess process;
    private volatile boolean closed;
    private Duration delay = FIRST_DELAY;
    private int starts;

    public WatchedFunction(LambdaRuntimeApi.Environment endpoint, Starter starter, Path log, PrintStream console) {
        this.endpoint = endpoint;
        this.starter = starter;
        this.log = log;
        this.console = console;
    }

    public String name() {
        return endpoint.name();
    }

    public LambdaRuntimeApi.Environment endpoint() {
        return endpoint;
    }

    public Path log() {
        return log;
    }

    /** The process running now (a new one after a restart). */
    public FunctionProcess process() {
        return process;
    }

    /** How many processes were started in this slot. */
    public synchronized int starts() {
        return starts;
    }

    public synchronized WatchedFunction start() throws IOException {
        if (closed) {
            return this;
        }
        FunctionProcess started = starter.start(endpoint.address(), log);
        process = started;
        starts++;
        started.onExit().thenRun(() -> exited(started));
        return this;
    }

    /** Whether the current process registered (polled for an event) within the timeout. */
    public boolean awaitUp(Duration timeout) throws InterruptedException {
        FunctionProcess current = process;
        return current != null && endpoint.awaitPoll(current.startedNanos(), timeout);
    }

    private void exited(FunctionProcess ended) {
        if (closed) {
            return;
        }
        int code = ended.exitValue();
        endpoint.processExited("the " + name() + " process exited with code " + code);
        Duration next;
        synchronized (this) {
            boolean shortLived = System.nanoTime() - ended.startedNanos() < SETTLED.toNanos();
            delay = shortLived ? (starts == 1 ? FIRST_DELAY : min(delay.multipliedBy(2), LONGEST_DELAY)) : FIRST_DELAY;
            next = delay;
        }
        console.printf("%nThe %s (pid %d) exited with code %d; starting it again in %d s. Last lines of %s:%n%s%n",
                name(), ended.pid(), code, next.toSeconds(), log, tail(log, LOG_LINES));
        restarts.schedule(() -> {
            try {
                start();
            } catch (IOException | RuntimeException e) {
                console.println("Could not start the " + name() + " again: " + e);
            }
        }, next.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The last {@code lines} lines of a log file (read from its last 64 KB, any bytes), indented. */
    static String tail(Path file, int lines) {
        String text;
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(size, 64 * 1024));
            channel.position(size - buffer.capacity());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read to the end
            }
            text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "  (no log: " + e + ")";
        }
        String[] all = text.strip().split("\\R");
        if (text.isBlank()) {
            return "  (the log is empty)";
        }
        return "  " + String.join("\n  ", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
        FunctionProcess current = process;
        if (current != null) {
            current.close();
        }
    }
}
