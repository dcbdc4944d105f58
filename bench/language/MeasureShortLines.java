import dev.newsclaims.ingest.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What LanguageDetector says about short lines (src/test/resources/language-short, one line each, '#'
 * lines name the shape of the English lines below them): for English, the share refused (detected as
 * another language; `und` in Latin script is summarised, so it is no refusal), per shape; for every
 * other language, its recall and the share left `und`. Lines the detector gets wrong are printed.
 */
public class MeasureShortLines {

    public static void main(String[] args) throws Exception {
        LanguageDetector detector = new LanguageDetector();
        Path dir = Path.of(args[0]);
        List<String> wrongLines = new ArrayList<>();
        System.out.println("| language | lines | as itself | und | another language |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        Map<String, int[]> englishShapes = new LinkedHashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String lang = f.getFileName().toString().replace(".txt", "");
                int lines = 0;
                int right = 0;
                int und = 0;
                String shape = "";
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("#")) {
                        shape = line.substring(1).strip();
                        continue;
                    }
                    if (line.isBlank()) continue;
                    lines++;
                    String got = detector.detect(line).language();
                    int[] s = englishShapes.computeIfAbsent(shape, k -> new int[2]);
                    if (lang.equals("en")) s[0]++;
                    if (got.equals(lang)) {
                        right++;
                    } else if (got.equals(LanguageDetector.UNDETERMINED)) {
                        und++;
                    } else {
                        if (lang.equals("en")) s[1]++;
                        wrongLines.add(lang + " -> " + got + ": " + line);
                    }
                }
                int wrong = lines - right - und;
                System.out.printf("| %s | %d | %d (%.0f%%) | %d (%.0f%%) | %d (%.0f%%) |%n", lang, lines, right, 100.0 * right / lines,
                        und, 100.0 * und / lines, wrong, 100.0 * wrong / lines);
            }
        }
        System.out.println();
        System.out.println("| English shape | lines | refused (another language) |");
        System.out.println("| --- | ---: | ---: |");
        int all = 0;
        int refused = 0;
        for (var e : englishShapes.entrySet()) {
            if (e.getValue()[0] == 0) continue;
            all += e.getValue()[0];
            refused += e.getValue()[1];
            System.out.printf("| %s | %d | %d |%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        System.out.printf("| all | %d | %d (%.1f%%) |%n", all, refused, 100.0 * refused / all);
        System.out.println();
        wrongLines.forEach(l -> System.out.println("- " + l));
    }
}
