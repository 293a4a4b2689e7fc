package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryFilesTest {

    @TempDir
    Path dir;

    /** A generation whose hours are given, or estimated from the sources under {@code roots}. */
    private static Generation generation(String laborHours, List<Path> roots) {
        ProjectFacts facts = new ProjectFacts("gov.ca.cdt", "permit-fees", "1.0.0", null, "Computes permit fees.",
                "https://permits.example.gov", "CDT", new ProjectFacts.Scm("https://github.com/example-agency/permit-fees", null, null),
                List.of(new ProjectFacts.LicenseFact("Apache-2.0", null)), List.of(new ProjectFacts.Developer("Pat", "pat@example.gov", null)),
                List.of(), null, roots, List.of(), "1767225600",
                new ProjectFacts.History(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 3, 4), "git"), null);
        GenerationSettings.Builder settings = GenerationSettings.builder().set(Setting.AGENCY, "CDT").set(Setting.TAGS, List.of("permits"));
        return new Generator().generate(facts, laborHours == null ? settings.build() : settings.set(Setting.LABOR_HOURS, laborHours).build());
    }

    private Generation estimated() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Fees.java"), "class Fees {\n    int fee() {\n        return 1;\n    }\n}\n");
        return generation(null, List.of(src));
    }

    @Test
    void anEstimateIsWrittenBesideTheEntryAndGivenHoursRemoveAnEarlierOne() throws IOException {
        EntryFiles files = new EntryFiles(dir.resolve("out/code.json"));
        Generation estimated = estimated();

        assertThat(files.write(estimated.text(), estimated)).containsExactly(files.entry(), files.laborReport());
        assertThat(files.entry()).hasContent(estimated.text());
        assertThat(files.laborReport()).hasContent(estimated.laborReport()).hasFileName(EntryFiles.LABOR_REPORT);

        Generation given = generation("120", List.of());
        assertThat(files.write(given.text(), given)).containsExactly(files.entry(), files.laborReport());
        assertThat(files.laborReport()).doesNotExist();
        assertThat(files.write(given.text(), given)).containsExactly(files.entry());
    }

    @Test
    void recordedInputsMakeTheFilesUnchangedUntilAnInputOrAWrittenFileChanges() throws IOException {
        EntryFiles files = new EntryFiles(dir.resolve("code.json"));
        Generation given = generation("120", List.of());
        assertThat(files.recorded()).isFalse();

        files.write(given.text(), given);
        files.record(List.of("pom 1"));

        assertThat(files.recorded()).isTrue();
        assertThat(files.unchanged(List.of("pom 1"))).isTrue();
        assertThat(files.unchanged(List.of("pom 2"))).isFalse();
        Files.writeString(files.entry(), "{}");
        assertThat(files.unchanged(List.of("pom 1"))).isFalse();
    }

    @Test
    void discardingLeavesNeitherFileNorTheRecordBehind() throws IOException {
        EntryFiles files = new EntryFiles(dir.resolve("code.json"));
        Generation estimated = estimated();
        files.write(estimated.text(), estimated);
        files.record(List.of("pom 1"));

        files.discard();

        assertThat(files.entry()).doesNotExist();
        assertThat(files.laborReport()).doesNotExist();
        assertThat(files.recorded()).isFalse();
    }
}
