package gov.ca.code.codejson.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class RatiosTest {

    private static String result(String method, String input, double score, String unit) {
        return "{\"benchmark\": \"gov.ca.code.codejson.bench.X." + method + "\", \"params\": {\"input\": \"" + input
                + "\"}, \"primaryMetric\": {\"score\": " + score + ", \"scoreUnit\": \"" + unit + "\"}}";
    }

    private static String table(String... results) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Ratios.print(new JsonMapper().readTree("[" + String.join(",", results) + "]"), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEachBenchmarkInMillisecondsPerDocumentAndPerReleaseAgainstItsBaseline() throws Exception {
        String table = table(result("read", "synthetic:10", 2000, "us/op"),
                result("jacksonReadTree", "synthetic:10", 500_000, "ns/op"));

        assertThat(table).contains("| synthetic:10 | 10 | read | 2.00 | 200.00 | jacksonReadTree | 0.50 | 4.00 |");
    }

    @Test
    void saysSkippedWhenTheBaselineDidNotRun() throws Exception {
        String table = table(result("write", "synthetic:10", 3, "ms/op"));

        assertThat(table).contains("| synthetic:10 | 10 | write | 3.00 | 300.00 | jacksonWrite | skipped | – |")
                .doesNotContain("| read |");
    }
}
