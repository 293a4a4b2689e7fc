package gov.ca.code.codejson.scan;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;

/**
 * Something the scan of a repository could not read or decide, with the file to fix.
 *
 * @param severity how serious it is; an error means the repository gets no entry
 * @param rule a stable code, such as {@code scan.manifest-unreadable}
 * @param file the file concerned, relative to the repository, or {@code ""}
 * @param location where in the file, or {@link Location#UNKNOWN}
 * @param message what happened and what to do
 */
public record ScanProblem(Severity severity, String rule, String file, Location location, String message) {

    /** Creates a problem; no component may be null. */
    public ScanProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
