package dev.newsclaims.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies one task to each input on a fixed number of threads and hands the results over in input order, so a
 * parallel run prints exactly what a sequential one prints. At most {@code window} inputs are read ahead of the
 * oldest result not yet handed over: memory stays bounded however long the input is, and a long article holds up
 * the output while the other threads go on with the articles after it. With one thread no pool is made and each
 * input is done in turn on the calling thread.
 */
final class OrderedWorkers {

    /** Inputs in order; {@code null} at the end. Read on the calling thread only. */
    interface Source<T> {
        T next() throws IOException;
    }

    /** Takes the results in input order, on the calling thread only. */
    interface Sink<R> {
        void accept(R result) throws IOException;
    }

    /** Inputs read ahead per thread: enough that a long article rarely leaves a thread idle. */
    static final int WINDOW_PER_THREAD = 8;

    private OrderedWorkers() {}

    /**
     * Runs {@code work} over every input of {@code source} on {@code threads} threads. {@code work} is expected to
     * turn a bad input into a result of its own; anything it throws stops the run and is rethrown here.
     */
    static <T, R> void run(int threads, Source<T> source, Function<T, R> work, Sink<R> sink)
            throws IOException, InterruptedException {
        if (threads <= 1) {
            for (T input = source.next(); input != null; input = source.next()) {
                sink.accept(work.apply(input));
            }
            return;
        }
        int window = threads * WINDOW_PER_THREAD;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
            for (T input = source.next(); input != null; input = source.next()) {
                T item = input;
                pending.add(pool.submit(() -> work.apply(item)));
                if (pending.size() >= window) {
                    sink.accept(result(pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                sink.accept(result(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // As the sequential run would have thrown it.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads, so a failure on the calling thread never leaves the JVM waiting for a worker. */
    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "summarize-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
