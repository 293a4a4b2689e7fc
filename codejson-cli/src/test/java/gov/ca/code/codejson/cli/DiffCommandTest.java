package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsReleasesAddedRemovedAndChanged() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), inventory("CDT",
                release("Portal", "https://github.com/ca/portal", "openSource", "\"version\": \"1.0\""),
                release("Gone", "https://github.com/ca/gone", "openSource", "")));
        Path now = Files.writeString(dir.resolve("new.json"), inventory("CDT",
                release("Portal", "https://github.com/ca/portal", "openSource", "\"version\": \"1.1\""),
                release("Fresh", "https://github.com/ca/fresh", "openSource", "")));

        Cli result = Cli.run("diff", old.toString(), now.toString());

        assertThat(result.exit).isZero();
        assertThat(result.out.lines()).containsExactly(
                "+ Fresh (Office of Digital Innovation) [github.com/ca/fresh]",
                "- Gone (Office of Digital Innovation) [github.com/ca/gone]",
                "~ Portal (Office of Digital Innovation) [github.com/ca/portal]",
                "    /version: \"1.0\" -> \"1.1\"",
                "1 added, 1 removed, 1 changed");
        assertThat(Cli.run("diff", "--exit-code", old.toString(), now.toString()).exit).isEqualTo(1);
        assertThat(Cli.run("diff", "--exit-code", now.toString(), now.toString()).exit).isZero();
        assertThat(Cli.run("diff", "--format", "json", old.toString(), now.toString()).out).contains("\"added\"", "\"pointer\": \"/version\"");
    }

    @Test
    void refusesAFileThatCannotBeRead() throws Exception {
        Path now = Files.writeString(dir.resolve("new.json"), inventory("CDT"));

        Cli result = Cli.run("diff", dir.resolve("missing.json").toString(), now.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("missing.json");
    }
}
