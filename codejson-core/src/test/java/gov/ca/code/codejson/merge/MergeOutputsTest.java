package gov.ca.code.codejson.merge;

import static gov.ca.code.codejson.merge.Inventories.CODEJSON;
import static gov.ca.code.codejson.merge.Inventories.inventory;
import static gov.ca.code.codejson.merge.Inventories.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

class MergeOutputsTest {

    @TempDir
    Path dir;

    private MergeRequest request(Path... inputs) {
        return new MergeRequest(List.of(inputs), p -> p.toString().substring(dir.toString().length() + 1), "", "", "", "", false, true, "", "", "");
    }

    private static MergeOutputs outputs(Path inventory, Path report) {
        return new MergeOutputs(Map.of(MergeRequest.Setting.OUTPUT_FILE, inventory, MergeRequest.Setting.REPORT_FILE, report));
    }

    @Test
    void anOutputThatIsAnInputSpelledAnotherWayIsAnErrorOfItsSetting() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        Files.createDirectories(dir.resolve("sub"));

        List<Diagnostic> found = outputs(dir.resolve("sub/../a.json"), dir.resolve("report.json")).misplaced(request(a), "pom.xml");

        assertThat(found).containsExactly(new Diagnostic("pom.xml", Location.UNKNOWN,
                Subject.input(MergeRequest.Setting.OUTPUT_FILE), "merge.output-is-input", Severity.ERROR,
                "sub/../a.json is the input a.json, which it would replace; write it to another file"));
    }

    @Test
    void anOutputInsideAnInputFolderIsAnErrorEvenBeforeItExistsAndThroughALink() throws IOException {
        Path teams = Files.createDirectories(dir.resolve("teams"));
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), teams.resolve("report.json"));

        List<Diagnostic> found = outputs(teams.resolve("agency/code.json"), link).misplaced(request(teams), "");

        assertThat(found).extracting(Diagnostic::subject, Diagnostic::message).containsExactly(
                tuple(Subject.input(MergeRequest.Setting.OUTPUT_FILE), "teams/agency/code.json is inside the"
                        + " input folder teams, whose .json files the next merge would read as inputs; write it outside the folders merged"),
                tuple(Subject.input(MergeRequest.Setting.REPORT_FILE), "report.json is inside the input"
                        + " folder teams, whose .json files the next merge would read as inputs; write it outside the folders merged"));
    }

    @Test
    void theReportInTheFileOfTheAggregateIsAnErrorOfTheReport() {
        List<Diagnostic> found = outputs(dir.resolve("out.json"), dir.resolve("./out.json")).misplaced(request(), "");

        assertThat(found).extracting(Diagnostic::subject, Diagnostic::message).containsExactly(tuple(
                Subject.input(MergeRequest.Setting.REPORT_FILE), "./out.json is the file the aggregate is written to; give the report a file"
                        + " of its own"));
    }

    @Test
    void outputsBesideTheInputsAreNotMisplaced() throws IOException {
        Path teams = Files.createDirectories(dir.resolve("teams"));

        assertThat(outputs(dir.resolve("code.json"), dir.resolve("report.json")).misplaced(request(teams), "")).isEmpty();
    }

    @Test
    void aLineBreakInAFileNameCannotStartAForgedLineOfTheLog() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        MergeRequest request = new MergeRequest(List.of(a), p -> "x\nERROR fake", "", "", "", "", false, true, "", "", "");

        assertThat(new MergeOutputs(Map.of(MergeRequest.Setting.OUTPUT_FILE, a)).misplaced(request, "").get(0).message())
                .doesNotContain("\n");
    }

    @Test
    void writesTheAggregateAndTheReportAndGivesTheAggregatesBytes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource")));
        MergeResult result = request(a).run(CODEJSON);
        Path out = dir.resolve("agency/code.json");
        Path report = dir.resolve("agency/report.json");

        byte[] inventory = outputs(out, report).write(CODEJSON, result);

        assertThat(out).hasBinaryContent(inventory);
        assertThat(new String(inventory, StandardCharsets.UTF_8)).isEqualTo(CODEJSON.write(result.output()));
        assertThat(Files.readString(report)).contains("codejson-merge-report/1");
    }

    @Test
    void withoutAFileAskedForNothingIsWrittenButTheBytesAreGiven() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), inventory("CDT", release("Portal", "https://github.com/ca/portal", "openSource")));
        MergeResult result = request(a).run(CODEJSON);

        assertThat(new MergeOutputs(Map.of()).write(CODEJSON, result)).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(a);
        }
    }

    @Test
    void onlyTheTwoOutputSettingsNameAnOutput() {
        assertThatThrownBy(() -> new MergeOutputs(Map.of(MergeRequest.Setting.PROFILE, dir)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
