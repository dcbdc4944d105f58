import dev.newsclaims.ingest.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Load time, accuracy and speed of LanguageDetector (bench/language/run.sh). Accuracy on the test
 * paragraphs (src/test/resources/language), on their first 100 and 50 characters, and the share of the
 * English evaluation articles (JSON lines given as further arguments, read in place) detected as English.
 */
public class MeasureLanguageDetector {

    public static void main(String[] args) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LanguageDetector detector = new LanguageDetector();
        detector.detect("The first call loads the tables.");
        long wallMicros = (System.nanoTime() - t0) / 1_000;
        long cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000;
        // CPU time of this thread is what a quiet machine would see as wall time; the wall time also counts waiting for a core.
        System.out.printf("first construction + first detection in a fresh JVM: %.2f ms CPU, %.2f ms wall%n",
                cpuMicros / 1000.0, wallMicros / 1000.0);

        Path dir = Path.of(args[0]);
        Map<String, List<String>> byLanguage = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String lang = f.getFileName().toString().replace(".txt", "");
                List<String> paragraphs = new ArrayList<>();
                for (String p : Files.readString(f).split("\n\\s*\n")) {
                    if (!p.isBlank()) paragraphs.add(p.strip());
                }
                byLanguage.put(lang, paragraphs);
            }
        }
        System.out.println("| language | paragraphs | whole (200+ chars) | first 100 chars | first 50 chars |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        int[] totals = new int[4];
        for (var e : byLanguage.entrySet()) {
            int[] right = new int[3];
            int[] cut = {Integer.MAX_VALUE, 100, 50};
            for (String p : e.getValue()) {
                for (int k = 0; k < 3; k++) {
                    String sample = p.substring(0, Math.min(p.length(), cut[k]));
                    if (detector.detect(sample).language().equals(e.getKey())) right[k]++;
                }
            }
            int n = e.getValue().size();
            totals[0] += n;
            for (int k = 0; k < 3; k++) totals[k + 1] += right[k];
            System.out.printf("| %s | %d | %d/%d | %d/%d | %d/%d |%n", e.getKey(), n, right[0], n, right[1], n, right[2], n);
        }
        System.out.printf("| all | %d | %.1f%% | %.1f%% | %.1f%% |%n", totals[0], 100.0 * totals[1] / totals[0],
                100.0 * totals[2] / totals[0], 100.0 * totals[3] / totals[0]);

        Pattern textField = Pattern.compile("\"text\": ?\"((?:[^\"\\\\]++|\\\\.)*+)\"");
        for (int a = 1; a < args.length; a++) {
            Map<String, Integer> counts = new TreeMap<>();
            long chars = 0;
            long nanos = 0;
            List<String> lines = args[a].endsWith(".gz")
                    ? new String(new GZIPInputStream(Files.newInputStream(Path.of(args[a]))).readAllBytes()).lines().toList()
                    : Files.readAllLines(Path.of(args[a]));
            for (String line : lines) {
                Matcher m = textField.matcher(line);
                if (!m.find()) continue;
                String text = m.group(1).replace("\\n", "\n").replace("\\\"", "\"");
                long s = System.nanoTime();
                String lang = detector.detect(text).language();
                nanos += System.nanoTime() - s;
                chars += text.length();
                counts.merge(lang, 1, Integer::sum);
            }
            System.out.printf("%s: %s; %.1f MB/s%n", Path.of(args[a]).getFileName(), counts, chars / (nanos / 1e9) / 1e6);
        }
    }
}
