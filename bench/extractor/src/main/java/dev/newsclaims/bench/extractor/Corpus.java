package dev.newsclaims.bench.extractor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark corpus: the {@code text} of each line of {@code -Dcorpus=FILE.jsonl} (default
 * {@code ../shared/eval/data/polnear_train.jsonl} relative to the repo root), or, when that file is
 * absent, {@code events/articles/*.txt}. Also builds synthetic articles of a given size by
 * concatenating real paragraphs, for the length-scaling benchmark. Deterministic: every fork and the
 * reporting main build exactly the same inputs.
 */
public final class Corpus {

    public static final String DEFAULT = "../shared/eval/data/polnear_train.jsonl";

    public final Path source;
    public final List<String> texts;
    public final long totalBytes;

    private Corpus(Path source, List<String> texts) {
        this.source = source;
        this.texts = List.copyOf(texts);
        this.totalBytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static volatile Corpus loaded;

    public static Corpus load() {
        Corpus c = loaded;
        if (c == null) {
            synchronized (Corpus.class) {
                if (loaded == null) {
                    loaded = read();
                }
                c = loaded;
            }
        }
        return c;
    }

    /** The repository root: -Dbench.root, else the nearest folder upwards with template.yaml and pom.xml. */
    public static Path repoRoot() {
        String root = System.getProperty("bench.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("template.yaml")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return start;
    }

    private static Corpus read() {
        Path root = repoRoot();
        String configured = System.getProperty("corpus");
        Path file = root.resolve(configured != null ? configured : DEFAULT).normalize();
        try {
            if (Files.isRegularFile(file)) {
                ObjectMapper json = new ObjectMapper();
                List<String> texts = new ArrayList<>();
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode text = json.readTree(line).get("text");
                        if (text != null && !text.asText().isBlank()) {
                            texts.add(text.asText());
                        }
                    }
                }
                if (!texts.isEmpty()) {
                    return new Corpus(file, texts);
                }
            } else if (configured != null) {
                throw new IllegalArgumentException("-Dcorpus=" + configured + ": no such file " + file);
            }
            Path articles = root.resolve("events/articles");
            List<String> texts = new ArrayList<>();
            try (Stream<Path> files = Files.list(articles)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no corpus: neither " + file + " nor " + articles + "/*.txt");
            }
            return new Corpus(articles, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double meanBytes() {
        return (double) totalBytes / texts.size();
    }

    /** The corpus's paragraphs (split on blank lines, else on line breaks), in corpus order. */
    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            String[] parts = text.contains("\n\n") ? text.split("\n\\s*\n") : text.split("\n");
            for (String p : parts) {
                String t = p.strip();
                if (t.length() >= 40) { // skip bylines, datelines and other fragments
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * A synthetic article of about {@code targetBytes} UTF-8 bytes: whole real paragraphs, in corpus
     * order, separated by blank lines, until the target is reached (so slightly above it; use
     * {@link #bytes(String)} of the result to normalise).
     */
    public String synthetic(int targetBytes) {
        List<String> paragraphs = paragraphs();
        StringBuilder sb = new StringBuilder(targetBytes + 4096);
        long bytes = 0;
        for (int i = 0; bytes < targetBytes; i++) {
            String p = paragraphs.get(i % paragraphs.size());
            if (sb.length() > 0) {
                sb.append("\n\n");
                bytes += 2;
            }
            sb.append(p);
            bytes += bytes(p);
        }
        return sb.toString();
    }

    public static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
