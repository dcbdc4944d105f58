package dev.newsclaims.extract.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.newsclaims.language.tokenize.Tokenizer;
import dev.newsclaims.process.ArticlePipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Texts shaped to make a text stage work harder than the text is long: runs of one mark, one endless sentence,
 * storms of one cue word, deep brackets. Each shape fills a given number of bytes (UTF-8) with its unit, the counts
 * growing with the size (the counts in the comments are those of 1 MB). Made-up English wording, so the language
 * check lets every shape through to the extractor. Used by the extractor's tests and, as a program, by
 * {@code bench/run-hostile.sh}: {@code java -cp CLASSES HostileShapes.java DIR BYTES|under-limit [UNIT_FILE]} writes
 * one {@code NAME.txt} per shape (and {@code real-article.txt}, UNIT_FILE repeated) and prints name, bytes, tokens.
 * {@code under-limit} makes each the largest text of its shape with at most {@link ArticlePipeline#MAX_TOKENS}
 * tokens, so the whole analysis runs on it.
 */
public final class HostileShapes {

    /** One shape: its file name and a text of about {@code bytes} UTF-8 bytes. */
    public record Shape(String name, IntFunction<String> text) {
        public String of(int bytes) {
            return text.apply(bytes);
        }
    }

    private static final String[] WORDS = {"council", "budget", "river", "plan", "school", "market", "water",
        "report", "road", "office", "winter", "harbour", "team", "vote", "garden", "bridge", "price", "station"};
    private static final String[] NAMES = {"Alder", "Brook", "Carver", "Dunmore", "Ellery", "Fenwick", "Garland",
        "Hollis", "Ingram", "Jessop", "Kendrick", "Lowther", "Marlow", "Norcott", "Oakley", "Pennick"};

    /** A made-up news article: quotations, reported speech, names and places, paragraphs. */
    public static final String ARTICLE = """
            HARBOURTON, March 3 (Newswire) - The city council approved a new budget for the river bridge on \
            Tuesday, ending a dispute that had stalled repairs for two winters.

            "We have waited long enough," said Mayor Elena Marlow, who proposed the plan last year. "The bridge \
            is the only road to the station for half the town."

            Councillor Tom Fenwick, who voted against it, said the price was too high and that the office had \
            not studied cheaper designs. According to the city's own report, repairs will cost 4.2 million.

            Residents of the harbour district welcomed the vote. "My children cross it every day to reach the \
            school," said Ana Kendrick, a nurse. She added that the market would also benefit.

            Work is expected to begin in May, the council's engineer, Paul Oakley, told reporters.

            """;

    /** The shapes, in the benchmark's order. */
    public static final List<Shape> ALL = List.of(
            new Shape("straight-quotes", b -> repeat("\"", b)),
            new Shape("curly-quotes", b -> repeat("\u201C\u201D", b)),
            new Shape("openers-no-closers", b -> repeat("\u201C\u00AB\u201E\u2018\u2039 ", b)),
            // 200,000 apostrophes per MB, each opening a word as a single quotation mark would
            new Shape("apostrophes", b -> words(b, i -> "'" + WORDS[i % WORDS.length].substring(0, 3) + " ")),
            new Shape("one-sentence", b -> words(b, i -> (i % 7 == 0 ? "the " : "") + WORDS[(i * 7) % WORDS.length] + " ")),
            // 100,000 capitalised words per MB, no punctuation: one name-like run
            new Shape("capitalised-words", b -> words(b, i -> NAMES[(i * 5) % NAMES.length] + " ")),
            // 50,000 "said" per MB, no quotation mark, no full stop
            new Shape("said-storm", b -> words(b, i -> NAMES[i % NAMES.length] + " said the " + WORDS[i % WORDS.length] + " ")),
            // 100,000 commas per MB
            new Shape("commas", b -> words(b, i -> WORDS[i % WORDS.length] + ", ")),
            // blocks of brackets nested 10,000 deep
            new Shape("nested-brackets", b -> {
                String block = "(the ".repeat(10_000) + "said " + "road) ".repeat(10_000);
                return repeat(block, b);
            }),
            new Shape("open-then-close-brackets", b -> "(".repeat(b / 2) + ")".repeat(b - b / 2)),
            // 20,000 short paragraphs per MB
            new Shape("short-paragraphs", b -> words(b, i -> NAMES[i % NAMES.length] + " said: \"The "
                    + WORDS[i % WORDS.length] + " is fine.\"\n\n")),
            // quotations that each run across a sentence end, chaining sentence to sentence
            new Shape("quotes-across-sentences", b -> words(b, i -> NAMES[i % NAMES.length] + " said \"the "
                    + WORDS[i % WORDS.length] + " is closed. The plan\" and ")),
            // an interview answer whose paragraph never ends
            new Shape("endless-answer", b -> "Q: What happened at the council?\n\nA: "
                    + words(b - 40, i -> "the " + WORDS[i % WORDS.length] + " was discussed and ")),
            new Shape("article", b -> repeat(ARTICLE, b)));

    private HostileShapes() {
    }

    private static String repeat(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / unitBytes));
    }

    private static String words(int bytes, IntFunction<String> unit) {
        StringBuilder text = new StringBuilder(bytes + 64);
        for (int i = 0, size = 0; size < bytes; i++) {
            String next = unit.apply(i);
            text.append(next);
            size += next.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    /**
     * The most bytes of {@code shape} whose text has at most {@code maxTokens} tokens (tokens grow with the bytes):
     * doubling, then bisection.
     */
    public static int largestUnder(Shape shape, int maxTokens) {
        int low = 1;
        int high = 2;
        while (tokens(shape.of(high), maxTokens) <= maxTokens) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            int mid = low + (high - low) / 2;
            if (tokens(shape.of(mid), maxTokens) <= maxTokens) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int tokens(String text, int limit) {
        return Tokenizer.count(text, limit);
    }

    /** {@code java -cp CLASSES HostileShapes.java DIR BYTES|under-limit [UNIT_FILE]}: writes DIR/NAME.txt for every shape. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        List<Shape> shapes = new ArrayList<>(ALL);
        if (args.length > 2) {
            String unit = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
            shapes.add(new Shape("real-article", b -> repeat(unit, b)));
        }
        for (Shape shape : shapes) {
            int bytes = args[1].equals("under-limit") ? largestUnder(shape, ArticlePipeline.MAX_TOKENS) : Integer.parseInt(args[1]);
            String text = shape.of(bytes);
            Files.writeString(dir.resolve(shape.name() + ".txt"), text, StandardCharsets.UTF_8);
            System.out.println(shape.name() + "\t" + text.getBytes(StandardCharsets.UTF_8).length + "\t"
                    + Tokenizer.count(text, Integer.MAX_VALUE - 1));
        }
    }
}
