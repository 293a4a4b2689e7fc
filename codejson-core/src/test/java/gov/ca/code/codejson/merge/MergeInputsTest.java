package gov.ca.code.codejson.merge;

import gov.ca.code.codejson.report.DiagnosticFormat;

import static gov.ca.code.codejson.merge.Inventories.CODEJSON;
import static gov.ca.code.codejson.merge.Inventories.inventory;
import static gov.ca.code.codejson.merge.Inventories.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeInputsTest {

    private static final DiagnosticFormat LINES = DiagnosticFormat.of("codejson", "test");

    @TempDir
    Path dir;

    @Test
    void readsFilesAndEveryJsonFileBelowAFolderInPathOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("teams/b"));
        Files.writeString(folder.resolve("z.json"), inventory("CDT", release("Z", "https://github.com/ca/z", "openSource")));
        Files.writeString(dir.resolve("teams/a.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource")));
        Files.writeString(dir.resolve("teams/notes.txt"), "not an inventory");
        Path single = Files.writeString(dir.resolve("single.json"), inventory("CDT", release("S", "https://github.com/ca/s", "openSource")));

        List<MergeInput> inputs = MergeInputs.read(CODEJSON, List.of(single, dir.resolve("teams")));

        assertThat(inputs).extracting(MergeInput::origin).containsExactly(
                single.toString(), dir.resolve("teams/a.json").toString(), dir.resolve("teams/b/z.json").toString());
    }

    @Test
    void namesEveryUnreadableInputInOneError() throws Exception {
        Path malformed = Files.writeString(dir.resolve("bad.json"), "{\"version\": \"2.0.0\",\n  \"agency\": }");
        Path missing = dir.resolve("missing.json");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path good = Files.writeString(dir.resolve("good.json"), inventory("CDT", release("A", "https://github.com/ca/a", "openSource")));

        assertThatThrownBy(() -> MergeInputs.read(CODEJSON, List.of(good, malformed, missing, empty)))
                .isInstanceOfSatisfying(MergeException.class, e -> {
                    List<String> lines = e.diagnostics().stream().map(LINES::line).toList();
                    assertThat(lines).hasSize(3);
                    assertThat(lines.get(0)).startsWith(malformed + ":2:").contains("error:");
                    assertThat(lines.get(1)).startsWith(missing.toString()).contains("no such file");
                    assertThat(lines.get(2)).startsWith(empty.toString()).contains("no .json file");
                });
    }
}
