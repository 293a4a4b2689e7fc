package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.CodeJson;
import gov.ca.code.codejson.Document;
import gov.ca.code.codejson.codegov.Inventory;
import gov.ca.code.codejson.codegov.Release;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.json.JsonReadException;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.DiagnosticException;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.validation.Profile;

class GeneratorTest {

    private final Generator generator = new Generator();

    private static ProjectFacts facts(String description, List<ProjectFacts.LicenseFact> licenses, String version) {
        return new ProjectFacts("gov.ca.cdt", "permit-fees", version, null, description, "https://permits.example.gov",
                "CDT", new ProjectFacts.Scm(null, "scm:git:git@github.com:example-agency/permit-fees.git", null),
                licenses, List.of(new ProjectFacts.Developer("Pat", "pat@example.gov", null)), List.of(), null, List.of(),
                List.of(new ProjectFacts.Dependency("gov.ca.shared", "addresses", "1.0"),
                        new ProjectFacts.Dependency("org.slf4j", "slf4j-api", "2.0.0"),
                        new ProjectFacts.Dependency("gov.ca.cdt", "sibling", "1.0")),
                "1767225600", new ProjectFacts.History(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 3, 4), "git"), null);
    }

    private static GenerationSettings.Builder settings() {
        return GenerationSettings.builder().set(Setting.AGENCY, "CDT").set(Setting.TAGS, List.of("permits", "fees", "buildings"))
                .set(Setting.LABOR_HOURS, "120");
    }

    private static Release release(Generation generation) {
        return generation.document().root(Inventory.class).releaseList().get(0);
    }

    @Test
    void mapsTheProjectModelToAValidRelease() {
        Generation g = generator.generate(facts("  Computes\n permit   fees. ", List.of(
                new ProjectFacts.LicenseFact("The Apache Software License, Version 2.0", null)), "1.2.0"), settings().build());

        assertThat(g.valid()).isTrue();
        Release r = release(g);
        assertThat(r.name().value()).contains("permit-fees");
        assertThat(r.description().value()).contains("Computes permit fees.");
        assertThat(r.repositoryURL().value()).contains("https://github.com/example-agency/permit-fees");
        assertThat(r.vcs().value()).contains("git");
        assertThat(r.status().value()).contains(Status.PRODUCTION);
        assertThat(r.usageType()).contains(UsageType.OPEN_SOURCE);
        assertThat(r.permissions().value().orElseThrow().licenses().orElse(List.of()).get(0).value().orElseThrow().name().value())
                .contains("Apache-2.0");
        assertThat(r.reusedCode().orElse(List.of())).hasSize(1);
        assertThat(g.text()).contains("\"name\": \"gov.ca.shared:addresses\"")
                .contains("\"created\": \"2024-01-02\"")
                .contains("\"lastModified\": \"2025-03-04\"")
                .contains("\"metadataLastUpdated\": \"2026-01-01\"");
    }

    @Test
    void aCreationDateSetAfterTheLastModificationIsAWarningOnTheCreatedSetting() {
        ProjectFacts noHistory = new ProjectFacts("gov.ca.cdt", "permit-fees", "1.0.0", null, "Computes permit fees.",
                "https://permits.example.gov", "CDT", null, List.of(new ProjectFacts.LicenseFact("MIT", null)),
                List.of(new ProjectFacts.Developer("Pat", "pat@example.gov", null)), List.of(), null, List.of(), List.of(),
                "1767225600", null, null);

        Generation reversed = generator.generate(noHistory, settings().set(Setting.CREATED, "2024-01-01")
                .set(Setting.LAST_MODIFIED, "2023-01-01").build());
        Generation ordered = generator.generate(noHistory, settings().set(Setting.CREATED, "2023-01-01")
                .set(Setting.LAST_MODIFIED, "2024-01-01").build());

        assertThat(reversed.findings()).filteredOn(f -> f.diagnostic().rule().equals("generate.dates-order")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.diagnostic().subject()).isEqualTo(Subject.input(Setting.CREATED));
                    assertThat(f.diagnostic().message()).isEqualTo("date.created (2024-01-01) is after date.lastModified"
                            + " (2023-01-01); set created to the day the project began and lastModified to the day it last changed");
                });
        assertThat(ordered.findings()).noneMatch(f -> f.diagnostic().rule().equals("generate.dates-order"));
    }

    @Test
    void reportsMissingDescriptionNamingThePomElement() {
        Generation g = generator.generate(facts(null, List.of(), "1.0.0"), settings().set(Setting.USAGE_TYPE, "openSource").build());

        assertThat(g.valid()).isFalse();
        assertThat(g.findings()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.diagnostic().subject()).isEqualTo(Subject.input(ProjectFact.DESCRIPTION));
        });
        assertThat(g.violations()).noneMatch(v -> v.pointer().equals("/releases/0/description"));
    }

    @Test
    void refusesToInferUsageTypeWithoutOsiLicensesAndNamesTheSetting() {
        Generation g = generator.generate(facts("Does things.", List.of(), "1.0.0"), settings().build());

        assertThat(g.findings()).anySatisfy(p -> assertThat(p.diagnostic().subject()).isEqualTo(Subject.input(Setting.USAGE_TYPE)));
        assertThat(g.valid()).isFalse();
    }

    @Test
    void tracesAMissingExemptionTextToItsSetting() {
        Generation g = generator.generate(facts("Internal.", List.of(), "2.0.0-SNAPSHOT"),
                settings().set(Setting.USAGE_TYPE, "exemptByAgencySystem").build());

        assertThat(g.valid()).isFalse();
        assertThat(g.violations()).anySatisfy(v -> {
            assertThat(v.pointer()).isEqualTo("/releases/0/permissions/exemptionText");
            assertThat(g.sourceOf(v.pointer())).contains(Source.setting(Setting.EXEMPTION_TEXT));
        });
        assertThat(g.document().root(Inventory.class).releaseList().get(0).status().value()).contains(Status.DEVELOPMENT);
    }

    @Test
    void appliesTheOverlayAsAMergePatchAndTracesItsValues() throws JsonReadException {
        Overlay overlay = new Overlay("overlay.json", (gov.ca.code.codejson.json.JsonValue.JsonObject) new gov.ca.code.codejson.json.JsonReader(
                gov.ca.code.codejson.json.ReadLimits.DEFAULT).read("{\n  \"contact\": {\"phone\": \"555\"},\n  \"vcs\": null,\n"
                        + "  \"partners\": [{\"name\": \"X\", \"email\": \"nope\"}]\n}", "overlay.json").root());
        Generation g = generator.generate(facts("Does things.", List.of(), "1.0.0"),
                settings().set(Setting.USAGE_TYPE, "governmentWideReuse").overlay(overlay).build());

        Release r = release(g);
        assertThat(r.contact().value().orElseThrow().phone().value()).contains("555");
        assertThat(r.contact().value().orElseThrow().email().value()).contains("pat@example.gov");
        assertThat(r.vcs().isDefined()).isFalse();
        assertThat(g.sourceOf("/releases/0/partners/0/email")).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(Source.Kind.OVERLAY);
            assertThat(s.location().line()).isEqualTo(4);
        });
    }

    @Test
    void generatesTheSameBytesTwice() {
        ProjectFacts f = facts("Does things.", List.of(new ProjectFacts.LicenseFact("MIT", null)), "1.0.0");
        assertThat(generator.generate(f, settings().build()).text()).isEqualTo(generator.generate(f, settings().build()).text());
    }

    @Test
    void updateKeepsHandWrittenFieldsAndOtherReleasesAndCheckIgnoresDates() throws JsonReadException {
        CodeJson codejson = new CodeJson();
        Document committed = codejson.read("""
                {"version": "2.0.0", "measurementType": {"method": "projects"}, "agency": "OLD",
                 "releases": [
                  {"name": "other", "description": "x", "custom": 1},
                  {"name": "permit-fees", "version": "0.1", "relatedCode": [{"name": "r"}],
                   "date": {"created": "2000-01-01"}}]}
                """, "code.json");
        Generation g = generator.generate(facts("Does things.", List.of(new ProjectFacts.LicenseFact("MIT", null)), "1.0.0"),
                settings().build());

        String updated = new CommittedFile().updated(committed, g);
        assertThat(updated).contains("\"agency\": \"CDT\"").contains("\"custom\": 1").contains("\"relatedCode\"")
                .contains("\"version\": \"1.0.0\"").contains("\"created\": \"2024-01-02\"").doesNotContain("OLD");
        String compared = new CommittedFile().updated(committed, g, false);
        assertThat(compared).contains("\"created\": \"2000-01-01\"").doesNotContain("2025-03-04");
    }

    @Test
    void aProfileThatDoesNotApplyToTheFamilyIsRefusedNamingTheInputInsteadOfReplacedByTheDefault() {
        assertThat(gov.ca.code.codejson.Family.SHAREIT_2_0_0.profile("california", Setting.PROFILE))
                .isInstanceOfSatisfying(gov.ca.code.codejson.Family.ProfileChoice.Refused.class, r -> {
                    assertThat(r.diagnostic().subject()).isEqualTo(Subject.input(Setting.PROFILE));
                    assertThat(r.diagnostic().message()).startsWith("the profile \"california\" does not apply to shareit-2.0.0");
                });
        assertThat(gov.ca.code.codejson.Family.SHAREIT_2_0_0.profile(null, Setting.PROFILE))
                .isEqualTo(new gov.ca.code.codejson.Family.ProfileChoice.Chosen(Profile.SHAREIT));
    }

    @Test
    void theInferredStatusNamesTheVersionItCameFromOrSaysThatThereWasNone() {
        Generation snapshot = generator.generate(facts("Does things.", List.of(), "2.1.0-SNAPSHOT"), settings().build());
        Generation none = generator.generate(facts("Does things.", List.of(), null), settings().build());

        assertThat(snapshot.findings()).filteredOn(p -> p.diagnostic().rule().equals("generate.status-inferred")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "status Development inferred from the version \"2.1.0-SNAPSHOT\" (a snapshot); set status to say otherwise"));
        assertThat(none.findings()).filteredOn(p -> p.diagnostic().rule().equals("generate.status-inferred")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "status Production assumed: no version is known to tell a snapshot from a release; set status to say otherwise"));
        assertThat(release(none).status().value()).contains(Status.PRODUCTION);
    }

    @Test
    void violationsArePlacedInTheWrittenFileOrTheProjectFileWithTheAdaptersHint() {
        Generation g = generator.generate(facts("Computes permit fees.", List.of(
                new ProjectFacts.LicenseFact("MIT", null)), "1.0.0"), settings().set(Setting.HOMEPAGE_URL, "not a url").build());
        Diagnostic violation = g.violations().stream().filter(v -> v.pointer().equals("/releases/0/homepageURL"))
                .findFirst().orElseThrow();

        List<Diagnostic> unwritten = g.placedViolations("pom.xml", null, s -> " (set " + s.name() + ")");
        List<Diagnostic> written = g.placedViolations("pom.xml", "target/code.json", s -> " (set " + s.name() + ")");

        int at = g.violations().indexOf(violation);
        assertThat(unwritten.get(at).file()).isEqualTo("pom.xml");
        assertThat(unwritten.get(at).location().isKnown()).isFalse();
        assertThat(unwritten.get(at).message()).isEqualTo(violation.message() + " (set homepageURL)");
        assertThat(written.get(at).file()).isEqualTo("target/code.json");
        assertThat(written.get(at).location()).isEqualTo(violation.location());
        assertThat(written).hasSameSizeAs(g.violations());
    }

    @Test
    void aMissingIfOtherNamesTheSettingThatGivesItNotTheMethod() {
        Generation g = generator.generate(facts("Computes permit fees.", List.of(
                new ProjectFacts.LicenseFact("MIT", null)), "1.0.0"), settings().set(Setting.MEASUREMENT_METHOD, "other").build());

        assertThat(g.placedViolations("pom.xml", null, s -> " (set " + s.name() + ")"))
                .filteredOn(v -> v.pointer().equals("/measurementType/ifOther")).singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith(" (set measurementIfOther)"));
    }

    private Generation internal(String profile) {
        return generator.generate(facts("Internal.", List.of(new ProjectFacts.LicenseFact("Apache-2.0", null)), "2.0.0"),
                settings().set(Setting.USAGE_TYPE, "exemptByAgencySystem")
                .set(Setting.EXEMPTION_TEXT, "Runs the agency's payroll.").set(Setting.PROFILE, profile).build());
    }

    @Test
    void anInternalReleaseIsWrittenAsGeneratedWithAWarningNamingTheRedactInput() throws Exception {
        Generation g = internal("codegov");

        Redaction.Written written = Redaction.none().write(new CodeJson(), g);

        assertThat(g.valid()).isTrue();
        assertThat(written.text()).isEqualTo(g.text());
        assertThat(written.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(Subject.input(Redaction.REDACT));
            assertThat(d.rule()).isEqualTo("generate.internal-release");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).startsWith("release \"permit-fees\" is not open source, so its repositoryURL and contact are internal");
        });
    }

    @Test
    void aRedactedInternalReleaseLosesItsRepositoryUrlAndTakesTheAgencyContact() throws Exception {
        Redaction.Written written = Redaction.of(" office@example.gov ", "Open-source office", " ").write(new CodeJson(), internal("codegov"));

        Release r = new CodeJson().read(written.text(), "code.json").root(Inventory.class).releaseList().get(0);
        assertThat(written.diagnostics()).isEmpty();
        assertThat(r.repositoryURL().isDefined()).isFalse();
        assertThat(r.contact().value().orElseThrow().email().value()).contains("office@example.gov");
        assertThat(r.contact().value().orElseThrow().url().isDefined()).isFalse();
        assertThat(r.usageType()).contains(UsageType.EXEMPT_BY_AGENCY_SYSTEM);
    }

    @Test
    void aRedactedEntryThatItsProfileRefusesIsNotWrittenButReported() {
        Generation g = internal("strict");

        DiagnosticException e = org.assertj.core.api.Assertions.catchThrowableOfType(DiagnosticException.class,
                () -> Redaction.of(null, null, null).write(new CodeJson(), g));

        assertThat(g.valid()).isTrue();
        assertThat(e.diagnostics()).extracting(Diagnostic::pointer).contains("/releases/0/repositoryURL");
    }

    @Test
    void aShareItEntryIsWrittenUnredactedWithAWarningForItHasNoRedaction() throws Exception {
        Generation g = generator.generate(facts("Internal.", List.of(), "2.0.0"), GenerationSettings.builder()
                .set(Setting.FAMILY, "shareit-2.0.0").set(Setting.TAGS, List.of("permits")).set(Setting.LABOR_HOURS, "120")
                .set(Setting.REPOSITORY_VISIBILITY, "private").set(Setting.REUSE_FORKS, "0").set(Setting.MAINTENANCE, "internal")
                .set(Setting.CONTRACT_NUMBERS, List.of("none")).set(Setting.SBOM, "None").set(Setting.AI_USE_CASE_ID, "0")
                .set(Setting.USAGE_TYPE, "exemptByAgencySystem").set(Setting.EXEMPTION_TEXT, "Payroll.").build());

        Redaction.Written written = Redaction.of("office@example.gov", null, null).write(new CodeJson(), g);

        assertThat(written.text()).isEqualTo(g.text());
        assertThat(written.diagnostics()).extracting(Diagnostic::rule, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("generate.redact-unsupported",
                        "a shareit-2.0.0 entry requires its repositoryURL, so it is written unredacted"));
    }
}
