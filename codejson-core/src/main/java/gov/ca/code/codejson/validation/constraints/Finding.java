package gov.ca.code.codejson.validation.constraints;

import java.util.Objects;

/**
 * What a constraint validator found, carried as the Bean Validation dynamic payload of a
 * violation: the pointer relative to the validated object and the full message. The message
 * template of the violation holds the same text, escaped, for plain Bean Validation users.
 *
 * @param pointer the RFC 6901 pointer relative to the validated object, {@code ""} for the object itself
 * @param message what is wrong and what to do
 */
public record Finding(String pointer, String message) {

    /** Creates the finding. */
    public Finding {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
