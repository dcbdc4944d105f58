package dev.newsclaims.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsclaims.process.ObjectResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The per-object log line is valid CloudWatch embedded metric format, so outcomes become metrics. */
class OutcomeLogTest {

    @Test
    void oneEmbeddedMetricLinePerObject() throws Exception {
        OutcomeLog log = new OutcomeLog();
        log.json = new ObjectMapper();
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            log.object(new ObjectResult("articles", "a/b.txt", "unsupported", null, "binary content", false, 0, 12), "req-1");
        } finally {
            System.setOut(original);
        }

        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
        assertThat(directive.get("Namespace").asText()).isEqualTo("NewsClaims");
        assertThat(directive.at("/Dimensions/0/0").asText()).isEqualTo("outcome");
        directive.get("Metrics").forEach(m -> assertThat(line.has(m.get("Name").asText())).isTrue());
        assertThat(line.get("outcome").asText()).isEqualTo("unsupported");
        assertThat(line.get("key").asText()).isEqualTo("a/b.txt");
        assertThat(line.get("requestId").asText()).isEqualTo("req-1");
        assertThat(line.get("_aws").get("Timestamp").isNumber()).isTrue();
    }
}
