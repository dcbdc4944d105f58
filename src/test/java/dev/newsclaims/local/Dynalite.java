package dev.newsclaims.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * dynalite (a DynamoDB API server on LevelDB, run by Node.js) as a child process on a free loopback
 * port. Installs itself from the committed package-lock.json with {@code npm ci} when needed.
 * dynalite's {@code --port 0} does not pick a free port, so we choose one and poll until it answers.
 */
public final class Dynalite implements AutoCloseable {

    private final Process process;
    private final int port;

    private Dynalite(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts dynalite; {@code dataDir} keeps the tables across restarts, null keeps them in memory. */
    public static Dynalite start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, 0);
    }

    /** Starts on {@code fixedPort}, or on a free port when it is 0. */
    public static Dynalite start(Path dataDir, int fixedPort) throws IOException, InterruptedException {
        Path home = LocalPaths.dynaliteHome();
        Path cli = home.resolve("node_modules/dynalite/cli.js");
        if (!Files.exists(cli)) {
            install(home);
        }
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            if (fixedPort != 0 && attempt > 0) {
                break;
            }
            int port = fixedPort != 0 ? fixedPort : freePort();
            List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                    String.valueOf(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                command.add("--path");
                command.add(dataDir.toString());
            }
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (awaitPort(process, port)) {
                return new Dynalite(process, port);
            }
            process.destroyForcibly();
            last = new IOException("dynalite did not start on port " + port);
        }
        throw last;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the process abruptly, as a crashed or unreachable DynamoDB would look to the function. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static void install(Path home) throws IOException, InterruptedException {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(home.toFile())
                // Not inheritIO(): Node makes an inherited standard input non-blocking, and the test JVM's standard
                // input is Surefire's command channel, which then fails ("std/in stream corrupted").
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        npm.getOutputStream().close();
        if (npm.waitFor() != 0) {
            throw new IOException("npm ci failed in " + home + " (Node.js >= 20 and npm are required)");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean awaitPort(Process process, int port) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }
}
