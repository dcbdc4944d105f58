package dev.newsclaims.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy in this JVM on a free loopback port, checking AWS signatures against fixed test
 * credentials. {@code transient} keeps objects in memory; {@code filesystem} keeps each bucket as a
 * folder, so a file dropped into it is an object.
 */
public final class LocalS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final int port;

    private LocalS3(S3Proxy proxy) {
        this.proxy = proxy;
        this.port = proxy.getPort();
    }

    public static LocalS3 start(Path folder) throws Exception {
        return start(folder, 0);
    }

    /** Starts on {@code port} (0: any free port). */
    public static LocalS3 start(Path folder, int port) throws Exception {
        var blobStore = folder == null ? new TransientNio2BlobStore() : filesystem(folder);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)
                // Lambda credentials carry a session token (x-amz-security-token), which S3Proxy does not check.
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return new LocalS3(proxy);
    }

    private static FilesystemNio2BlobStore filesystem(Path folder) throws java.io.IOException {
        Files.createDirectories(folder);
        return new FilesystemNio2BlobStore(folder.toAbsolutePath().toString());
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
