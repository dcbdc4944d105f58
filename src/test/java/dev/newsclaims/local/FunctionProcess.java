package dev.newsclaims.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The deployable {@code target/function.zip}, unzipped and started the way the Lambda Java runtime
 * starts it: a fresh JVM running the AWS Lambda runtime interface client with the handler string
 * from the template, in the unzipped folder (the task root), polling {@code AWS_LAMBDA_RUNTIME_API}.
 */
public final class FunctionProcess implements AutoCloseable {

    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private final Process process;
    private final long startedNanos;

    private FunctionProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Unzips the function into {@code taskRoot} (replacing what is there). */
    public static Path unzip(Path zip, Path taskRoot) throws IOException {
        if (Files.exists(taskRoot)) {
            try (Stream<Path> walk = Files.walk(taskRoot)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(taskRoot);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = taskRoot.resolve(entry.getName()).normalize();
                if (!target.startsWith(taskRoot)) {
                    throw new IOException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return taskRoot;
    }

    /**
     * Starts the function. {@code runtimeJars} holds the runtime interface client and its
     * dependencies (copied by the build to target/lambda-runtime); {@code environment} is what the
     * template sets (handler, table, endpoints, credentials).
     */
    public static FunctionProcess start(Path taskRoot, Path runtimeJars, String runtimeApi, Map<String, String> environment,
            List<String> jvmOptions, Path log) throws IOException {
        List<String> classpath = new ArrayList<>();
        classpath.add(taskRoot.toString());
        classpath.add(taskRoot.resolve("lib").toString() + File.separator + "*");
        classpath.add(runtimeJars.toString() + File.separator + "*");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (Runtime.version().feature() >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add("com.amazonaws.services.lambda.runtime.api.client.AWSLambda");
        command.add(HANDLER);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(taskRoot.toFile()) // the client takes the task root from user.dir
                .redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        builder.environment().put("LAMBDA_TASK_ROOT", taskRoot.toString());
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", "local");
        builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new FunctionProcess(builder.start(), started);
    }

    public long startedNanos() {
        return startedNanos;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Peak resident set size so far in kB (Linux), or -1 when unknown. */
    public long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process ended
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
