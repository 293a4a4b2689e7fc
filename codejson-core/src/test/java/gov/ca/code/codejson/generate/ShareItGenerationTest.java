package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.json.JsonReader;
import gov.ca.code.codejson.json.JsonValue;
import gov.ca.code.codejson.json.ReadLimits;
import gov.ca.code.codejson.shareit.Maintenance;
import gov.ca.code.codejson.shareit.Repository;
import gov.ca.code.codejson.shareit.RepositoryVisibility;
import gov.ca.code.codejson.shareit.UsageType;
import gov.ca.code.codejson.shareit.Vcs;
import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

class ShareItGenerationTest {

    private final Generator generator = new Generator();

    @TempDir
    static Path sources;

    @BeforeAll
    static void writeASourceFile() throws IOException {
        Files.writeString(sources.resolve("Fees.java"), "class Fees {\n    int fee() {\n        return 1;\n    }\n}\n");
    }

    private static ProjectFacts facts(List<ProjectFacts.LicenseFact> licenses, String issues) {
        return new ProjectFacts("gov.ca.cdt", "permit-fees", "1.2.0", "Permit Fees", "Computes permit fees.",
                "https://permits.example.gov", "CDT",
                new ProjectFacts.Scm(null, "scm:hg:https://hg.example.gov/permit-fees", null), licenses,
                List.of(new ProjectFacts.Developer("Pat", "pat@example.gov", null)), List.of(), issues, List.of(sources), List.of(),
                "1767225600", new ProjectFacts.History(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 3, 4), "git"), null);
    }

    private static ProjectFacts facts() {
        return facts(List.of(new ProjectFacts.LicenseFact("The Apache Software License, Version 2.0", null)),
                "https://github.com/example-agency/permit-fees/issues");
    }

    /** Every SHARE IT value the POM cannot hold, set. */
    private static GenerationSettings.Builder complete() {
        return GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0").set(Setting.TAGS, List.of("permits", "fees"))
                .set(Setting.LABOR_HOURS, "120").set(Setting.REPOSITORY_VISIBILITY, "public").set(Setting.REUSE_FORKS, "3").set(Setting.REUSE_CLONES, "40")
                .set(Setting.MAINTENANCE, "internal").set(Setting.CONTRACT_NUMBERS, List.of("none")).set(Setting.SBOM, "None").set(Setting.AI_USE_CASE_ID, "0");
    }

    private static Repository repository(Generation g) {
        return g.document().root(Repository.class);
    }

    @Test
    void mapsTheProjectModelToAValidShareItObject() {
        Generation g = generator.generate(facts(), complete().build());

        assertThat(g.findings()).noneMatch(Finding::isError);
        assertThat(g.valid()).isTrue();
        assertThat(g.document().family()).isEqualTo(Family.SHAREIT_2_0_0);
        assertThat(g.validation().profile()).isEqualTo(Profile.SHAREIT);
        Repository r = repository(g);
        assertThat(r.name().value()).contains("Permit Fees");
        assertThat(r.usageTypes()).containsExactly(UsageType.OPEN_SOURCE);
        assertThat(r.vcs().value()).contains(Vcs.HG);
        assertThat(r.languages().value()).hasValueSatisfying(l -> assertThat(l).extracting(x -> x.value().orElseThrow())
                .containsExactly("Java"));
        assertThat(r.repositoryVisibility().value()).contains(RepositoryVisibility.PUBLIC);
        assertThat(r.maintenance().value()).contains(Maintenance.INTERNAL);
        assertThat(r.contractNumber().value()).contains(List.of());
        assertThat(r.feedbackMechanism().value()).contains("https://github.com/example-agency/permit-fees/issues");
        assertThat(r.date().value().orElseThrow().created().value()).contains("2024-01-02T00:00:00Z");
        assertThat(r.date().value().orElseThrow().metadataLastUpdated().value()).contains("2026-01-01T00:00:00Z");
        assertThat(g.text()).startsWith("{\n  \"name\": \"Permit Fees\"").doesNotContain("\"releases\"")
                .doesNotContain("\"agency\"").doesNotContain("\"URL\": \"https://github.com")
                .contains("\"name\": \"Apache-2.0\"").contains("\"forks\": 3").contains("\"clones\": 40");
    }

    @Test
    void reportsEveryMissingShareItValueNamingItsSetting() {
        Generation g = generator.generate(facts(List.of(new ProjectFacts.LicenseFact("MIT", null)), null),
                GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0").build());

        assertThat(g.valid()).isFalse();
        assertThat(g.findings()).filteredOn(Finding::isError)
                .extracting(p -> p.field() + " " + ((Subject.Of) p.diagnostic().subject()).input().key())
                .contains("/repositoryVisibility repositoryVisibility", "/reuseFrequency reuseForks",
                        "/maintenance maintenance", "/contractNumber contractNumbers", "/SBOM sbom",
                        "/feedbackMechanism feedbackMechanism", "/AIUseCaseID aiUseCaseId", "/tags tags");
        // One message per missing value: the validation of the same pointer is not repeated.
        assertThat(g.violations()).noneMatch(v -> v.pointer().equals("/repositoryVisibility"));
    }

    @Test
    void aValueNothingGivesAsksForTheOverlayWithoutNamingAConversion() {
        ProjectFacts noHistory = new ProjectFacts("gov.ca.cdt", "permit-fees", "1.2.0", "Permit Fees", "Computes permit fees.",
                null, "CDT", null, List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, null);

        Generation g = generator.generate(noHistory, GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0").build());

        assertThat(g.findings()).extracting(f -> f.diagnostic().message()).filteredOn(m -> m.contains("overlay file"))
                .anySatisfy(m -> assertThat(m).contains("or give it in the overlay file"))
                .noneMatch(m -> m.contains("conversion"));
    }

    @Test
    void datesNoHistoryGivesAreAskedOfTheSettingsThatGiveThem() {
        ProjectFacts noHistory = new ProjectFacts("gov.ca.cdt", "permit-fees", "1.2.0", "Permit Fees", "Computes permit fees.",
                null, "CDT", null, List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, null);

        Generation without = generator.generate(noHistory, complete().build());
        Generation with = generator.generate(noHistory, complete().set(Setting.CREATED, "2024-01-02")
                .set(Setting.LAST_MODIFIED, "2025-03-04").build());

        assertThat(without.findings()).filteredOn(f -> f.field().equals("/date") && f.isError()).singleElement()
                .satisfies(f -> {
                    assertThat(((Subject.Of) f.diagnostic().subject()).input()).isEqualTo(Setting.CREATED);
                    assertThat(f.diagnostic().message()).endsWith("; with no version control history, set created and"
                            + " lastModified (YYYY-MM-DD), and the build's reproducible timestamp for metadataLastUpdated,"
                            + " or give it in the overlay file");
                });
        assertThat(with.findings()).noneMatch(f -> f.field().equals("/date") && f.isError());
        assertThat(repository(with).date().value().orElseThrow().created().value()).contains("2024-01-02T00:00:00Z");
    }

    @Test
    void aViolationOfAShareItOnlyMemberIsLocatedAtItsLineInTheWrittenText() {
        Generation g = generator.generate(facts(), complete().set(Setting.FEEDBACK_MECHANISM, "not a url").build());

        var violation = g.violations().stream().filter(v -> v.pointer().equals("/feedbackMechanism")).findFirst().orElseThrow();
        assertThat(g.text().lines().toList().get(violation.location().line() - 1))
                .isEqualTo("  \"feedbackMechanism\": \"not a url\",");
    }

    @Test
    void acceptsSeveralUsageTypesIncludingOnesCodeGovDoesNotHave() {
        Generation g = generator.generate(facts(), complete().set(Setting.USAGE_TYPE, "openSource, exemptByFOIA")
                .set(Setting.EXEMPTION_TEXT, "Parts are exempt under FOIA.").build());

        assertThat(g.valid()).isTrue();
        assertThat(repository(g).usageTypes()).containsExactly(UsageType.OPEN_SOURCE, UsageType.EXEMPT_BY_FOIA);
    }

    @Test
    void asksToReplaceALicenseOutsideTheShareItListNamingThePomElement() {
        Generation g = generator.generate(facts(List.of(new ProjectFacts.LicenseFact("Agency Internal License", null)),
                "https://issues.example.gov"), complete().set(Setting.USAGE_TYPE, "governmentWideReuse").build());

        assertThat(g.valid()).isFalse();
        assertThat(g.findings()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.field()).isEqualTo("/permissions/licenses/0/name");
            assertThat(p.diagnostic().subject()).isInstanceOfSatisfying(Subject.Of.class,
                    o -> assertThat(o.input()).isInstanceOf(ProjectFact.class));
        });
    }

    @Test
    void takesShareItValuesFromTheOverlayInsteadOfFailing() throws JsonReadException {
        Overlay overlay = new Overlay("overlay.json", (JsonValue.JsonObject) new JsonReader(ReadLimits.DEFAULT).read(
                "{\"repositoryVisibility\": \"private\",\n \"reuseFrequency\": {\"forks\": 0}}", "overlay.json").root());
        Generation g = generator.generate(facts(), complete().set(Setting.REPOSITORY_VISIBILITY, (String) null).set(Setting.REUSE_FORKS, (String) null).set(Setting.REUSE_CLONES, (String) null)
                .overlay(overlay).build());

        assertThat(g.valid()).isTrue();
        assertThat(repository(g).repositoryVisibility().value()).contains(RepositoryVisibility.PRIVATE);
        assertThat(g.sourceOf("/reuseFrequency/forks")).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Source.Kind.OVERLAY);
            assertThat(s.location().line()).isEqualTo(2);
        });
    }

    @Test
    void generatesTheSameBytesTwice() {
        assertThat(generator.generate(facts(), complete().build()).text())
                .isEqualTo(generator.generate(facts(), complete().build()).text());
    }

    @Test
    void updateKeepsHandWrittenMembersOfACommittedShareItObject() throws JsonReadException {
        Document committed = new CodeJson().read("""
                {"name": "Permit Fees", "description": "old", "repositoryVisibility": "public", "SBOM": "None",
                 "AIUseCaseID": "0", "relatedCode": [{"name": "r"}], "date": {"created": "2000-01-01T00:00:00Z"}}
                """, "code.json");
        Generation g = generator.generate(facts(), complete().build());

        String updated = new CommittedFile().updated(committed, g);
        assertThat(updated).contains("\"relatedCode\"").contains("\"description\": \"Computes permit fees.\"")
                .contains("\"created\": \"2024-01-02T00:00:00Z\"").doesNotContain("\"releases\"");
        assertThat(new CommittedFile().updated(committed, g, false)).contains("\"created\": \"2000-01-01T00:00:00Z\"");
    }

    @Test
    void refusesToUpdateACommittedFileOfAnotherFamily() throws JsonReadException {
        Document committed = new CodeJson().read("""
                {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "CDT", "releases": []}
                """, "code.json");
        Generation g = generator.generate(facts(), complete().build());

        assertThatThrownBy(() -> new CommittedFile().updated(committed, g))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codegov-2.0.0")
                .hasMessageContaining("migrate it to shareit-2.0.0");
    }
}
