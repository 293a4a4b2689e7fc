package gov.ca.code.codejson.generate;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * A diagnostic of generation and the generated field it concerns. The diagnostic names the input
 * to change (a {@link Setting}, a {@link ProjectFact} or an overlay value); the field is the JSON
 * pointer in the generated document, {@code ""} when it concerns no one field.
 *
 * @param field the JSON pointer of the generated field
 * @param diagnostic what was found
 */
public record Finding(String field, Diagnostic diagnostic) {

    /** Creates a finding; no component may be null. */
    public Finding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    /** {@return a finding about the field, naming the source to change} */
    static Finding of(Severity severity, String rule, String field, Source source, String message) {
        String file = source.file();
        return new Finding(field, new Diagnostic(file, source.location(), source.subject(field), rule, severity, message));
    }

    /** {@return the severity of the diagnostic} */
    public Severity severity() {
        return diagnostic.severity();
    }

    /** {@return the rule of the diagnostic} */
    public String rule() {
        return diagnostic.rule();
    }

    /** {@return the message of the diagnostic} */
    public String message() {
        return diagnostic.message();
    }

    /** {@return whether the diagnostic is an error} */
    public boolean isError() {
        return diagnostic.isError();
    }
}
