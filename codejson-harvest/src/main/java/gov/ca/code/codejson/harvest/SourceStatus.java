package gov.ca.code.codejson.harvest;

import java.util.List;
import java.util.Objects;

import gov.ca.code.codejson.model.JsonEnum;

/**
 * What happened to one address of an agency.
 *
 * @param url the address in the registry
 * @param outcome whether a file was fetched, found unchanged, kept from last harvest, or is missing
 * @param failure why it could not be fetched or read, or null when it was
 * @param message what happened, for people ("" when all went well)
 * @param bytes the size of the file used, 0 when there is none
 * @param family the family of the file used, "" when it could not be read
 * @param valid whether the file has no validation error
 * @param errors how many validation errors
 * @param warnings how many warnings
 * @param hints how many hints
 * @param problems the first few problems, in document order
 */
public record SourceStatus(String url, Outcome outcome, FetchFailure failure, String message, long bytes, String family,
        boolean valid, long errors, long warnings, long hints, List<Problem> problems) {

    /** Checks the values; the list is copied. */
    public SourceStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(family, "family");
        problems = List.copyOf(problems);
    }

    /** {@return whether this harvest got the file from the agency (fresh or confirmed unchanged) and could read it} */
    public boolean reachable() {
        return (outcome == Outcome.FETCHED || outcome == Outcome.NOT_MODIFIED) && failure == null;
    }

    /** Where the file used came from. */
    public enum Outcome implements JsonEnum {
        /** Downloaded in this harvest. */
        FETCHED("fetched"),
        /** The server confirmed the cached copy (HTTP 304). */
        NOT_MODIFIED("not-modified"),
        /** The fetch failed; last harvest's copy is used. */
        KEPT_PREVIOUS("kept-previous"),
        /** The fetch failed and there is no earlier copy. */
        MISSING("missing");

        private final String json;

        Outcome(String json) {
            this.json = json;
        }

        @Override
        public String json() {
            return json;
        }
    }

    /**
     * One located validation problem.
     *
     * @param pointer the JSON pointer
     * @param line the line, 0 when unknown
     * @param column the column, 0 when unknown
     * @param rule the rule code
     * @param severity error, warning or info
     * @param message what to do
     */
    public record Problem(String pointer, int line, int column, String rule, String severity, String message) {

        /** Checks the values. */
        public Problem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }
}
