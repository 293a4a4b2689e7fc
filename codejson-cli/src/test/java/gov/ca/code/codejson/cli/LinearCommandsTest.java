package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads one inventory and writes one result takes time in proportion to the
 * number of releases: a hundred times the releases cost about a hundred times the time, never the
 * square of it (ten thousand times). The releases are empty, the shape that gives each command the
 * most work per byte (every required field missing, every entry a duplicate of the others). The
 * bound is a ratio of two runs in the same test, not a time: at most ten times the cost per release
 * of the small run, which leaves room for a busy machine and still fails by far on a quadratic pass.
 * The sizes are 1,000 and 100,000 to keep the module's tests short; the core's
 * {@code LinearInputTest} reads, validates and writes a million members.
 */
class LinearCommandsTest {

    private static final int SMALL = 1_000;
    private static final int LARGE = 100_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "migrate", "merge", "metrics", "diff"})
    void aHundredTimesTheReleasesCostAboutAHundredTimesTheTime(String command) throws Exception {
        Path small = inventory(command, SMALL);
        Path large = inventory(command, LARGE);
        for (int i = 0; i < 3; i++) {
            run(command, small, SMALL);
        }
        long smallNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            smallNanos = Math.min(smallNanos, run(command, small, SMALL));
        }

        long largeNanos = run(command, large, LARGE);

        assertThat(largeNanos).as("%s: %d releases took %d ms, %d releases %d ms", command, LARGE, largeNanos / 1_000_000,
                SMALL, smallNanos / 1_000_000).isLessThanOrEqualTo(1000 * smallNanos);
    }

    /** Runs the command once, checks its outcome, and returns the nanoseconds taken. */
    private long run(String command, Path file, int releases) throws Exception {
        Path out = Files.createTempDirectory(dir, "out");
        String[] args = switch (command) {
            case "migrate" -> new String[] {"migrate", "--to", "codegov-2.0.0", "--out", out.resolve("code.json").toString(),
                file.toString()};
            case "merge" -> new String[] {"merge", "--keep-invalid", "--out", out.resolve("code.json").toString(), file.toString()};
            case "metrics" -> new String[] {"metrics", "--out", out.toString(), file.toString()};
            case "diff" -> new String[] {"diff", file.toString(), file.toString()};
            default -> new String[] {command, file.toString()};
        };
        long start = System.nanoTime();
        Cli result = Cli.run(args);
        long took = System.nanoTime() - start;
        switch (command) {
            case "validate" -> {
                assertThat(result.exit).isEqualTo(1);
                assertThat(result.err).contains("invalid (" + 6 * releases + " errors");
            }
            case "format" -> assertThat(result.out.lines().filter(l -> l.trim().startsWith("{}"))).hasSize(releases);
            case "migrate" -> {
                assertThat(result.exit).as(result.err).isLessThan(2);
                assertThat(Files.readString(out.resolve("code.json")).lines().filter(l -> l.trim().startsWith("{"))).hasSizeGreaterThan(releases);
            }
            case "merge" -> {
                assertThat(result.exit).as(result.err).isEqualTo(1);
                assertThat(result.err).contains(releases + " entries");
            }
            case "metrics" -> {
                assertThat(result.exit).as(result.err).isZero();
                assertThat(Files.readString(out.resolve("metrics.md"))).contains("| Releases | " + releases + " |");
            }
            case "diff" -> {
                assertThat(result.exit).as(result.err).isZero();
                assertThat(result.out.lines().filter(l -> l.startsWith("+") || l.startsWith("-") || l.startsWith("~"))).isEmpty();
            }
            default -> throw new IllegalArgumentException(command);
        }
        return took;
    }

    /** An inventory of empty releases: code.gov 1.0.1 for migrate (to 2.0.0), code.gov 2.0.0 for the others. */
    private Path inventory(String command, int releases) throws Exception {
        boolean old = command.equals("migrate");
        StringBuilder json = new StringBuilder(releases * 3 + 128).append(old
                ? "{\"version\": \"1.0.1\", \"agency\": \"GSA\", \"projects\": ["
                : "{\"version\": \"2.0.0\", \"agency\": \"GSA\", \"measurementType\": {\"method\": \"projects\"}, \"releases\": [");
        for (int i = 0; i < releases; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        return Files.writeString(dir.resolve(command + "-" + releases + ".json"), json.append("]}"));
    }
}
