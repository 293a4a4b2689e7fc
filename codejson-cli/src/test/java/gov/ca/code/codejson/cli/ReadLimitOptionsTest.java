package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reading command takes the read limits as options, and names the one an input goes over. */
class ReadLimitOptionsTest {

    private static final String INVENTORY = "{\"version\": \"2.0.0\", \"agency\": \"GSA\", \"releases\": [],"
            + " \"x\": [1, 2, 3, 4, 5]}";

    @Test
    void everyReadingCommandStopsAtALoweredLimitAndNamesItsOption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), INVENTORY);

        for (String command : new String[] {"validate", "format", "metrics"}) {
            Cli cli = Cli.run(command, "--max-array-length", "3", file.toString());

            assertThat(cli.exit).as(command).isEqualTo(2);
            assertThat(cli.out + cli.err).as(command).contains("over the read limit max-array-length")
                    .contains("--max-array-length").doesNotContain("Exception");
        }
    }

    @Test
    void aRaisedLimitReadsWhatTheDefaultRefuses(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": \"2.0.0\", \"agency\": \"GSA\","
                + " \"releases\": [], \"x\": \"" + "y".repeat(1_100_000) + "\"}");

        Cli refused = Cli.run("format", file.toString());
        Cli read = Cli.run("format", "--max-string-length", "2000000", file.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.out + refused.err).contains("max-string-length", "--max-string-length");
        assertThat(read.exit).as(read.err).isZero();
        assertThat(read.out).contains("y".repeat(1_100_000));
    }

    @Test
    void aLimitThatIsNotPositiveIsBadUsage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("code.json"), INVENTORY);

        Cli cli = Cli.run("validate", "--max-bytes", "0", file.toString());
        Cli deep = Cli.run("format", "--max-depth", "5000", file.toString());

        assertThat(cli.exit).isEqualTo(2);
        assertThat(cli.err).isEqualTo("codejson: --max-bytes is 0; give a number of 1 or more\n");
        assertThat(deep.exit).isEqualTo(2);
        assertThat(deep.err).isEqualTo("codejson: --max-depth is 5000: the nesting depth limit is at most 1000\n");
    }
}
