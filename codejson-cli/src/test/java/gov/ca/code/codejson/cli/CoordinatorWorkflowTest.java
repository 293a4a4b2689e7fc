package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly workflow of docs/coordinator.md, run on the example agency of {@code examples/agency}. */
class CoordinatorWorkflowTest {

    private static final String EXAMPLE = "examples/agency";

    @Test
    void runsTheQuarterOnTheExampleAgency(@TempDir Path dir) throws Exception {
        Path inventory = dir.resolve("code.json");
        Path report = dir.resolve("merge-report.json");
        Path metrics = dir.resolve("metrics");

        Cli merge = Cli.run("merge", "--agency-contact-email", "opensource@example.ca.gov", "--agency-contact-name",
                "Open Source Program Office", "--out", inventory.toString(), "--report", report.toString(), EXAMPLE + "/teams");
        assertThat(merge.exit).as(merge.err).isEqualTo(1);
        assertThat(merge.err).contains("teams/maps/code.json:39:5: warning: /releases/1: duplicate of \"permit-tracker\"",
                "teams/legacy.json:38:5: error: /releases/1: \"exam-scheduler\" fails validation and was left out; ask exams@example.ca.gov",
                "3 inputs, 6 entries: 4 releases written, 1 duplicate dropped, 1 invalid (1 left out), 2 redacted");
        String merged = Files.readString(inventory);
        assertThat(merged).doesNotContain("git.internal.example.ca.gov", "j.doe@example.ca.gov", "l.smith@example.ca.gov", "exam-scheduler");

        Cli validate = Cli.run("validate", "--profile", "california", inventory.toString());
        assertThat(validate.exit).as(validate.out + validate.err).isZero();

        Cli diff = Cli.run("diff", EXAMPLE + "/2026-Q2/code.json", inventory.toString());
        assertThat(diff.exit).isZero();
        assertThat(diff.out).contains("+ fire-map", "- water-rights-portal", "~ permit-tracker", "/version: \"2.3.0\" -> \"2.4.0\"",
                "2 added, 1 removed, 2 changed");

        Cli measured = Cli.run("metrics", "--previous", EXAMPLE + "/2026-Q2/code.json", "--out", metrics.toString(), inventory.toString());
        assertThat(measured.exit).as(measured.err).isZero();
        assertThat(metrics.resolve("metrics.md")).content().contains("| Releases | 4 | 3 | +1 |", "| exemptByAgencySystem | 1 | 0 | +1 |");
        assertThat(metrics.resolve("metrics.html")).exists();
    }
}
