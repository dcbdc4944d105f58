package dev.newsclaims.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Many different news-like articles, the same for a given seed: paragraphs of the sample articles mixed with made-up
 * quotations, reported speech, pronoun and role mentions, datelines and page furniture, as plain text, HTML or
 * Markdown. For tests that run many articles through the extractor and compare runs with each other.
 */
public final class ArticleMix {

    private static final String[] GIVEN = {"Maria", "James", "Aisha", "Pedro", "Emily", "Tomasz", "Grace", "Daniel",
        "Olena", "Michael", "Sofia", "Kwame", "Laura", "Hiroshi", "Nadia", "Robert"};
    private static final String[] FAMILY = {"Lopez", "Carter", "Okafor", "Nowak", "Fischer", "Adams", "Tanaka", "Brennan",
        "Kovalenko", "Mensah", "Rossi", "Whitfield", "Haddad", "Lindqvist"};
    private static final String[] ROLES = {"spokeswoman", "chief executive", "finance minister", "mayor", "director",
        "senior analyst", "union leader", "police chief"};
    private static final String[] ORGS = {"the World Health Organization", "Acme Corp", "the European Commission",
        "the city council", "the Ministry of Transport", "Greenpeace", "the Federal Reserve", "NATO"};
    private static final String[] CLAIMS = {"the plan would cut emissions by a third within five years",
        "prices had risen faster than wages for the third month in a row", "the talks were close to a breakthrough",
        "no decision had been made about the closure of the plant", "the new rules will apply from January",
        "the bridge was safe and would reopen next week", "the company expects profits to fall this year",
        "more than 2,000 people had been evacuated from the coast"};
    private static final String[] QUOTES = {"We will not accept this", "This is a historic day for the region",
        "Nobody should have to wait six hours for an ambulance", "The numbers speak for themselves",
        "We are ready to talk, but not at any price", "It was the right decision at the right time"};
    private static final String[] DATELINES = {"LONDON (Reuters) - ", "BRUSSELS, 8 Dec – ", "WASHINGTON — ", ""};
    private static final String[] FURNITURE = {"READ MORE: Ministers clash over budget", "Article continues below",
        "Photo: Getty Images", "Share this article"};

    private ArticleMix() {}

    /** An article with the name and content type it arrives with. */
    public record Article(String name, String contentType, String text) {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code count} articles for {@code seed}: every fourth HTML, every seventh Markdown, the rest plain text. */
    public static List<Article> articles(int count, long seed) {
        List<String> pool = samplePassages();
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = pick(random, FAMILY) + " says " + pick(random, CLAIMS).split(" ", 4)[3];
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(pick(random, DATELINES) + pick(random, pool));
            int n = 3 + random.nextInt(10);
            for (int p = 0; p < n; p++) {
                paragraphs.add(random.nextInt(3) == 0 ? pick(random, pool) : madeUp(random));
            }
            String name = "mix-" + i;
            if (i % 4 == 3) {
                StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title + "</title>"
                        + "<script>track()</script></head><body><nav>Home | World</nav><article><h1>" + title + "</h1>");
                paragraphs.forEach(p -> html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
                out.add(new Article(name + ".html", "text/html", html.append("</article></body></html>").toString()));
            } else if (i % 7 == 6) {
                out.add(new Article(name + ".md", "text/markdown", "# " + title + "\n\n" + String.join("\n\n", paragraphs)
                        .replaceFirst("(said|told)", "**$1**") + "\n"));
            } else {
                out.add(new Article(name + ".txt", "text/plain", title + "\n\n" + String.join("\n\n", paragraphs) + "\n"));
            }
        }
        return out;
    }

    private static String madeUp(Random r) {
        String given = pick(r, GIVEN);
        String person = given + " " + pick(r, FAMILY);
        String role = pick(r, ROLES);
        String org = pick(r, ORGS);
        String pronoun = given.matches("Maria|Aisha|Emily|Grace|Olena|Sofia|Laura|Nadia") ? "she" : "he";
        return switch (r.nextInt(9)) {
            case 0 -> "“" + pick(r, QUOTES) + ",” said " + person + ", the " + role + " of " + org + ".";
            case 1 -> person + ", " + role + " at " + org + ", told reporters on Tuesday that " + pick(r, CLAIMS) + ".";
            case 2 -> "“" + pick(r, QUOTES) + ",” " + pronoun + " said. “" + pick(r, QUOTES) + ".”";
            case 3 -> "According to " + org + ", " + pick(r, CLAIMS) + ".";
            case 4 -> Character.toUpperCase(org.charAt(0)) + org.substring(1) + " said in a statement: “" + pick(r, QUOTES) + ".”";
            case 5 -> person + " believes " + pick(r, CLAIMS) + ", and " + pronoun + " wants a vote before May.";
            case 6 -> "The " + role + " said " + pick(r, CLAIMS) + ", but declined to give details.";
            case 7 -> pick(r, FURNITURE);
            default -> "Officials said " + pick(r, CLAIMS) + ". The figures, " + person + " said, were “" + pick(r, QUOTES).toLowerCase() + ".”";
        };
    }

    /** The paragraphs of the repository's sample articles. */
    private static List<String> samplePassages() {
        List<String> out = new ArrayList<>();
        try {
            split(Files.readString(LocalPaths.events().resolve("articles/nato-eastern-europe.txt")), out);
            try (var in = ArticleMix.class.getResourceAsStream("/language/en.txt")) {
                split(new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(ArticleVariants.BODY);
        return out;
    }

    private static void split(String text, List<String> out) {
        for (String p : text.split("\n\\s*\n")) {
            if (p.strip().length() > 40) {
                out.add(p.strip());
            }
        }
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String pick(Random r, List<String> passages) {
        return passages.get(r.nextInt(passages.size()));
    }
}
