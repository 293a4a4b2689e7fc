package gov.ca.code.codejson.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

class DiagnosticCountsTest {

    private static Diagnostic of(Severity severity) {
        return new Diagnostic("code.json", Location.UNKNOWN, Subject.FILE, "test.rule", severity, "a message");
    }

    @Test
    void countsEachSeverityAndWordsErrorsAndWarnings() {
        DiagnosticCounts counts = DiagnosticCounts.of(List.of(of(Severity.ERROR), of(Severity.WARNING), of(Severity.WARNING),
                of(Severity.INFO)));
        assertThat(counts).isEqualTo(new DiagnosticCounts(1, 2, 1));
        assertThat(counts.text()).isEqualTo("1 error, 2 warnings");
        assertThat(DiagnosticCounts.of(List.of()).text()).isEqualTo("0 errors, 0 warnings");
    }

    @Test
    void anErrorAlwaysFailsAndAWarningOnlyWhenWarningsFail() {
        assertThat(new DiagnosticCounts(1, 0, 0).fail(false)).isTrue();
        assertThat(new DiagnosticCounts(0, 1, 0).fail(false)).isFalse();
        assertThat(new DiagnosticCounts(0, 1, 0).fail(true)).isTrue();
        assertThat(new DiagnosticCounts(0, 0, 5).fail(true)).isFalse();
    }
}
