package gov.ca.code.codejson.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.Family;
import gov.ca.code.codejson.codegov.MeasurementMethod;
import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Subject;
import gov.ca.code.codejson.validation.Profile;

class MergeRequestTest {

    private static MergeRequest request(String measurementMethod, String profile, String target) {
        return new MergeRequest(List.<Path>of(), Path::toString, "", measurementMethod, profile, target, false, true, "", "", "");
    }

    @Test
    void turnsTheSettingsAsWrittenIntoOptions() throws MergeException {
        MergeOptions options = request(" linesOfCode ", "strict", "shareit-index-2.0.0").options();

        assertThat(options.target()).isEqualTo(Family.SHAREIT_INDEX_2_0_0);
        assertThat(options.profile()).isEqualTo(Profile.STRICT);
        assertThat(options.measurementType().method().orElse(null)).isEqualTo(MeasurementMethod.LINES_OF_CODE);
    }

    @Test
    void takesTheDefaultProfileOfTheFamilyWrittenWhenNoneIsNamed() throws MergeException {
        assertThat(request("", "", "shareit-index-2.0.0").options().profile()).isEqualTo(Family.SHAREIT_INDEX_2_0_0.defaultProfile());
        assertThat(request("", "", "").options().profile()).isEqualTo(Family.CODEGOV_2_0_0.defaultProfile());
    }

    @Test
    void namesEverySettingThatNamesNothingInOneException() {
        MergeException e = catchThrowableOfType(MergeException.class, () -> request("other", "", "codegov-1.0.1").options());

        assertThat(e.diagnostics()).extracting(Diagnostic::subject, Diagnostic::rule, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Subject.input(MergeRequest.Setting.TARGET), "merge.family-unsupported",
                        "\"codegov-1.0.1\" is not a family an aggregate is written in; use one of [codegov-2.0.0, shareit-index-2.0.0]"),
                org.assertj.core.groups.Tuple.tuple(Subject.input(MergeRequest.Setting.MEASUREMENT_METHOD), "merge.value-not-allowed",
                        "\"other\" needs measurementType.ifOther to say what is counted, which an aggregate cannot be given; use one"
                                + " of [linesOfCode, modules, cost, projects, systems], or leave the setting out to keep the inputs' own"
                                + " measurement type"));
    }

    @Test
    void refusesAProfileThatDoesNotApplyToTheFamilyWritten() {
        MergeException e = catchThrowableOfType(MergeException.class, () -> request("", "codegov", "shareit-index-2.0.0").options());

        assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(Subject.input(MergeRequest.Setting.PROFILE));
            assertThat(d.message()).isEqualTo("the profile \"codegov\" does not apply to shareit-index-2.0.0; use one of [strict, shareit]");
        });
    }
}
