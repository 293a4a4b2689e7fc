package gov.ca.code.codejson.json;

import gov.ca.code.codejson.diagnostic.Diagnostic;
import gov.ca.code.codejson.diagnostic.Location;
import gov.ca.code.codejson.diagnostic.Severity;
import gov.ca.code.codejson.diagnostic.Subject;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * The input is not a JSON document that can be read: malformed, truncated, in an unknown
 * encoding, or over a {@link ReadLimits limit}. The message says what is wrong and what to do;
 * the location says where.
 */
public final class JsonReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient Location location;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param source the file name or a description of the input
     * @param location where reading stopped, or {@link Location#UNKNOWN}
     * @param reason what is wrong, as one sentence
     */
    public JsonReadException(String source, Location location, String reason) {
        super(source + ":" + location + ": " + reason);
        this.source = Objects.requireNonNull(source, "source");
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** {@return the file name or description of the input} */
    public String source() {
        return source;
    }

    /** {@return where reading stopped} */
    public Location location() {
        return location;
    }

    /** {@return what is wrong, without the location prefix} */
    public String reason() {
        return reason;
    }

    /** The rule code of a file that cannot be read as JSON. */
    public static final String RULE = "json.unreadable";

    /** {@return the failure as the error {@value #RULE} about the input, named by its source} */
    public Diagnostic diagnostic() {
        return new Diagnostic(source, location, Subject.FILE, RULE, Severity.ERROR, reason);
    }

    /**
     * Describes the failure in the compiler style tools print: {@code NAME:LINE:COLUMN: error: REASON},
     * without the line and column when the location is unknown.
     *
     * @param name how the input is named to the user, such as a path relative to the project
     * @return the one-line description
     */
    public String describe(String name) {
        return name + (location.isKnown() ? ":" + location : "") + ": error: " + reason;
    }

    /**
     * {@return why a file could not be opened or read, in words rather than the exception's class
     * and bare path, with what to check}
     *
     * @param e what opening or reading the file threw
     */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file; check the path";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; check that it is readable";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().contains("levels of symbolic links") ? "it is a loop of symbolic links; name the file itself"
                    : f.getReason() + "; check that it exists and is readable";
        }
        if ("Is a directory".equals(e.getMessage())) {
            // What the system says when a folder is opened as a file.
            return "it is a folder; name a code.json file";
        }
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; check that it exists and is readable";
    }
}
