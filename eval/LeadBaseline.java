import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.article.HeadlineParser;
import dev.newsclaims.extract.summary.Summarizer;
import dev.newsclaims.extract.text.TextDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The baseline for the summary: the first body sentences (after title, byline, dateline and page furniture) that
 * fit the same limits as the summary. Reads {"id","text"[,"title"]} lines, writes {"id","summary"} lines.
 * Run by evaluate.sh with the compiled classes on the class path: java -cp … eval/LeadBaseline.java [WORDS]
 */
public class LeadBaseline {
    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : Summarizer.DEFAULT_MAX_WORDS;
        Summarizer summarizer = new Summarizer(Summarizer.DEFAULT_MAX_SENTENCES, words);
        ObjectMapper json = new ObjectMapper();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            TextDocument doc = TextDocument.of(r.path("text").asText(""));
            Headline headline = HeadlineParser.parse(doc, r.hasNonNull("title") ? r.get("title").asText() : null);
            out.println(json.writeValueAsString(Map.of("id", r.path("id").asText(), "summary", summarizer.lead(doc, headline))));
        }
        out.flush();
    }
}
