package gov.ca.code.codejson.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.codegov.Status;
import gov.ca.code.codejson.codegov.UsageType;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.shareit.Maintenance;
import gov.ca.code.codejson.shareit.RepositoryVisibility;
import gov.ca.code.codejson.validation.Profile;

class GenerationSettingsTest {

    private static Diagnostic error(Setting setting, String rule, String message) {
        return new Diagnostic("", Location.UNKNOWN, Subject.input(setting), rule, Severity.ERROR, message);
    }

    @Test
    void parsesEveryRawValueIntoItsType() {
        GenerationSettings s = GenerationSettings.builder().set(Setting.PROFILE, " California ")
                .set(Setting.MEASUREMENT_METHOD, "linesOfCode").set(Setting.USAGE_TYPE, "governmentWideReuse")
                .set(Setting.STATUS, "Release Candidate").set(Setting.LABOR_HOURS, "12.5").set(Setting.CREATED, "2024-01-02")
                .set(Setting.LAST_MODIFIED, "2025-03-04").set(Setting.REPOSITORY_VISIBILITY, "private")
                .set(Setting.MAINTENANCE, "community").set(Setting.REUSE_FORKS, "0").set(Setting.REUSE_CLONES, "7").build();

        assertThat(s.target().family()).isEqualTo(Family.CODEGOV_2_0_0);
        assertThat(s.target().profile()).isEqualTo(Profile.CALIFORNIA);
        assertThat(s.target().measurementMethod()).isEqualTo(MeasurementMethod.LINES_OF_CODE);
        assertThat(s.release().usageType()).isEqualTo(UsageType.GOVERNMENT_WIDE_REUSE);
        assertThat(s.release().status()).isEqualTo(Status.RELEASE_CANDIDATE);
        assertThat(s.release().laborHours()).isEqualTo(new BigDecimal("12.5"));
        assertThat(s.release().created()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(s.release().lastModified()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(s.shareIt().repositoryVisibility()).isEqualTo(RepositoryVisibility.PRIVATE);
        assertThat(s.shareIt().maintenance()).isEqualTo(Maintenance.COMMUNITY);
        assertThat(s.shareIt().reuseForks()).isZero();
        assertThat(s.shareIt().reuseClones()).isEqualTo(7L);
    }

    /**
     * A value of each kind a setting has; a setting of a new enum type needs one of its values
     * here. The candidates are tried in turn on each setting.
     */
    private static final List<String> SAMPLES = List.of("sample", "12", "2024-01-31", "shareit-2.0.0", "california",
            MeasurementMethod.LINES_OF_CODE.json(), UsageType.GOVERNMENT_WIDE_REUSE.json(), Status.RELEASE_CANDIDATE.json(),
            RepositoryVisibility.PRIVATE.json(), Maintenance.COMMUNITY.json());

    @Test
    void everySettingButTheOverlayFileIsParsedIntoATypedComponent() {
        GenerationSettings nothing = GenerationSettings.builder().build();
        List<Setting> notParsed = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            boolean reached = SAMPLES.stream().map(sample -> GenerationSettings.builder().set(setting, sample).parse())
                    .anyMatch(parsed -> parsed.diagnostics().isEmpty() && !parsed.settings().equals(nothing));
            if (!reached) {
                notParsed.add(setting);
            }
        }

        // The adapters read the overlay file themselves and hand its content to Builder.overlay.
        assertThat(notParsed).as("settings that no value reaches: give each a component of a group record of"
                + " GenerationSettings and parse it in GenerationSettings.Builder.parse").containsExactly(Setting.OVERLAY_FILE);
    }

    @Test
    void leavesWhatIsNotSetAbsentAndListsEmpty() {
        GenerationSettings s = GenerationSettings.builder().set(Setting.TAGS, List.of(" ", "")).build();

        assertThat(s.target().profile()).isNull();
        assertThat(s.target().validationProfile()).isEqualTo(Profile.CODEGOV);
        assertThat(s.target().measurementMethod()).isEqualTo(MeasurementMethod.PROJECTS);
        assertThat(s.release().status()).isNull();
        assertThat(s.release().tags()).isEmpty();
        assertThat(s.shareIt().contractNumbers()).isEmpty();
        assertThat(s.shareIt().usageTypes()).isEmpty();
    }

    @Test
    void aBadEnumValueIsReportedNamingTheSettingTheClosestSpellingAndTheAllowedValues() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.STATUS, "production").parse();

