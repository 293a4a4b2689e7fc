package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationInputsTest {

    @TempDir
    Path dir;

    @Test
    void theSameInputsAndWrittenBytesAreUnchangedOnceRecorded() throws IOException {
        Path output = Files.writeString(dir.resolve("code.json"), "{}");
        assertThat(GenerationInputs.of(List.of("plugin 1.0"), List.of(output)).unchanged()).isFalse();
        GenerationInputs.of(List.of("plugin 1.0"), List.of(output)).record();
        assertThat(dir.resolve(".code.json.inputs")).isRegularFile();
        assertThat(GenerationInputs.of(List.of("plugin 1.0"), List.of(output)).unchanged()).isTrue();
    }

    @Test
    void anotherInputLineOrOtherWrittenBytesAreAChange() throws IOException {
        Path output = Files.writeString(dir.resolve("code.json"), "{}");
        GenerationInputs.of(List.of("plugin 1.0"), List.of(output)).record();
        assertThat(GenerationInputs.of(List.of("plugin 1.1"), List.of(output)).unchanged()).isFalse();
        Files.writeString(output, "{\"edited\": true}");
        assertThat(GenerationInputs.of(List.of("plugin 1.0"), List.of(output)).unchanged()).isFalse();
    }

    @Test
    void notesRecordedWithTheInputsAreReadBackOnlyForTheSameInputs() throws IOException {
        Path report = Files.writeString(dir.resolve("codejson-report.json"), "[]");
        assertThat(GenerationInputs.of(List.of("goal check"), List.of(report)).recorded()).isEmpty();
        GenerationInputs.of(List.of("goal check"), List.of(report)).record(List.of("0 errors, 1 warning", "pom.xml: warning: a\nb"));

        assertThat(GenerationInputs.of(List.of("goal check"), List.of(report)).recorded())
                .contains(List.of("0 errors, 1 warning", "pom.xml: warning: a", "b"));
        assertThat(GenerationInputs.of(List.of("goal check", "property codejson.failOnWarning=true"), List.of(report)).recorded())
                .isEmpty();
        GenerationInputs.of(List.of("goal check"), List.of(report)).record();
        assertThat(GenerationInputs.of(List.of("goal check"), List.of(report)).recorded()).contains(List.of());
    }

    @Test
    void forgettingRemovesTheRecord() throws IOException {
        Path output = Files.writeString(dir.resolve("code.json"), "{}");
        assertThat(GenerationInputs.isRecorded(output)).isFalse();
        GenerationInputs.of(List.of(), List.of(output)).record();
        assertThat(GenerationInputs.isRecorded(output)).isTrue();
        GenerationInputs.forget(output);
        assertThat(dir.resolve(".code.json.inputs")).doesNotExist();
        assertThat(GenerationInputs.isRecorded(output)).isFalse();
        assertThat(GenerationInputs.of(List.of(), List.of(output)).unchanged()).isFalse();
    }

    @Test
    void aMissingFileHasNoContentHash() throws IOException {
        assertThat(GenerationInputs.content(dir.resolve("absent.json"))).isEqualTo("none");
        assertThat(GenerationInputs.content(null)).isEqualTo("none");
        assertThat(GenerationInputs.hash(new byte[0])).hasSize(64);
    }

    @Test
    void sourcesAreListedFilePerFileWithSizeAndTimeInPathOrder() throws IOException {
        Path root = Files.createDirectories(dir.resolve("src"));
        Path b = Files.writeString(root.resolve("b.txt"), "bb");
        Path c = Files.writeString(Files.createDirectories(root.resolve("a")).resolve("c.txt"), "ccc");
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(1000));
        Files.setLastModifiedTime(c, java.nio.file.attribute.FileTime.fromMillis(2000));
        Path missing = dir.resolve("generated");

        assertThat(GenerationInputs.sources(List.of(root, missing))).containsExactly("sources " + root,
                "source " + Path.of("a", "c.txt") + " 3 2000", "source b.txt 2 1000", "sources " + missing);
    }

    @Test
    void discardingRemovesTheOutputAndItsRecord() throws IOException {
        Path output = Files.writeString(dir.resolve("code.json"), "{}");
        GenerationInputs.of(List.of(), List.of(output)).record();

        GenerationInputs.discard(output);

        assertThat(output).doesNotExist();
        assertThat(dir.resolve(".code.json.inputs")).doesNotExist();
        GenerationInputs.discard(output);
    }
}
