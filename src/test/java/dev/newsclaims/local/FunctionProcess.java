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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The deployable {@code target/function.zip}, unzipped and started the way the Lambda Java runtime
 * starts it: a fresh JVM running the AWS Lambda runtime interface client with the handler string
 * from the template, in the unzipped folder (the task root), polling {@code AWS_LAMBDA_RUNTIME_API}.
 *
 * <p>Each process has a temporary folder of its own, as each Lambda execution environment has its own
 * {@code /tmp}: the runtime interface client (2.10.1, {@code JniHelper}) otherwise copies its native
 * library to the fixed path {@code /tmp/.libaws-lambda-jni.so} (it ignores {@code java.io.tmpdir}) and
 * loads it from there, so two processes starting together rewrite the file one of them is mapping and
 * that one dies ({@code SIGBUS}). The client loads the file named by the system property
 * {@value #NATIVE_LIBRARY_PROPERTY} instead, when set: the library is copied into the process's own
 * folder and named there. The folder is deleted when the process ends.
 */
public final class FunctionProcess implements AutoCloseable {

    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The runtime interface client loads its native library from this path when the property is set. */
    static final String NATIVE_LIBRARY_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    private final Process process;
    private final long startedNanos;
    private final Path tmp;

    private FunctionProcess(Process process, long startedNanos, Path tmp) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.tmp = tmp;
        process.onExit().thenRun(() -> deleteTree(tmp));
    }

    /** Unzips the function into {@code taskRoot} (replacing what is there). */
    public static Path unzip(Path zip, Path taskRoot) throws IOException {
        deleteTree(taskRoot);
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
        Path tmp = Files.createTempDirectory("lambda-function-");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + tmp);
        Path nativeLibrary = copyNativeLibrary(runtimeJars, tmp);
        if (nativeLibrary != null) {
            command.add("-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeLibrary);
        }
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
        try {
            return new FunctionProcess(builder.start(), started, tmp);
        } catch (IOException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /**
     * Copies the runtime interface client's native library for this machine out of its jar into
     * {@code folder}; null where the jar has none for this platform (the client then tries its own way).
     */
    static Path copyNativeLibrary(Path runtimeJars, Path folder) throws IOException {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> null;
        };
        if (arch == null || !System.getProperty("os.name").startsWith("Linux")) {
            return null;
        }
        boolean musl;
        try (Stream<Path> lib = Files.list(Path.of("/lib"))) {
            musl = lib.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            musl = false;
        }
        String entry = "jni/libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + arch + ".so";
        try (Stream<Path> jars = Files.list(runtimeJars)) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client")).toList()) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                    ZipEntry library = zip.getEntry(entry);
                    if (library != null) {
                        Path target = folder.resolve("libaws-lambda-jni.so");
                        try (InputStream in = zip.getInputStream(library)) {
                            Files.copy(in, target);
                        }
                        return target;
                    }
                }
            }
        }
        return null;
    }

    /** The process's end, with its exit code. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The exit code; only once the process has ended. */
    public int exitValue() {
        return process.exitValue();
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

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a temporary folder left behind
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
