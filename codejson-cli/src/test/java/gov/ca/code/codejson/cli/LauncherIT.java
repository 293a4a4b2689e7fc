package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code bin/codejson}, runs the jar, makes its class-data-sharing
 * archive on the first run and uses it on the next, and keeps the JVM's own messages out of the
 * report.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target", "codejson", "bin", "codejson");

    @Test
    void theFirstRunMakesTheArchiveAndTheSecondUsesItWithTheSameReport(@TempDir Path cache) throws Exception {
        Result first = run(cache, "validate", "--profile", "california", "examples/code.json");
        List<Path> archives = archives(cache);
        Result second = run(cache, "validate", "--profile", "california", "examples/code.json");

        assertThat(first.exit).isZero();
        assertThat(first.out).contains("examples/code.json:68:20: warning: /releases/1/date/created")
                .contains("[california.copyleft]");
        assertThat(first.err.lines()).containsExactly(
                "examples/code.json: valid (0 errors, 3 warnings, 2 hints; codegov-2.0.0, profile california)");
        assertThat(archives).hasSize(1).allMatch(a -> a.getFileName().toString().endsWith(".jsa"));
        assertThat(second).isEqualTo(first);
        assertThat(archives(cache)).isEqualTo(archives);
    }

    @Test
    void eachCommandGetsAnArchiveOfItsOwnSoThatAFirstRunOfVersionDoesNotStandForValidate(@TempDir Path cache)
            throws Exception {
        Result version = run(cache, "--version");
        Result validate = run(cache, "validate", "examples/code.json");
        Result again = run(cache, "validate", "--severity", "error", "examples/code.json");

        assertThat(version.exit).isZero();
        assertThat(validate.exit).isZero();
        assertThat(again.exit).isZero();
        assertThat(archives(cache)).extracting(a -> a.getFileName().toString().replaceAll("-[0-9]+-", "-KEY-"))
                .containsExactly("codejson-KEY-main.jsa", "codejson-KEY-validate.jsa");
    }

    @Test
    void anInvalidFileExitsOneAndBadUsageTwoThroughTheLauncher(@TempDir Path cache) throws Exception {
        Path invalid = Files.writeString(cache.resolve("code.json"), "{\"version\": \"2.0.0\"}");

        Result result = run(cache, "validate", "--severity", "error", invalid.toString());
        Result usage = run(cache, "validate", "--max-per-rule", "-1", invalid.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains(": error: ").doesNotContain(": warning: ").doesNotContain("[cds]");
        assertThat(usage.exit).isEqualTo(2);
    }

    @Test
    void anEmptyCacheSettingRunsWithoutAnArchive(@TempDir Path cache) throws Exception {
        Result result = run(null, "--version");

        assertThat(result.exit).isZero();
        assertThat(result.out.strip()).matches("codejson \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(result.err).isEmpty();
    }

    @Test
    void theHeapHintOfAnOutOfMemoryRunIsTheSettingTheLauncherReads(@TempDir Path cache) throws Exception {
        // Two million numbers in a member of its own: a large tree, and only a handful of violations.
        Path big = Files.writeString(cache.resolve("big.json"),
                "{\"version\": \"2.0.0\", \"counts\": [" + "1,".repeat(2_000_000) + "1]}");

        Result small = run(cache, List.of("CODEJSON_JAVA_OPTS=-Xmx32m"), "validate", big.toString());
        Result raised = run(cache, List.of("CODEJSON_JAVA_OPTS=-Xmx512m"), "validate", big.toString());

        assertThat(small.exit).isEqualTo(2);
        assertThat(small.err.lines()).containsExactly(Main.OUT_OF_MEMORY);
        assertThat(Main.OUT_OF_MEMORY).contains("CODEJSON_JAVA_OPTS=-Xmx2g with bin/codejson");
        assertThat(raised.exit).isEqualTo(1);
        assertThat(raised.out).contains("big.json:1:32: error: /counts: ");
        assertThat(raised.err).doesNotContain("out of memory");
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().startsWith("codejson-")).sorted().toList();
        }
    }

    /** Runs the launcher with a cache folder of its own, or none when {@code cache} is null. */
    private static Result run(Path cache, String... args) throws IOException, InterruptedException {
        return run(cache, List.of(), args);
    }

    /** Runs the launcher with more environment variables, each written {@code NAME=value}. */
    private static Result run(Path cache, List<String> environment, String... args) throws IOException, InterruptedException {
        assertThat(LAUNCHER).exists();
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("codejson-out", ".txt");
        Path err = Files.createTempFile("codejson-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("CODEJSON_CACHE", cache == null ? "" : cache.toString());
        builder.environment().remove("CODEJSON_JAVA_OPTS");
        for (String variable : environment) {
            builder.environment().put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        int exit = builder.start().waitFor();
        Result result = new Result(exit, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private record Result(int exit, String out, String err) {
    }
}
