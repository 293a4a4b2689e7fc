package gov.ca.code.codejson.generate;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Severity;

/**
 * Something the generator could not do, or did by inference, and the input to change.
 *
 * @param severity how serious it is; an error means no file is written
 * @param rule a stable code, such as {@code generate.description-missing}
 * @param pointer the JSON pointer of the generated field concerned, or {@code ""}
 * @param source the input the user sets to change the outcome
 * @param message what happened and what to do
 */
public record GenerationProblem(Severity severity, String rule, String pointer, Source source, String message) {

    /** Creates a problem; no component may be null. */
    public GenerationProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
