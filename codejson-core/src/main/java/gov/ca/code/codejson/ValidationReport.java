package gov.ca.code.codejson;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.validation.Profile;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Diagnostic;

/**
 * The outcome of validating one document with one profile.
 *
 * @param name the file name or description of the document
 * @param family the schema family
 * @param profile the profile applied
 * @param violations every violation found, in document order
 */
public record ValidationReport(String name, Family family, Profile profile, List<Diagnostic> violations) {

    /** Creates a report; the list is copied. */
    public ValidationReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(profile, "profile");
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** {@return whether the document has no error} */
    public boolean valid() {
        return violations.stream().noneMatch(Diagnostic::isError);
    }

    /** {@return how many violations have this severity} */
    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }
}
