package gov.ca.code.codejson.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the comparison of two builds, and what it says when a build cannot be used. */
class VersusTest {

    private static final String CLASS_PATH = System.getProperty("java.class.path");

    @Test
    void aBuildAgainstItselfGivesEveryOperationWithTheSameResult() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Versus.run(CLASS_PATH, CLASS_PATH, 20, 1, out);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);

        assertThat(table).contains("synthetic:20 (")
                .containsPattern("\\| read \\+ validate, codegov \\| \\d+\\.\\d \\| \\d+\\.\\d \\| \\d+\\.\\d{3} \\| yes \\(\\d+ violations\\) \\|")
                .containsPattern("\\| read \\+ validate, strict \\| .* \\| yes \\(\\d+ violations\\) \\|")
                .contains("| yes (a document) |")
                .containsPattern("\\| format \\(read \\+ write\\) \\| .* \\| yes \\(\\d+ characters\\) \\|");
    }

    @Test
    void buildsThatDisagreeInAnyRoundAreToldApartWithTheFirstDifference() {
        assertThat(Versus.agreement(List.of("6894 violations", "6894 violations"), List.of("6894 violations", "6894 violations")))
                .isEqualTo("yes (6894 violations)");
        assertThat(Versus.agreement(List.of("6894 violations", "6894 violations", "6894 violations"),
                List.of("6894 violations", "6893 violations", "6892 violations")))
                .isEqualTo("no: 6894 violations against 6893 violations");
    }

    @Test
    void aMissingBaselineIsNamedBeforeAnythingRuns(@TempDir Path dir) {
        String missing = dir.resolve("benchmarks.jar").toString();

        assertThatThrownBy(() -> Versus.run(CLASS_PATH, missing, 20, 1, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the baseline's class path entry \"" + missing + "\" does not exist; give the jars or folders"
                        + " of a codejson build, such as its target/benchmarks.jar");
    }

    @Test
    void aBaselineWithoutTheCoreSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> Versus.run(CLASS_PATH, dir.toString(), 20, 1, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the baseline (" + dir + ") holds no codejson core with the API this harness calls")
                .hasMessageContaining("gov.ca.code.codejson.CodeJson");
    }
}
