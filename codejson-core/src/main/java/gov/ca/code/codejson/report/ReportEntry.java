package gov.ca.code.codejson.report;

import java.util.Comparator;
import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.validation.Violation;

/**
 * One problem as tools report it: in which file, where, about which value, and what to do.
 *
 * @param file the file concerned, as the user names it (a relative path is best)
 * @param location where in the file, or {@link Location#UNKNOWN}
 * @param subject what the problem is about: a JSON pointer, a build-file element such as
 *     {@code <description>}, or {@code ""}
 * @param rule the stable rule code
 * @param severity how serious it is
 * @param message what is wrong and what to do
 */
public record ReportEntry(String file, Location location, String subject, String rule, Severity severity, String message) {

    /** Order of a report: by file, then location, then subject and rule. */
    public static final Comparator<ReportEntry> ORDER = Comparator.comparing(ReportEntry::file)
            .thenComparingInt(e -> e.location().line())
            .thenComparingInt(e -> e.location().column())
            .thenComparing(ReportEntry::subject)
            .thenComparing(ReportEntry::rule)
            .thenComparing(ReportEntry::message);

    /** Creates an entry; no component may be null. */
    public ReportEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@return the entry for a violation of a file} */
    public static ReportEntry of(String file, Violation violation) {
        return new ReportEntry(file, violation.location(), violation.pointer(), violation.rule(), violation.severity(),
                violation.message());
    }

    /**
     * {@return the entry as a compiler writes it, such as
     * {@code code.json:13:5: error: /releases/0/permissions/usageType: message [rule]}}
     */
    public String line() {
        StringBuilder b = new StringBuilder(file);
        if (location.isKnown()) {
            b.append(':').append(location.line()).append(':').append(location.column());
        }
        b.append(": ").append(severity.label()).append(": ");
        if (!subject.isEmpty()) {
            b.append(subject).append(": ");
        }
        return b.append(message).append(" [").append(rule).append(']').toString();
    }
}