        assertThat(parsed.diagnostics()).containsExactly(error(Setting.STATUS, "generate.value-not-allowed",
                "\"production\" is not an allowed value; use \"Production\" or one of [Ideation, Development, Alpha, Beta,"
                        + " Release Candidate, Production, Archival]"));
        assertThat(parsed.settings().release().status()).isNull();
    }

    @Test
    void aBadDateIsReportedNamingTheSetting() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.CREATED, "2024-13-01")
                .set(Setting.LAST_MODIFIED, "2025-03-04").parse();

        assertThat(parsed.diagnostics()).containsExactly(error(Setting.CREATED, "generate.setting-invalid",
                "\"2024-13-01\" is not a date; write it as YYYY-MM-DD, such as 2024-01-31"));
        assertThat(parsed.settings().release().created()).isNull();
        assertThat(parsed.settings().release().lastModified()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void badNumbersAreReportedNamingTheSettingAndLeftOut() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.LABOR_HOURS, "many")
                .set(Setting.REUSE_FORKS, " 3 ").set(Setting.REUSE_CLONES, "-1").parse();

        assertThat(parsed.diagnostics()).containsExactly(
                error(Setting.LABOR_HOURS, "generate.setting-invalid", "\"many\" is not a number of hours; write one such as 1200"),
                error(Setting.REUSE_CLONES, "generate.setting-invalid", "\"-1\" is not a count; write a whole number, 0 or more"));
        assertThat(parsed.settings().release().laborHours()).isNull();
        assertThat(parsed.settings().shareIt().reuseForks()).isEqualTo(3L);
        assertThat(parsed.settings().shareIt().reuseClones()).isNull();
    }

    @Test
    void aFamilyThatCannotBeGeneratedIsReportedAndTheDefaultKept() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.FAMILY, "cms-2.1.0").parse();

        assertThat(parsed.diagnostics()).containsExactly(error(Setting.FAMILY, "generate.family-unsupported",
                "codejson cannot generate the family \"cms-2.1.0\"; use one of [codegov-2.0.0, shareit-2.0.0]"));
        assertThat(parsed.settings().target().family()).isEqualTo(Family.CODEGOV_2_0_0);
    }

    @Test
    void aProfileOfAnotherFamilyIsReportedNamingTheProfileSetting() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0")
                .set(Setting.PROFILE, "california").parse();

        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(Subject.input(Setting.PROFILE));
            assertThat(d.rule()).isEqualTo("profile.not-applicable");
            assertThat(d.message()).isEqualTo("the profile \"california\" does not apply to shareit-2.0.0; use one of [strict, shareit]");
        });
        assertThat(parsed.settings().target().validationProfile()).isEqualTo(Profile.SHAREIT);
    }

    @Test
    void shareItUsageTypesAreSeveralAndEachBadOneIsReported() {
        GenerationSettings.Parsed parsed = GenerationSettings.builder().set(Setting.FAMILY, "shareit-2.0.0")
                .set(Setting.USAGE_TYPE, "openSource, exemptByFOIA, exemptByLaw,openSource").parse();

        assertThat(parsed.settings().shareIt().usageTypes()).containsExactly(gov.ca.code.codejson.shareit.UsageType.OPEN_SOURCE,
                gov.ca.code.codejson.shareit.UsageType.EXEMPT_BY_FOIA);
        assertThat(parsed.settings().release().usageType()).isNull();
        assertThat(parsed.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(Subject.input(Setting.USAGE_TYPE));
            assertThat(d.message()).startsWith("\"exemptByLaw\" is not an allowed value; use ").contains("exemptByFOIA");
        });
    }

    @Test
    void buildRefusesValuesThatCannotBeUsedNamingTheSetting() {
        assertThatThrownBy(() -> GenerationSettings.builder().set(Setting.USAGE_TYPE, "opensource").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usageType: \"opensource\" is not an allowed value; use \"openSource\" or one of [openSource,"
                        + " governmentWideReuse, exemptByLaw, exemptByNationalSecurity, exemptByAgencySystem,"
                        + " exemptByAgencyMission, exemptByCIO, exemptByPolicyDate]");
    }

    @Test
    void aTargetRefusesAFamilyCodejsonCannotGenerate() {
        assertThatThrownBy(() -> new GenerationSettings.Target(Family.CMS_2_1_0, null, null, MeasurementMethod.PROJECTS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cms-2.1.0");
        assertThatThrownBy(() -> new GenerationSettings.Target(Family.SHAREIT_2_0_0, Profile.CALIFORNIA, null,
                MeasurementMethod.PROJECTS, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("california");
    }
}
