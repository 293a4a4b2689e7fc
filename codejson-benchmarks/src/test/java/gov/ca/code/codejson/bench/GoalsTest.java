package gov.ca.code.codejson.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A smoke run of the goals table: every in-process row is measured and printed with its goal. */
class GoalsTest {

    @Test
    void aSmokeRunPrintsEveryInProcessRowWithItsGoalAndThePerReleaseTime() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Goals.run(20, 1, Duration.ZERO, false, out);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);

        assertThat(table).containsPattern("\\| read \\(located tree and model\\) \\| \\d+ ms \\| Jackson readTree \\d+ ms \\| "
                + "\\d+\\.\\d\\d × \\| ≤ 2\\.0 × \\| (yes|no) \\|")
                .contains("| format (read + write) |")
                .contains("- ajv row skipped: smoke run")
                .containsPattern("\\| 20 \\| \\d+ \\| \\d+\\.\\d \\|");
    }
}
