package gov.ca.code.codejson.cli;

import static gov.ca.code.codejson.cli.CoordinatorFixtures.inventory;
import static gov.ca.code.codejson.cli.CoordinatorFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import gov.ca.code.codejson.merge.MergeRequest;

class MergeCommandTest {

    @TempDir
    Path dir;

    @Test
    void mergesFilesAndFoldersIntoOneInventoryAndReportsDuplicates() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path teams = Files.createDirectories(dir.resolve("teams"));
        Files.writeString(teams.resolve("b.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal.git", "openSource", ""),
                release("Maps", "https://github.com/ca/maps", "openSource", "")));
        Path out = dir.resolve("agency/code.json");
        Path report = dir.resolve("merge-report.json");

        Cli result = Cli.run("merge", "--out", out.toString(), "--report", report.toString(), a.toString(), teams.toString());

        assertThat(result.exit).as(result.err).isZero();
        String merged = Files.readString(out);
        assertThat(merged).contains("\"agency\": \"CDT\"", "\"name\": \"Maps\"", "\"name\": \"Portal\"");
        assertThat(merged.split("\"name\": \"Portal\"", -1)).hasSize(2);
        assertThat(result.err).contains(teams.resolve("b.json") + ":1:", "warning: /releases/0: duplicate of \"Portal\"",
                "same repositoryURL github.com/ca/portal", "2 releases written, 1 duplicate dropped");
        assertThat(Files.readString(report)).contains("\"format\": \"codejson-merge-report/1\"", "\"duplicatesDropped\": 1");
        assertThat(Cli.run("validate", out.toString()).exit).isZero();
    }

    @Test
    void writesNeitherOutputWhenTheReportCannotBeWritten() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path out = dir.resolve("code.json");
        Path folder = Files.createDirectories(dir.resolve("report"));

        Cli result = Cli.run("merge", "--out", out.toString(), "--report", folder.toString(), a.toString());
        Cli below = Cli.run("merge", "--out", out.toString(), "--report", a.resolve("report.json").toString(), a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("codejson: " + folder + " is a folder; name a file to write; nothing was written");
        assertThat(below.exit).isEqualTo(2);
        assertThat(below.err).contains("codejson: cannot write " + a.resolve("report.json") + ": " + a
                + " is a file, not a folder; nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKeptContactNamesTheOptionThatReplacesIt() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Maps", "https://github.com/ca/maps", "exemptByLaw", "")));

        Cli kept = Cli.run("merge", a.toString());

        assertThat(kept.err).contains("warning: --agency-contact-email: 1 release(s) that are not open source keep their own"
                + " contact");
    }

    @Test
    void writesTheSameBytesOnEveryRun() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("B", "https://github.com/ca/b", "openSource", ""),
                release("A", null, "exemptByLaw", "")));
        Cli first = Cli.run("merge", a.toString());
        Cli second = Cli.run("merge", a.toString());

        assertThat(first.out).isNotEmpty().isEqualTo(second.out);
    }

    @Test
    void exitsWithOneAndNamesTheOwnerWhenEntriesFailValidation() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Good", "https://github.com/ca/good", "openSource", ""),
                "{\"name\": \"Broken\", \"contact\": {\"email\": \"owner@example.gov\"}}"));
        Path out = dir.resolve("out.json");

        Cli result = Cli.run("merge", "--out", out.toString(), a.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.err).contains(a + ":1:", "error: /releases/1: \"Broken\" fails validation and was left out; ask owner@example.gov",
                "/releases/1/description");
        assertThat(Files.readString(out)).contains("Good").doesNotContain("Broken");
    }

    @Test
    void keepsInvalidEntriesWhenAsked() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", "{\"name\": \"Broken\"}"));

        Cli result = Cli.run("merge", "--keep-invalid", a.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains("Broken");
        assertThat(result.err).contains("warning: /releases/0: \"Broken\" fails validation and was kept");
    }

    @Test
    void redactsReleasesThatAreNotOpenSourceWithTheAgencyContact() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT",
                release("Internal", "https://git.internal.example.gov/t/internal", "exemptByAgencySystem", "")));

        Cli redacted = Cli.run("merge", "--agency-contact-email", "oss@example.gov", "--agency-contact-name", "OSPO", a.toString());
        Cli plain = Cli.run("merge", "--no-redact", a.toString());

        assertThat(redacted.exit).isZero();
        assertThat(redacted.out).doesNotContain("git.internal.example.gov", "dev@example.gov").contains("oss@example.gov", "OSPO");
        assertThat(redacted.err).contains("1 redacted");
        assertThat(plain.out).contains("git.internal.example.gov", "dev@example.gov");
    }

    @Test
    void writesNothingAndNamesEveryUnreadableInput() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"releases\": [");
        Path out = dir.resolve("out.json");

        Cli result = Cli.run("merge", "--out", out.toString(), good.toString(), bad.toString(), dir.resolve("missing.json").toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains(bad + ":1:", "missing.json: error: no such file or folder", "nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesInputsOfDifferentAgenciesUntilTheAgencyIsGiven() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path b = Files.writeString(dir.resolve("b.json"), inventory("CDPH", release("B", "https://github.com/ca/b", "openSource", "")));

        Cli refused = Cli.run("merge", a.toString(), b.toString());
        Cli merged = Cli.run("merge", "--agency", "CA", a.toString(), b.toString());

        assertThat(refused.exit).isEqualTo(2);
        // The subject is the option that settles it.
        assertThat(refused.err).contains("codejson: error: --agency: the inputs name different agencies", "set the agency");
        assertThat(merged.exit).isZero();
        assertThat(merged.out).contains("\"agency\": \"CA\"");
    }

    @Test
    void rejectsAnUnknownMeasurementMethod() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));

        Cli result = Cli.run("merge", "--measurement-method", "lines", a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).contains("codejson: error: --measurement-method: \"lines\" is not an allowed value; use"
                + " \"linesOfCode\" or one of [linesOfCode, modules, cost, projects, systems] [merge.value-not-allowed]");
    }

    @Test
    void reportsEveryUnusableSettingAtOnceAndWritesNothing() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path out = dir.resolve("agency.json");

        Cli result = Cli.run("merge", "--measurement-method", "lines", "--to", "codegov-1.0.1", "--out", out.toString(), a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err.lines().filter(l -> l.startsWith("codejson: error: "))).containsExactly(
                "codejson: error: --to: \"codegov-1.0.1\" is not a family an aggregate is written in; use one of"
                        + " [codegov-2.0.0, shareit-index-2.0.0] [merge.family-unsupported]",
                "codejson: error: --measurement-method: \"lines\" is not an allowed value; use \"linesOfCode\" or one of"
                        + " [linesOfCode, modules, cost, projects, systems] [merge.value-not-allowed]");
        assertThat(result.err).contains("codejson: nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesToWriteTheInventoryOverOneOfItsInputsSpelledAnotherWay() throws Exception {
        String text = inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", ""));
        Path a = Files.writeString(dir.resolve("a.json"), text);
        Path b = Files.writeString(dir.resolve("b.json"), inventory("CDT", release("Maps", "https://github.com/ca/maps", "openSource", "")));
        Path same = dir.resolve("sub/../a.json");
        Files.createDirectories(dir.resolve("sub"));

        Cli result = Cli.run("merge", "--out", same.toString(), a.toString(), b.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: error: --out: " + same + " is the input " + a + ", which it would replace;"
                + " write it to another file [merge.output-is-input]\ncodejson: nothing was written\n");
        assertThat(a).hasContent(text);
    }

    @Test
    void refusesAnOutputThatDoesNotExistYetInsideAnInputFolder() throws Exception {
        Path teams = Files.createDirectories(dir.resolve("teams"));
        Files.writeString(teams.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path out = teams.resolve("agency/code.json");
        Path report = dir.resolve("report.json");

        Cli inside = Cli.run("merge", "--out", out.toString(), teams.toString());
        Cli reportInside = Cli.run("merge", "--report", teams.resolve("merge-report.json").toString(), teams.toString());

        assertThat(inside.exit).isEqualTo(2);
        assertThat(inside.err).isEqualTo("codejson: error: --out: " + out + " is inside the input folder " + teams + ", whose .json files"
                + " the next merge would read as inputs; write it outside the folders merged [merge.output-is-input]\n"
                + "codejson: nothing was written\n");
        assertThat(reportInside.exit).isEqualTo(2);
        assertThat(reportInside.err).startsWith("codejson: error: --report: " + teams.resolve("merge-report.json") + " is inside the input folder");
        assertThat(reportInside.out).isEmpty();
        assertThat(teams.resolve("agency")).doesNotExist();
        assertThat(report).doesNotExist();
    }

    @Test
    void refusesTheSameFileForTheInventoryAndTheReport() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path out = dir.resolve("out.json");

        Cli result = Cli.run("merge", "--out", out.toString(), "--report", dir.resolve("./out.json").toString(), a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: error: --report: " + dir.resolve("./out.json") + " is the file the aggregate is"
                + " written to; give the report a file of its own [merge.output-is-input]\ncodejson: nothing was written\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void leavesTheInventoryAsItWasWhenTheReportCannotBeWrittenInItsFolder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path out = Files.writeString(dir.resolve("code.json"), "last quarter\n");
        // A folder name longer than file systems allow: the report cannot be placed, whoever runs the test.
        Path report = dir.resolve("r".repeat(300)).resolve("report.json");

        Cli result = Cli.run("merge", "--out", out.toString(), "--report", report.toString(), a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: cannot write " + report + ": file name too long; nothing was written\n");
        assertThat(out).hasContent("last quarter\n");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.json", "code.json");
    }

    @Test
    void putsTheInventoryBackWhenTheReportCannotTakeItsPlace() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path out = Files.writeString(dir.resolve("code.json"), "last quarter\n");
        // The report's temporary has a short name; only its rename into a name too long fails, after the inventory's.
        Path report = dir.resolve("r".repeat(300) + ".json");

        Cli result = Cli.run("merge", "--out", out.toString(), "--report", report.toString(), a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: cannot write " + report + ": file name too long; nothing was written\n");
        assertThat(out).hasContent("last quarter\n");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("a.json", "code.json");
    }

    @Test
    void namesTheErrorsOfAnInputOutsideItsReleasesOnStandardError() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"version\": \"2.0.0\", \"agency\": \"CDT\",\n \"releases\": ["
                + release("Portal", "https://github.com/ca/portal", "openSource", "") + "]}");

        Cli result = Cli.run("merge", a.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.err).startsWith(a + ":1:1: warning: /measurementType: the required field measurementType is missing; add it"
                + " (outside the releases; its entries were merged) [schema.required]\n");
    }

    @Test
    void anInputWhoseReleasesAreMisnamedIsAnErrorAndFailsTheMergeRatherThanVanish() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path b = Files.writeString(dir.resolve("b.json"), inventory("CDT", release("Fees", "https://github.com/ca/fees", "openSource", ""))
                .replace("\"releases\"", "\"Releases\""));

        Cli result = Cli.run("merge", a.toString(), b.toString());

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.err).contains(b + ":1:1: error: /releases: the required field releases is missing; add it (the file"
                + " gives no entry to merge, so none of its releases is in the inventory; fix it) [schema.required]");
    }

    @Test
    void mergesAFileNamedTwiceOrMetAgainThroughItsFolderOnceAndSaysSo() throws Exception {
        Path teams = Files.createDirectories(dir.resolve("teams"));
        Path a = Files.writeString(teams.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path again = dir.resolve("teams/../teams/a.json");

        Cli result = Cli.run("merge", a.toString(), again.toString(), teams.toString());

        assertThat(result.exit).as(result.err).isZero();
        assertThat(result.err).isEqualTo(again + ": warning: the same file as '" + a + "', which is merged once; skipped [merge.same-file]\n"
                + a + ": warning: the same file as '" + a + "', which is merged once; skipped [merge.same-file]\n"
                + "codejson: 1 input, 1 entry: 1 release written, 0 duplicates dropped, 0 invalid (0 left out), 0 redacted\n");
        assertThat(result.out).containsOnlyOnce("\"name\": \"Portal\"");
    }

    @Test
    void refusesTheMeasurementMethodOtherWithWhatItLacksNotAnUnrelatedSuggestion() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));

        Cli result = Cli.run("merge", "--measurement-method", "other", a.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).isEqualTo("codejson: error: --measurement-method: \"other\" needs measurementType.ifOther to say what is"
                + " counted, which an aggregate cannot be given; use one of [linesOfCode, modules, cost, projects, systems], or leave the"
                + " setting out to keep the inputs' own measurement type [merge.value-not-allowed]\ncodejson: nothing was written\n");
    }

    @Test
    void namesTheOptionThatSettlesInputsOfDifferentMeasurementTypes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource", "")));
        Path b = Files.writeString(dir.resolve("b.json"), inventory("CDT", release("B", "https://github.com/ca/b", "openSource", ""))
                .replace("\"projects\"", "\"modules\""));

        Cli refused = Cli.run("merge", a.toString(), b.toString());
        Cli merged = Cli.run("merge", "--measurement-method", "projects", a.toString(), b.toString());

        assertThat(refused.exit).isEqualTo(2);
        assertThat(refused.err).startsWith("codejson: error: --measurement-method: the inputs state different measurement types"
                + " ({\"method\":\"modules\"} in " + b + "; {\"method\":\"projects\"} in " + a + "); set the measurement method of the"
                + " aggregate [merge.measurement-type-conflict]\n");
        assertThat(merged.exit).as(merged.err).isZero();
    }

    @Test
    void refusesAnOutputLinkThatLeadsIntoAnInputFolder() throws Exception {
        Path teams = Files.createDirectories(dir.resolve("teams"));
        Files.writeString(teams.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource", "")));
        Path link = Files.createSymbolicLink(dir.resolve("code.json"), teams.resolve("agency.json"));

        Cli result = Cli.run("merge", "--out", link.toString(), teams.toString());

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.err).startsWith("codejson: error: --out: " + link + " is inside the input folder " + teams + ",");
        assertThat(teams.resolve("agency.json")).doesNotExist();
    }

    @Test
    void everyMergeSettingIsAnOptionOfMergeSpelledAsItsMessagesNameIt() {
        CommandLine.Model.CommandSpec merge = new CommandLine(new MergeCommand()).getCommandSpec();

        for (MergeRequest.Setting setting : MergeRequest.Setting.values()) {
            assertThat(merge.findOption(Main.option(setting))).as(setting.name()).isNotNull();
        }
    }
}
