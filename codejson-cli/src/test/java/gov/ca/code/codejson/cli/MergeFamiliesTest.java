package gov.ca.code.codejson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge, metrics and diff take code.json files of every family and say what they converted. */
class MergeFamiliesTest {

    private static final String CMS = "shareit-cms-example-metrics.json";
    private static final String CODEGOV_101 = "codegov-1.0.1-sample.json";
    private static final String CODEGOV_200 = "codegov-2.0.0-sample.json";

    @TempDir
    Path dir;

    @Test
    void mergesFilesOfEveryFamilyAndListsPerInputWhatWasConvertedAndWhatCouldNotBeDerived() throws Exception {
        Path out = dir.resolve("code.json");
        Path report = dir.resolve("report.json");

        Cli result = Cli.run("merge", "--agency", "CMS", "--out", out.toString(), "--report", report.toString(),
                Cli.example(CMS).toString(), Cli.example(CODEGOV_101).toString(), Cli.example(CODEGOV_200).toString());

        assertThat(result.exit).as(result.err).isIn(0, 1);
        assertThat(result.err).contains(Cli.example(CMS) + ": info: converted from cms-2.1.0 to codegov-2.0.0",
                Cli.example(CODEGOV_101) + ": info: converted from codegov-1.0.1 to codegov-2.0.0", "3 inputs");
        assertThat(result.err).doesNotContain(Cli.example(CODEGOV_200) + ": info: converted");
        assertThat(Files.readString(report)).contains("\"family\": \"cms-2.1.0\"", "\"family\": \"codegov-1.0.1\"",
                "\"notDerived\": [", "\"target\": \"codegov-2.0.0\"");
        assertThat(Files.readString(out)).contains("\"version\": \"2.0.0\"", "\"agency\": \"CMS\"");
    }

    @Test
    void writesTheShareItAgencyIndexFromTheSameInputsWithTo() throws Exception {
        Path out = dir.resolve("agency-index.json");
        Path report = dir.resolve("report.json");

        Cli result = Cli.run("merge", "--to", "shareit-index-2.0.0", "--no-redact", "--agency", "CMS", "--out", out.toString(),
                "--report", report.toString(), Cli.example(CMS).toString(), Cli.example(CODEGOV_200).toString());

        assertThat(result.err).contains("1 release written", "/repositoryVisibility: ", "[migrate.fill]");
        assertThat(Files.readString(out)).contains("\"repositoryVisibility\": \"public\"", "\"name\": \"metrics\"");
        assertThat(Files.readString(report)).contains("\"target\": \"shareit-index-2.0.0\"");
        assertThat(Cli.run("validate", "--family", "shareit-index-2.0.0", out.toString()).exit).as("written index validates")
                .isZero();
    }

    @Test
    void refusesAFamilyMergeCannotWriteAndAProfileThatDoesNotApplyToIt() throws Exception {
        Cli family = Cli.run("merge", "--to", "shareit-2.0.0", Cli.example(CODEGOV_200).toString());
        Cli profile = Cli.run("merge", "--to", "shareit-index-2.0.0", "--profile", "codegov", Cli.example(CODEGOV_200).toString());

        assertThat(family.exit).isEqualTo(2);
        assertThat(family.err).contains("codejson: error: --to: \"shareit-2.0.0\" is not a family an aggregate is written in;"
                + " use one of [codegov-2.0.0, shareit-index-2.0.0] [merge.family-unsupported]");
        assertThat(profile.exit).isEqualTo(2);
        assertThat(profile.err).contains("codejson: error: --profile: the profile \"codegov\" does not apply to"
                + " shareit-index-2.0.0; use one of [strict, shareit] [profile.not-applicable]");
    }

    @Test
    void measuresAndComparesAShareItFileByConvertingItAndSaysSo() throws Exception {
        Cli metrics = Cli.run("metrics", "--format", "json", Cli.example(CMS).toString());
        Cli diff = Cli.run("diff", Cli.example(CODEGOV_200).toString(), Cli.example(CMS).toString());

        assertThat(metrics.exit).as(metrics.err).isZero();
        assertThat(metrics.out).contains("\"releases\": {\n    \"count\": 1");
        assertThat(metrics.err).contains("info: converted from cms-2.1.0 to codegov-2.0.0", "not derived: ");
        assertThat(diff.exit).as(diff.err).isZero();
        assertThat(diff.out).contains("+ ");
        assertThat(diff.err).contains(Cli.example(CMS) + ": info: converted from cms-2.1.0");
    }
}
