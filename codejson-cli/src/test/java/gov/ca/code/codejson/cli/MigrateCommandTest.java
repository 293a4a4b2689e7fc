package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {

    @Test
    void migratesThe101ExampleTo200AndListsWhatMustBeFilled(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("code.json");

        Cli result = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(),
                Cli.example("codegov-1.0.1-sample.json").toString());

        assertThat(result.exit).as(result.err).isEqualTo(1);
        assertThat(Files.readString(target)).contains("\"version\": \"2.0.0\"", "\"releases\": [",
                "\"repositoryURL\": \"https://github.com/presidential-innovation-fellows/mygov\"");
        assertThat(result.out).contains(target + ": /releases/0/repositoryURL: moved from /projects/0/repository",
                target + ": error: /releases/0/laborHours: code.gov 1.0.1 has no laborHours",
                target + ": error: /measurementType: code.gov 1.0.1 has no measurementType",
                "codegov-1.0.1 -> codegov-2.0.0: ", "2 values to fill");
        Cli validation = Cli.run("validate", target.toString());
        assertThat(validation.exit).isEqualTo(1);
        assertThat(validation.out).contains("/releases/0/laborHours", "/measurementType");
    }

    @Test
    void splitsThe200ExampleIntoAnAgencyIndexAndOneFilePerRelease(@TempDir Path dir) throws Exception {
        Cli result = Cli.run("migrate", "--to", "shareit-2.0.0", "--out", dir.toString(), "--changes",
                dir.resolve("changes.json").toString(), Cli.example("codegov-2.0.0-sample.json").toString());

        assertThat(result.exit).as(result.err).isEqualTo(1);
        assertThat(dir.resolve("agency-index.json")).exists();
        assertThat(Files.readString(dir.resolve("repositories/mygov.json")))
                .contains("\"usageType\": [", "\"created\": \"2016-04-12T00:00:00Z\"");
        assertThat(Files.readString(dir.resolve("changes.json")))
                .contains("\"pointer\": \"/releases/0/contact/phone\"", "\"toFill\": [",
                        "\"pointer\": \"/releases/0/repositoryVisibility\"");
        assertThat(Cli.run("validate", dir.resolve("repositories/mygov.json").toString()).out)
                .contains("/repositoryVisibility", "/SBOM");
    }

    @Test
    void refusesAFileThatRepeatsAMemberNameAndWritesNothing(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("code.json"), Files.readString(Cli.example("codegov-2.0.0-sample.json"))
                .replaceFirst("\"name\": ", "\"name\": \"first\", \"name\": "));

        Cli result = Cli.run("migrate", "--to", "shareit-2.0.0", "--out", dir.resolve("split").toString(), input.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(input + ":").contains("error: ").contains("the member name appears twice in one object;"
                + " migrating would drop one of the values, so remove or rename the duplicate first (1 in all) [json.duplicate-key]");
        assertThat(dir.resolve("split")).doesNotExist();
    }

    @Test
    void printsASingleMigratedDocumentAndTheLogAsJson() {
        Cli result = Cli.run("migrate", "--to", "codegov-2.0.0", "--log-format", "json",
                Cli.example("codegov-1.0.1-sample.json").toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).startsWith("{\n  \"version\": \"2.0.0\"");
        assertThat(result.err).startsWith("{\n  \"changes\": [").contains("\"toFill\"");
    }

    @Test
    void refusesASplitWithoutAFolderAndAnUnsupportedConversion() {
        Cli split = Cli.run("migrate", "--to", "shareit-2.0.0", Cli.example("codegov-2.0.0-sample.json").toString());
        assertThat(split.exit).isEqualTo(2);
        assertThat(split.err).contains("--out DIR");

        Cli unsupported = Cli.run("migrate", "--to", "cms-2.1.0", Cli.example("codegov-1.0.1-sample.json").toString());
        assertThat(unsupported.exit).isEqualTo(2);
        assertThat(unsupported.err).contains("cannot migrate codegov-1.0.1 to cms-2.1.0", "codegov-1.0.1 -> codegov-2.0.0");
    }

    @Test
    void refusesAnOutputDeeperThanMaxDepthWritingNothingAndMigratesOnceTheLimitIsRaised(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"name\": \"n\", \"repositoryVisibility\": \"public\", \"x\": ["
                + "[".repeat(61) + "]".repeat(61) + "]}");
        Path target = dir.resolve("code.json");

        Cli refused = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(), deep.toString());
        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).contains("cannot migrate shareit-2.0.0 to codegov-2.0.0: the output would nest 65",
                "over the read limit max-depth of 64", "raise the limit to at least 65");
        assertThat(target).doesNotExist();

        Cli raised = Cli.run("migrate", "--to", "codegov-2.0.0", "--max-depth", "65", "--out", target.toString(),
                deep.toString());
        assertThat(raised.exit).isEqualTo(1);
        assertThat(Cli.run("validate", "--max-depth", "65", target.toString()).err).doesNotContain("max-depth");
    }
    @Test
    void refusesToMigrateA200FileReadAs101RatherThanDropItsReleases(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("code.json");

        Cli result = Cli.run("migrate", "--family", "codegov-1.0.1", "--to", "codegov-2.0.0", "--out", target.toString(),
                Cli.example("codegov-2.0.0-sample.json").toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: cannot migrate codegov-1.0.1 to codegov-2.0.0: the file has \"releases\","
                + " not the 1.0.1 \"projects\", so it is a code.gov 2.0.0 inventory already; read it as codegov-2.0.0\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesAChangeLogThatWouldReplaceTheInputOrAMigratedFileAndWritesNothing(@TempDir Path dir) throws Exception {
        Path input = Files.copy(Cli.example("codegov-1.0.1-sample.json"), dir.resolve("old.json"));
        Path target = dir.resolve("code.json");
        Path split = dir.resolve("split");
        String before = Files.readString(input);

        Cli onOut = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(), "--changes", target.toString(),
                input.toString());
        Cli onInput = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(), "--changes", input.toString(),
                input.toString());
        Cli onSplit = Cli.run("migrate", "--to", "shareit-2.0.0", "--out", split.toString(), "--changes",
                split.resolve("agency-index.json").toString(), Cli.example("codegov-2.0.0-sample.json").toString());

        assertThat(onOut.err).isEqualTo("codejson: --changes '" + target + "' is the --out file; name another file for the"
                + " change log\n");
        assertThat(onInput.err).isEqualTo("codejson: --changes '" + input + "' is the file migrated; name another file for"
                + " the change log\n");
        assertThat(onSplit.err).contains("is the split's agency-index.json; name another file for the change log");
        assertThat(List.of(onOut.exit, onInput.exit, onSplit.exit)).containsOnly(2);
        assertThat(target).doesNotExist();
        assertThat(split).doesNotExist();
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void aChangeLogThatCannotBeWrittenFailsBeforeTheMigratedFileIsWritten(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("code.json");
        Path folder = Files.createDirectory(dir.resolve("changes.json"));

        Cli result = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(), "--changes", folder.toString(),
                Cli.example("codegov-1.0.1-sample.json").toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(folder + " is a folder; name a file to write");
        assertThat(target).doesNotExist();
    }

    @Test
    void theTextLogOnStandardOutputShowsControlCharactersEscaped(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("code\u001b[31m\u202e.json");

        Cli result = Cli.run("migrate", "--to", "codegov-2.0.0", "--out", target.toString(),
                Cli.example("codegov-1.0.1-sample.json").toString());

        assertThat(target).exists();
        assertThat(result.out).contains("code\\u001b[31m\\u202e.json: /version: ").doesNotContain("\u001b", "\u202e");
    }
}
