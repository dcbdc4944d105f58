package dev.newsclaims.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only word tables for the lexicons. {@code Set.of}/{@code Set.copyOf} tables probe with {@code floorMod} (an
 * integer division) on every look-up, and the extractor looks up nearly every token several times; a sparse
 * {@link HashSet} finds its bucket with a mask. Contents and membership are the same as the immutable tables'.
 */
final class WordTables {

    private WordTables() {}

    static Set<String> setOf(String... words) {
        return setOf(Arrays.asList(words));
    }

    static Set<String> setOf(Collection<String> words) {
        Set<String> out = new HashSet<>(Math.max(16, words.size() * 4));
        out.addAll(words);
        return Collections.unmodifiableSet(out);
    }

    static <V> Map<String, V> mapOf(Map<String, V> entries) {
        Map<String, V> out = new HashMap<>(Math.max(16, entries.size() * 4));
        out.putAll(entries);
        return Collections.unmodifiableMap(out);
    }
}
