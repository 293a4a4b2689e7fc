package gov.ca.code.codejson.merge;

import java.util.Objects;

import gov.ca.code.codejson.diagnostic.Severity;

/**
 * One line (or a line with indented details) that an aggregate reports to the person who runs it,
 * in the style of a compiler: {@code file:line:column: severity: pointer: message}.
 *
 * @param severity {@link Severity#ERROR} for an entry left out, {@link Severity#INFO} for how an input was
 *     converted, {@link Severity#WARNING} otherwise
 * @param text the message; details of an invalid entry follow on indented lines
 */
public record MergeMessage(Severity severity, String text) {

    /** Creates the message. */
    public MergeMessage {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }
}
