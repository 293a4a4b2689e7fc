package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A run is given only the command it names; these pin that every command is still found and listed. */
class CommandsTest {

    private static final List<String> COMMANDS =
            List.of("validate", "format", "migrate", "merge", "metrics", "diff", "scan", "harvest", "site", "help");

    @Test
    void theUsageListsEveryCommandInItsOrder() {
        Cli result = Cli.run("--help");

        assertThat(result.exit).isZero();
        assertThat(listed(result.out)).isEqualTo(COMMANDS);
    }

    @Test
    void everyListedCommandExplainsItselfWhenRunOnItsOwn() {
        for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            Cli result = Cli.run(command, "--help");

            assertThat(result.exit).as(command).isZero();
            assertThat(result.out).as(command).startsWith("Usage: codejson " + command + " ");
        }
    }

    @Test
    void helpExplainsTheCommandItNames() {
        Cli result = Cli.run("help", "merge");

        assertThat(result.exit).isZero();
        assertThat(result.out).startsWith("Usage: codejson merge ");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        Cli result = Cli.run("valdate", "code.json");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("'valdate'").contains("codejson --help");
    }

    @Test
    void aRunWithoutACommandIsBadUsageAndShowsTheCommands() {
        Cli result = Cli.run();

        assertThat(result.exit).isEqualTo(2);
        assertThat(listed(result.err)).isEqualTo(COMMANDS);
    }

    /** {@return the command names under the usage's "Commands:" heading} */
    private static List<String> listed(String usage) {
        List<String> names = new ArrayList<>();
        boolean inList = false;
        for (String line : usage.split("\\R")) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isEmpty()) {
                break;
            } else if (inList && line.startsWith("  ") && !line.startsWith("   ")) {
                names.add(line.strip().split("\\s+")[0]);
            }
        }
        return names;
    }

    @Test
    void aStandardOutputThatCannotBeWrittenFailsTheRunWithExitTwo() {
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();

        int exit = Main.run(new java.io.PrintWriter(full), new java.io.PrintWriter(err),
                "format", Cli.example("codegov-2.0.0-sample.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(Main.OUTPUT_FAILED + System.lineSeparator());
    }
}
