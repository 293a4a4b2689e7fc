package gov.ca.code.codejson.report;

import java.util.List;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.text.Counts;

/**
 * How many diagnostics of each severity a run reported, and whether they fail it: the tail every
 * goal and command ends with, counted and worded once.
 *
 * @param errors how many errors
 * @param warnings how many warnings
 * @param infos how many notes
 */
public record DiagnosticCounts(long errors, long warnings, long infos) {

    /**
     * {@return the counts of a list of diagnostics}
     *
     * @param diagnostics what a run reported
     */
    public static DiagnosticCounts of(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        return new DiagnosticCounts(errors, warnings, diagnostics.size() - errors - warnings);
    }

    /**
     * {@return these counts and those of another run together}
     *
     * @param other the other counts
     */
    public DiagnosticCounts plus(DiagnosticCounts other) {
        return new DiagnosticCounts(errors + other.errors, warnings + other.warnings, infos + other.infos);
    }

    /**
     * {@return whether the run fails: on any error, and on any warning when warnings fail it too}
     *
     * @param failOnWarning whether warnings fail the run
     */
    public boolean fail(boolean failOnWarning) {
        return errors > 0 || (failOnWarning && warnings > 0);
    }

    /** {@return the errors and warnings in words, such as {@code 2 errors, 1 warning}} */
    public String text() {
        return Counts.of(errors, "error") + ", " + Counts.of(warnings, "warning");
    }
}
