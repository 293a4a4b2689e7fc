package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gov.ca.code.codejson.json.JsonReader;

/**
 * One input for each class of failure found by running hostile inputs through every command:
 * a stack trace, an out-of-memory source, JSON output that is not JSON, a silent change, a file
 * written although the command failed, a changed file mode. Each is run through every command
 * that reads an inventory, with the exact exit code and the shape of the message.
 */
class HostileCatalogueTest {

    private static final String OK = inventory("10", "dev@example.gov");

    @TempDir
    Path dir;

    private static String inventory(String laborHours, String email) {
        return "{\"version\": \"2.0.0\", \"agency\": \"CDT\", \"measurementType\": {\"method\": \"projects\"}, \"releases\":"
                + " [{\"name\": \"a\", \"organization\": \"CDT\", \"description\": \"Helps.\", \"permissions\": {\"licenses\":"
                + " [{\"name\": \"MIT\"}], \"usageType\": \"openSource\"}, \"tags\": [\"x\", \"y\", \"z\"], \"contact\": {\"email\": \""
                + email + "\"}, \"laborHours\": " + laborHours + ", \"repositoryURL\": \"https://github.com/ca/a\"}]}";
    }

    /** The command line of one command over one input file; diff compares a valid file with it. */
    private String[] command(String command, Path file) {
        return switch (command) {
            case "migrate" -> new String[] {"migrate", "--to", "shareit-2.0.0", "--out", dir.resolve("migrated").toString(),
                file.toString()};
            case "merge" -> new String[] {"merge", "--agency", "CDT", "--out", dir.resolve("merged.json").toString(), file.toString()};
            case "metrics" -> new String[] {"metrics", "--out", dir.resolve("metrics").toString(), file.toString()};
            case "diff" -> new String[] {"diff", dir.resolve("ok.json").toString(), file.toString()};
            case "format" -> new String[] {"format", "--in-place", file.toString()};
            default -> new String[] {command, file.toString()};
        };
    }

    /** No stack trace, no Java class name: every line is a located message or a codejson line. */
    private static void assertPlainMessages(Cli result) {
        assertThat(result.err).doesNotContain("\tat ", "Exception", "StackOverflowError", "OutOfMemoryError");
        assertThat(result.out).doesNotContain("\tat ", "Exception");
    }

