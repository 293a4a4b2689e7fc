package gov.ca.code.codejson.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the tool reports: in which file, where, about what, under which rule, how serious,
 * and what to do. Every use case reports with this type; the formatters of the library turn a list
 * of them into compiler-style text, JSON or SARIF.
 *
 * @param file the file concerned, as the user names it (a relative path is best), or {@code ""}
 *     when the diagnostic is about no file
 * @param location where in the file, or {@link Location#UNKNOWN}
 * @param subject what it is about
 * @param rule the stable rule code, such as {@code schema.required}
 * @param severity how serious it is
 * @param message what is wrong and what to do
 */
public record Diagnostic(String file, Location location, Subject subject, String rule, Severity severity,
        String message) {

    /** Report order: by file, then location, then rule and message. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    /** Creates a diagnostic; no component may be null. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@return whether this is an error} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@return this diagnostic, about the given file} */
    public Diagnostic inFile(String name) {
        return new Diagnostic(name, location, subject, rule, severity, message);
    }
}
