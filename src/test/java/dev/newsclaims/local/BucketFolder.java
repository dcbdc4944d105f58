package dev.newsclaims.local;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns changes in a bucket folder (S3Proxy's filesystem store) into the notifications S3 would send:
 * a new or overwritten file is {@code ObjectCreated:Put} with its MD5 as ETag, a deleted file is
 * {@code ObjectRemoved:Delete}; each event gets a sequencer above every earlier one, as S3 orders the
 * events of a key. A sub-folder is watched from the moment it appears, and scanned once registered, so
 * that files written into it before the watch took hold are not missed.
 */
public final class BucketFolder implements AutoCloseable {

    /** One notification: {@code bytes} is null for a removal. */
    public record Change(String eventName, String key, byte[] bytes, String etag, String sequencer) {
        public boolean removed() {
            return eventName.startsWith("ObjectRemoved");
        }
    }

    /** Receives each change, in order, on the watching thread. */
    public interface Listener {
        void changed(Change change) throws Exception;
    }

    private final Path root;
    private final WatchService watcher;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    /** The last (modified time, size) announced per file, so that one write's several events make one notification. */
    private final Map<Path, String> announced = new HashMap<>();
    private long lastSequence;

    public BucketFolder(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(root, null);
        // What is already in the folder was announced by earlier runs.
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(BucketFolder::isObject).forEach(f -> announced.put(f, stamp(f)));
        }
    }

    /** Watches until the thread is interrupted or the folder is closed. */
    public void watch(Listener listener) throws Exception {
        while (true) {
            WatchKey watchKey;
            try {
                watchKey = watcher.take();
            } catch (java.nio.file.ClosedWatchServiceException | InterruptedException stopped) {
                return;
            }
            Path dir = dirs.get(watchKey);
            Thread.sleep(300); // let writers finish the file
            for (var event : watchKey.pollEvents()) {
                if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    continue;
                }
                Path path = dir.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                    if (announced.remove(path) != null) {
                        listener.changed(new Change("ObjectRemoved:Delete", key(path), null, null, nextSequencer()));
                    }
                } else if (Files.isDirectory(path)) {
                    registerTree(path, listener);
                } else {
                    announce(path, listener);
                }
            }
            if (!watchKey.reset()) {
                dirs.remove(watchKey);
            }
        }
    }

    /** Watches a new folder (and its sub-folders), then announces the files already in it. */
    private void registerTree(Path dir, Listener listener) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                dirs.put(d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
        if (listener == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try {
                    announce(f, listener);
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }
    }

    private void announce(Path file, Listener listener) throws Exception {
        if (!isObject(file)) {
            return;
        }
        String stamp = stamp(file);
        if (stamp.equals(announced.get(file))) {
            return;
        }
        announced.put(file, stamp);
        byte[] bytes = Files.readAllBytes(file);
        listener.changed(new Change("ObjectCreated:Put", key(file), bytes, md5(bytes), nextSequencer()));
    }

    private static boolean isObject(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith("~") && !name.contains(".tmp");
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
        } catch (IOException gone) {
            return "";
        }
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** S3's sequencers grow per key; one clock-based counter for the whole folder does too. */
    private String nextSequencer() {
        lastSequence = Math.max(System.currentTimeMillis() * 1_000, lastSequence + 1);
        return Long.toHexString(lastSequence).toUpperCase(Locale.ROOT);
    }

    private static String md5(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
