package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.json.JsonReadException;

class CommittedFileTest {

    @TempDir
    Path dir;

    private final CodeJson codejson = new CodeJson();

    private static Generation generation(String description, LocalDate lastModified) {
        ProjectFacts facts = new ProjectFacts("gov.ca.cdt", "permit-fees", "1.0.0", null, description,
                "https://permits.example.gov", "CDT",
                new ProjectFacts.Scm("https://github.com/example-agency/permit-fees", null, null),
                List.of(new ProjectFacts.LicenseFact("Apache-2.0", null)),
                List.of(new ProjectFacts.Developer("Pat", "pat@example.gov", null)), List.of(), null, List.of(), List.of(),
                "1767225600", new ProjectFacts.History(LocalDate.of(2024, 1, 2), lastModified, "git"), null);
        return new Generator().generate(facts, GenerationSettings.builder().set(Setting.AGENCY, "CDT")
                .set(Setting.LABOR_HOURS, "120").set(Setting.TAGS, List.of("permits", "fees", "buildings")).build());
    }

    private static List<String> rules(CommittedFile.Comparison comparison) {
        return comparison.diagnostics().stream().map(Diagnostic::rule).toList();
    }

    @Test
    void aFileAsGeneratedIsUpToDateEvenWhenOnlyItsDatesHaveMoved() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), generation("Computes fees.", LocalDate.of(2025, 3, 4)).text());

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json",
                generation("Computes fees.", LocalDate.of(2026, 5, 6)), null, "; update it");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.UP_TO_DATE);
        assertThat(comparison.diagnostics()).isEmpty();
    }

    @Test
    void aFileThatDiffersIsStaleWithTheFixInItsDiagnostic() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), generation("Old words.", LocalDate.of(2025, 3, 4)).text());

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json",
                generation("New words.", LocalDate.of(2025, 3, 4)), null, "; run the update");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.STALE);
        Diagnostic stale = comparison.diagnostics().get(comparison.diagnostics().size() - 1);
        assertThat(stale.file()).isEqualTo("code.json");
        assertThat(stale.message()).contains("; run the update");
    }

    @Test
    void anUnreadableFileIsNotComparedAndSaysWhereItBreaks() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": ");

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "repo/code.json",
                generation("Computes fees.", LocalDate.of(2025, 3, 4)), null, "");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.NOT_COMPARED);
        assertThat(comparison.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("repo/code.json");
            assertThat(d.location().line()).isEqualTo(1);
        });
    }

    @Test
    void aProfileThatDoesNotApplyToTheFileIsReportedNotReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), generation("Computes fees.", LocalDate.of(2025, 3, 4)).text());

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json",
                generation("Computes fees.", LocalDate.of(2025, 3, 4)), "shareit", "");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.NOT_COMPARED);
        assertThat(rules(comparison)).containsExactly("profile.not-applicable");
    }

    @Test
    void aFileOfAnotherFamilyIsNotComparedAfterItsViolations() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": \"1.0.1\", \"agency\": \"CDT\", \"projects\": []}");

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json",
                generation("Computes fees.", LocalDate.of(2025, 3, 4)), null, "");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.NOT_COMPARED);
        assertThat(rules(comparison)).last().isEqualTo("check.family-mismatch");
    }

    @Test
    void aProfileRefusedForAFileOfAnotherFamilyReportsTheFamilyTheFixIsAbout() throws IOException {
        Path file = Files.writeString(dir.resolve("code.json"), "{\"version\": \"1.0.1\", \"agency\": \"CDT\", \"projects\": []}");

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json",
                generation("Computes fees.", LocalDate.of(2025, 3, 4)), "california", "");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.NOT_COMPARED);
        assertThat(comparison.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("check.family-mismatch");
            assertThat(d.message()).isEqualTo("code.json is codegov-1.0.1 but codegov-2.0.0 is generated; migrate it to"
                    + " codegov-2.0.0 first or delete it");
        });
    }

    @Test
    void anotherReleaseInItsOwnMemberOrderIsUpToDateAndUpdatingKeepsItAsItIs() throws IOException, JsonReadException {
        Generation generation = generation("Computes fees.", LocalDate.of(2025, 3, 4));
        String text = generation.text();
        int end = text.lastIndexOf("}\n  ]");
        String other = "    {\n      \"description\": \"Another release.\",\n      \"zeta\": 1.50,\n      \"name\": \"Other\"\n    }";
        Path file = Files.writeString(dir.resolve("code.json"), text.substring(0, end + 1) + ",\n" + other + text.substring(end + 1));
        Path stale = Files.writeString(dir.resolve("stale.json"), Files.readString(file).replace("Computes fees.", "Old words."));

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json", generation, null, "; update it");
        String updated = new CommittedFile().updated(CommittedFile.read(codejson, stale, "stale.json").document(), generation);

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.UP_TO_DATE);
        assertThat(updated).isEqualTo(Files.readString(file));
    }

    @Test
    void aFileWithoutTheProjectsReleaseGetsItAtTheEndAfterTheOthersAsTheyWere() throws IOException, JsonReadException {
        Generation generation = generation("Computes fees.", LocalDate.of(2025, 3, 4));
        String text = generation.text();
        String releases = "\"releases\": [\n";
        int start = text.indexOf(releases) + releases.length();
        String others = "    {\n      \"description\": \"First.\",\n      \"name\": \"One\"\n    },\n"
                + "    {\n      \"description\": \"Second.\",\n      \"name\": \"Two\"\n    }";
        String expected = text.substring(0, start) + others + ",\n" + text.substring(start);
        Path file = Files.writeString(dir.resolve("code.json"), text.substring(0, start) + others + "\n  ]\n}\n");

        String updated = new CommittedFile().updated(CommittedFile.read(codejson, file, "code.json").document(), generation);

        assertThat(updated).isEqualTo(expected);
    }

    @Test
    void theProjectsReleaseInAnotherMemberOrderIsSaidToBeInAnotherOrderNotToDifferFromThePom() throws IOException {
        Generation generation = generation("Computes fees.", LocalDate.of(2025, 3, 4));
        String text = generation.text();
        String contact = text.substring(text.indexOf("\"contact\": {"), text.indexOf("}", text.indexOf("\"contact\": {")) + 1);
        String[] lines = contact.split("\n");
        String reversed = lines[0] + "\n" + lines[2].replaceFirst(",?$", ",") + "\n" + lines[1].replaceFirst(",$", "") + "\n"
                + String.join("\n", java.util.Arrays.copyOfRange(lines, 3, lines.length));
        Path file = Files.writeString(dir.resolve("code.json"), text.replace(contact, reversed));

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "code.json", generation, null, "; update it");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.STALE);
        Diagnostic stale = comparison.diagnostics().get(comparison.diagnostics().size() - 1);
        assertThat(stale.subject()).isEqualTo(gov.ca.code.codejson.diagnostic.Subject.pointer("/releases/0/contact"));
        assertThat(stale.message()).startsWith("has the members it should have, in another order: expected ").endsWith("; update it");
    }

    @Test
    void aFileThatDiffersInItsLineEndsOnlySaysSoAndHowToKeepThem() throws IOException {
        Generation generation = generation("Computes fees.", LocalDate.of(2025, 3, 4));
        Path file = Files.writeString(dir.resolve("code.json"), generation.text().replace("\n", "\r\n"));

        CommittedFile.Comparison comparison = new CommittedFile().compare(codejson, file, "module/code.json", generation, null,
                "; update it");

        assertThat(comparison.state()).isEqualTo(CommittedFile.State.STALE);
        assertThat(comparison.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
                "differs from what the POM generates in its line ends only: \\r\\n where the written form has \\n, as a"
                        + " checkout that converts line ends writes it; keep the file as written with the line"
                        + " \"code.json -text\" in .gitattributes; update it"));
    }

    @Test
    void readingKeepsTheTextAsItIsOnDisk() throws IOException, JsonReadException {
        String text = "{ \"version\": \"2.0.0\",\n\"releases\": [] }\n";
        Path file = Files.writeString(dir.resolve("code.json"), text);

        CommittedFile.Read read = CommittedFile.read(codejson, file, "code.json");

        assertThat(read.text()).isEqualTo(text);
        assertThat(read.document().name()).isEqualTo("code.json");
    }
}
