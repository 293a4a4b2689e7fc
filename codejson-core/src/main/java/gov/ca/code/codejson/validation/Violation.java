package gov.ca.code.codejson.validation;

import gov.ca.code.codejson.diagnostic.Severity;

import java.util.Comparator;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;

/**
 * One problem found in a document.
 *
 * @param pointer the RFC 6901 JSON Pointer of the value concerned ({@code ""} for the document)
 * @param rule the stable rule code, such as {@code schema.required}
 * @param severity how serious it is
 * @param message what is wrong and what to do
 * @param location where the value starts in the file, or {@link Location#UNKNOWN}
 */
public record Violation(String pointer, String rule, Severity severity, String message, Location location) {

    /** Document order: by location, then pointer, then rule. */
    public static final Comparator<Violation> ORDER = Comparator
            .comparingInt((Violation v) -> v.location().line())
            .thenComparingInt(v -> v.location().column())
            .thenComparing(Violation::pointer)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    /** Creates a violation; no component may be null. */
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
