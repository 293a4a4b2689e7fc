package gov.ca.code.codejson.conversion;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Severity;

/**
 * A value a conversion cannot give and asks the user for.
 *
 * @param pointer where the value belongs in the converted document (RFC 6901)
 * @param kind whether the value was left out, kept but not allowed, or kept with a changed meaning
 * @param message what to supply, in one sentence
 */
public record Ask(String pointer, Kind kind, String message) {

    /** Creates the request; no component may be null. */
    public Ask {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** {@return an error for a value to supply or replace, a warning for one to review} */
    public Severity severity() {
        return kind == Kind.REVIEW ? Severity.WARNING : Severity.ERROR;
    }

    /** The kinds of request. */
    public enum Kind {
        /** The value cannot be derived and is left out: the user must supply it. */
        FILL,
        /** The value was kept as it was, and the target does not allow it: the user must replace it. */
        REPLACE,
        /** The value was kept, but its meaning changed between the families: the user should check it. */
        REVIEW
    }
}