    private List<String> written() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.equals(dir)).forEach(p -> names.add(dir.relativize(p).toString()));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "migrate", "merge", "metrics", "diff"})
    void malformedJsonIsOneLocatedErrorAndWritesNothing(String command) throws Exception {
        Files.writeString(dir.resolve("ok.json"), OK);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"releases\": [,]\n}");

        Cli result = Cli.run(command(command, bad));

        assertThat(result.exit).isEqualTo(2);
        assertPlainMessages(result);
        String report = command.equals("validate") ? result.out : result.err;
        assertThat(report.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith(bad + ":2:16: error: "));
        assertThat(written()).containsExactlyInAnyOrder("ok.json", "bad.json");
        assertThat(Files.readString(bad)).isEqualTo("{\n  \"releases\": [,]\n}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "migrate", "merge", "metrics", "diff"})
    void aNumberWithAHugeExponentIsKeptAsWrittenAndNeverComputedWith(String command) throws Exception {
        Files.writeString(dir.resolve("ok.json"), OK);
        Path huge = Files.writeString(dir.resolve("huge.json"), inventory("1e999999999", "dev@example.gov"));

        Cli result = Cli.run(command(command, huge));

        assertThat(result.exit).as(result.err).isEqualTo(command.equals("migrate") ? 1 : 0);
        assertPlainMessages(result);
        if (command.equals("validate")) {
            assertThat(result.out).contains(huge + ":1:", "/releases/0/laborHours: the value 1E+999999999 is out of the range");
        }
        if (command.equals("format")) {
            assertThat(Files.readString(huge)).contains("\"laborHours\": 1e999999999");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "migrate", "merge", "metrics", "diff"})
    void anEmailOfAHundredThousandLabelsIsCheckedWithoutOverflowingTheStack(String command) throws Exception {
        Files.writeString(dir.resolve("ok.json"), OK);
        Path deep = Files.writeString(dir.resolve("deep.json"), inventory("10", "dev@" + "a.".repeat(100_000) + "gov"));

        Cli result = Cli.run(command(command, deep));

        assertPlainMessages(result);
        // Migrate leaves SHARE IT values to fill (exit 1); every other command succeeds.
        assertThat(result.exit).as(result.err).isEqualTo(command.equals("migrate") ? 1 : 0);
        if (command.equals("validate")) {
            assertThat(result.out).startsWith(deep + ":1:278: warning: /releases/0/contact/email: \"dev@a.a.a.")
                    .contains("...\" is not an e-mail address such as name@agency.gov [codegov.email]");
            assertThat(result.err).contains("valid (0 errors, 1 warning");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "diff"})
    void jsonOutputStaysJsonForAHugeNumberAndForBadUsage(String command) throws Exception {
        Files.writeString(dir.resolve("ok.json"), OK);
        Path huge = Files.writeString(dir.resolve("huge.json"), inventory("1e999999999", "dev@example.gov"));
        String[] valid = command.equals("diff") ? new String[] {"diff", "--format", "json", dir.resolve("ok.json").toString(),
            huge.toString()} : new String[] {command, "--format", "json", huge.toString()};

        Cli computed = Cli.run(valid);
        Cli usage = Cli.run(command, "--format", "json", "--no-such-option");

        assertThat(computed.exit).as(computed.err).isZero();
        new JsonReader().read(computed.out, "stdout");
        assertThat(usage.exit).isEqualTo(2);
        assertThat(new JsonReader().read(usage.out, "stdout").root().toString()).contains("codejson-error/1");
        assertThat(usage.err).startsWith("codejson: Missing required parameter");
    }

    @Test
    void formatKeepsALoneSurrogateAndANumberExactlyAsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), inventory("1.50E+3", "dev@example.gov")
                .replace("\"name\": \"a\"", "\"name\": \"a\\ud800b\""));

        Cli once = Cli.run("format", file.toString());
        Path formatted = Files.writeString(dir.resolve("formatted.json"), once.out);
        Cli twice = Cli.run("format", formatted.toString());

        assertThat(once.exit).as(once.err).isZero();
        assertThat(once.out).contains("\"name\": \"a\\ud800b\"", "\"laborHours\": 1.50E+3").doesNotContain("a?b");
        assertThat(twice.out).isEqualTo(once.out);
    }

    @Test
    void migrateOfAStringOverTheReadLimitWritesNoFile() throws Exception {
        Path big = Files.writeString(dir.resolve("big.json"), inventory("10", "dev@example.gov")
                .replace("\"name\": \"a\"", "\"name\": \"" + "x".repeat(1_100_000) + "\""));

        Cli result = Cli.run(command("migrate", big));

        assertThat(result.exit).isEqualTo(2);
        assertPlainMessages(result);
        assertThat(result.err).startsWith(big + ":1:").contains("error: a string is longer than 1048576 characters, over the read limit max-string-length",
                "raise it with --max-string-length");
        assertThat(written()).containsExactly("big.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-------", "rw-r-----"})
    void formatInPlaceKeepsTheFileMode(String mode) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), OK);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

        Cli result = Cli.run("format", "--in-place", file.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        assertThat(written()).containsExactly("code.json");
    }

    @Test
    void scanOfAFolderThatIsNoCheckoutSaysWhatToGive() throws Exception {
        Files.writeString(dir.resolve("ok.json"), OK);

        Cli result = Cli.run("scan", dir.toString());

        assertThat(result.exit).isEqualTo(2);
        assertPlainMessages(result);
        assertThat(result.err).startsWith("codejson scan: " + dir + " is not a git checkout and holds none; give a folder with .git");
    }
}
