package dev.newsclaims.quotes;

import dev.newsclaims.model.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who a quotation is credited to across its appearances, with the variants of one name taken together:
 * "Stoltenberg", "Jens Stoltenberg", "J. Stoltenberg" and "NATO's Stoltenberg" are one person, as each
 * shorter form's words are words (or initials) of the longer. A conflict is two or more people who are not
 * variants of one name; a claim credited to nobody, to an organisation, a group or a role is no conflict.
 */
public final class CreditedPeople {

    /** A speaker as credited in one appearance, with the type the article gave it (person, organization, …). */
    public record Credit(String name, String type) {}

    /** A speaker and the appearances credited to it, its variants included. */
    public record Credited(String name, int appearances) {}

    private static final Pattern POSSESSIVE = Pattern.compile("^.*?\\S['\u2019]s\\s+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CreditedPeople() {}

    /** The speakers credited, variants merged under their fullest form, most appearances first. */
    public static List<Credited> speakers(List<Credit> credits) {
        List<List<String>> clusters = clusters(credits.stream().map(Credit::name).toList());
        Map<String, Integer> counts = new HashMap<>();
        for (Credit c : credits) {
            if (c.name() != null && !c.name().isBlank()) {
                counts.merge(c.name(), 1, Integer::sum);
            }
        }
        List<Credited> out = new ArrayList<>();
        for (List<String> cluster : clusters) {
            String fullest = cluster.stream().max(Comparator.<String>comparingInt(n -> words(n).size())
                    .thenComparingInt(n -> counts.getOrDefault(n, 0))).orElseThrow();
            out.add(new Credited(fullest, cluster.stream().mapToInt(n -> counts.getOrDefault(n, 0)).sum()));
        }
        out.sort(Comparator.comparingInt(Credited::appearances).reversed().thenComparing(Credited::name));
        return out;
    }

    /** Whether the words are credited to two or more people who are not variants of one name. */
    public static boolean conflict(List<Credit> credits) {
        List<String> people = credits.stream().filter(c -> "person".equals(c.type()) && c.name() != null && !c.name().isBlank())
                .map(Credit::name).toList();
        return clusters(people).size() > 1;
    }

    /** Distinct names grouped by variants (single-link: a surname alone joins every full name it ends). */
    private static List<List<String>> clusters(List<String> names) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                byKey.putIfAbsent(n, words(n));
            }
        }
        List<String> distinct = new ArrayList<>(byKey.keySet());
        int[] parent = new int[distinct.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                if (variants(byKey.get(distinct.get(i)), byKey.get(distinct.get(j)))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(distinct.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether each word of the shorter name is a word, or the initial of a word, of the longer. */
    static boolean variants(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> left = new ArrayList<>(shorter == a ? b : a);
        if (shorter.isEmpty()) {
            return false;
        }
        List<String> sorted = new ArrayList<>(shorter);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String w : sorted) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (left.get(i).equals(w) || w.length() == 1 && left.get(i).startsWith(w)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return true;
    }

    /** A name's words, folded, without a possessive before it ("NATO's Stoltenberg" → stoltenberg). */
    static List<String> words(String name) {
        String bare = POSSESSIVE.matcher(name.strip()).replaceFirst("");
        String folded = APOSTROPHES.matcher(Folding.fold(bare)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
