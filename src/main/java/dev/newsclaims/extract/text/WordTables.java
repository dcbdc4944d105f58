package dev.newsclaims.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Read-only word tables for the lexicons. {@code Set.of}/{@code Set.copyOf} tables probe with {@code floorMod} (an
 * integer division) on every look-up, and the extractor looks up nearly every token several times; a sparse
 * {@link HashSet} finds its bucket with a mask. Contents and membership are the same as the immutable tables'.
 */
public final class WordTables {

    private WordTables() {}

    public static Set<String> setOf(String... words) {
        return setOf(Arrays.asList(words));
    }

    public static Set<String> setOf(Collection<String> words) {
        Set<String> out = new HashSet<>(Math.max(16, words.size() * 4));
        out.addAll(words);
        return Collections.unmodifiableSet(out);
    }

    public static <V> Map<String, V> mapOf(Map<String, V> entries) {
        Map<String, V> out = new HashMap<>(Math.max(16, entries.size() * 4));
        out.putAll(entries);
        return Collections.unmodifiableMap(out);
    }

    /** The non-blank, non-comment ({@code #}) lines of a UTF-8 resource beside {@code owner}, stripped. */
    public static Set<String> read(Class<?> owner, String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return setOf(out);
    }

    public static Set<String> readLowerCase(Class<?> owner, String resource) {
        Set<String> out = new HashSet<>();
        for (String entry : read(owner, resource)) {
            out.add(entry.toLowerCase(Locale.ROOT));
        }
        return setOf(out);
    }
}
