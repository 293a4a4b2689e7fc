package gov.ca.code.codejson.validation.constraints;

import java.util.Objects;

/**
 * What a constraint validator found, carried as the Bean Validation dynamic payload of a
 * violation: the pointer relative to the validated object and the full message. The message
 * template of the violation holds the same text, escaped, for plain Bean Validation users.
 *
 * @param pointer the RFC 6901 pointer relative to the validated object, {@code ""} for the object itself
 * @param message what is wrong and what to do
 * @param rule a rule code that replaces the constraint's own, or {@code ""} to keep it
 */
public record Finding(String pointer, String message, String rule) {

    /** Creates the finding. */
    public Finding {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    /** Creates a finding reported under the constraint's own rule code. */
    public Finding(String pointer, String message) {
        this(pointer, message, "");
    }
}
